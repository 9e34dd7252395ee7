import Grid from '@mui/material/Grid'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { classStatusLabel, classTierLabel, classTypeLabel } from '@shared/domain/trainingClass'
import type { ClassRecord } from '../../db/core/database'
import { AssessmentProgress } from '../assessment'

/** The class's facts at a glance. */
export function ClassSummary({ cls }: { cls: ClassRecord }) {
  const facts: [string, string][] = [
    ['班次类型', classTypeLabel(cls.type)],
    ['班级层次', classTierLabel(cls.tier)],
    ['状态', classStatusLabel(cls.status)],
    ['起止日期', `${cls.startDate} 至 ${cls.endDate}`],
    ['总学时', `${cls.totalHours} 学时`],
    ['班主任', cls.headTeachers.join('、') || '未填写'],
    ['住校', cls.residential ? '是' : '否'],
    ['请假', cls.noLeave ? '原则上不准请假' : '累计不超过总学时的 1/7'],
  ]
  return (
    <>
      <Paper sx={{ p: 3 }} data-testid="class-summary">
        <Grid container spacing={2}>
          {facts.map(([label, value]) => (
            <Grid key={label} size={{ xs: 12, sm: 6, md: 3 }}>
              <Typography variant="caption" color="text.secondary">
                {label}
              </Typography>
              <Typography>{value}</Typography>
            </Grid>
          ))}
          {cls.note && (
            <Grid size={12}>
              <Typography variant="caption" color="text.secondary">
                备注
              </Typography>
              <Typography sx={{ whiteSpace: 'pre-wrap' }}>{cls.note}</Typography>
            </Grid>
          )}
        </Grid>
      </Paper>
      <AssessmentProgress cls={cls} />
    </>
  )
}
