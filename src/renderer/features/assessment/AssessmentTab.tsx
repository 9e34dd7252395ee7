import { useState } from 'react'
import { useSearchParams } from 'react-router'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import Typography from '@mui/material/Typography'
import { schemeNotice } from '@shared/assessment/scheme'
import type { ClassRecord } from '../../db/core/database'
import { useData } from '../../db/core/DataProvider'
import { useClassAssessment } from '../../db/assessment/assessmentHooks'
import type { ClassAssessmentView } from '../../db/assessment/classAssessmentQuery'
import { useNotify, errorMessage } from '../../ui/Notifier'
import { SchemeDialog } from './SchemeDialog'
import { PointsPanel } from './PointsPanel'
import { EvaluationsPanel } from './EvaluationsPanel'
import { ExamsPanel } from './ExamsPanel'
import { GradesPanel } from './GradesPanel'
import { CertificatesPanel } from './certificates/CertificatesPanel'

const SECTIONS = [
  { key: 'points', label: '平时考核' },
  { key: 'evaluations', label: '定性评价' },
  { key: 'exams', label: '考试' },
  { key: 'grades', label: '等次评定' },
  { key: 'certificates', label: '证书与登记表' },
] as const
type Section = (typeof SECTIONS)[number]['key']

/**
 * The class's 考核 tab (issue 13): the scheme in use, then 平时考核 (points per student and
 * item), 定性评价, 考试 with make-ups, and 等次评定 with the quota, the veto and 定稿.
 */
export function AssessmentTab({ cls }: { cls: ClassRecord }) {
  const view = useClassAssessment(cls)
  const [params, setParams] = useSearchParams()
  const section = SECTIONS.find((s) => s.key === params.get('part'))?.key ?? 'points'
  const [schemeOpen, setSchemeOpen] = useState(false)
  if (!view) return <Typography color="text.secondary">正在读取考核记录…</Typography>
  return (
    <Box data-testid="assessment-tab">
      <SchemeBar view={view} onEdit={() => setSchemeOpen(true)} />
      <Stack direction="row" sx={{ alignItems: 'center', borderBottom: 1, borderColor: 'divider', mb: 1 }}>
        <Tabs
          value={section}
          aria-label="考核内容"
          onChange={(_, v: Section) =>
            setParams(
              (p) => {
                p.set('part', v)
                return p
              },
              { replace: true },
            )
          }
        >
          {SECTIONS.map((s) => (
            <Tab key={s.key} value={s.key} label={s.label} />
          ))}
        </Tabs>
        <Box sx={{ flex: 1 }} />
        <Typography variant="body2" color="text.secondary" data-testid="assessment-progress">
          {view.summary.finalised ? '已定稿 · ' : ''}
          {`考核完整 ${view.summary.completeCount}/${view.summary.n} 人 · 定性评价 ${view.summary.evaluatedCount}/${view.summary.n} 人`}
        </Typography>
      </Stack>
      {section === 'points' && <PointsPanel cls={cls} view={view} />}
      {section === 'evaluations' && <EvaluationsPanel cls={cls} view={view} />}
      {section === 'exams' && <ExamsPanel cls={cls} view={view} />}
      {section === 'grades' && <GradesPanel cls={cls} view={view} />}
      {/* Certificates and printed registers (features/assessment/certificates/, built on the same view). */}
      {section === 'certificates' && <CertificatesPanel cls={cls} view={view} />}
      {schemeOpen && <SchemeDialog current={view.currentScheme} onClose={() => setSchemeOpen(false)} />}
    </Box>
  )
}

/** The scheme in use, what the seed leaves to the school, and a newer version if there is one. */
function SchemeBar({ view, onEdit }: { view: ClassAssessmentView; onEdit: () => void }) {
  const { assessment } = useData()
  const notify = useNotify()
  const { scheme, currentScheme } = view
  const notice = schemeNotice(scheme.scheme)
  const newer = currentScheme.version > scheme.version
  const items = scheme.scheme.quantitative
  return (
    <Paper variant="outlined" sx={{ p: 1, px: 1.5, mb: 1 }} data-testid="assessment-scheme">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
        <Typography variant="subtitle2">
          考核方案：{scheme.scheme.name}（第 {scheme.version} 版{scheme.builtin ? '，依附3 默认' : ''}）
        </Typography>
        <Typography variant="body2" color="text.secondary">
          定量 {items.length} 项{notice ? '' : `，合计 ${items.reduce((a, i) => a + i.maxPoints, 0)} 分`}
          ；定性 {scheme.scheme.qualitative.length} 方面；考试及格 {scheme.scheme.passMark} 分
        </Typography>
        <Box sx={{ flex: 1 }} />
        {newer && !view.summary.finalised && (
          <Button
            size="small"
            onClick={() =>
              void assessment.useCurrentScheme(view.classId).then(
                () => notify(`本班改用考核方案第 ${currentScheme.version} 版`),
                (e: unknown) => notify(errorMessage(e), 'error'),
              )
            }
          >
            改用第 {currentScheme.version} 版
          </Button>
        )}
        <Button size="small" variant="outlined" onClick={onEdit}>
          全校考核方案…
        </Button>
      </Stack>
      {notice && (
        <Alert
          severity="info"
          sx={{ mt: 0.5, py: 0, '& .MuiAlert-icon': { py: 0.5 }, '& .MuiAlert-message': { py: 0.5 } }}
        >
          {notice}。考核管理办法（附3 第七条、第八条）只规定了考核内容，没有规定权重和分值，由学校确定。
        </Alert>
      )}
      {newer && (
        <Chip
          size="small"
          color="warning"
          sx={{ mt: 0.5 }}
          label={`学校已有第 ${currentScheme.version} 版考核方案，本班仍按第 ${scheme.version} 版（开始考核时的版本）`}
        />
      )}
    </Paper>
  )
}
