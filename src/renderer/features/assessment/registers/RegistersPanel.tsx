import { useNavigate } from 'react-router'
import dayjs from 'dayjs'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { safeFileName } from '@shared/fileName'
import type { ClassRecord } from '../../../db/core/database'
import { useSettings } from '../../../db/core/settingsHooks'
import { platform } from '../../../platform'
import { errorMessage, useNotify } from '../../../ui/Notifier'
import { printPath, type PrintSheetId } from '../../../ui/print/printPath'
import { assessmentWorkbook } from './assessmentWorkbook'
import { useRegisters } from './useRegisters'

const SHEETS: { id: PrintSheetId; label: string; note: string }[] = [
  {
    id: 'assessment-register',
    label: '打印考核登记表',
    note: '干部学习培训考核登记表，每人一页，全班一次打印',
  },
  { id: 'score-register', label: '打印成绩、证书登记表', note: '考试成绩、补考成绩、考核结果和证书编号' },
  { id: 'excellent-list', label: '打印优秀学员名单', note: '考核等次为优秀的学员' },
  { id: 'makeup-list', label: '打印补考名单', note: '考试缺考或不及格的学员及补考成绩' },
]

/** 登记表: the printed registers and lists of the class's assessment, and the whole table to Excel. */
export function RegistersPanel({ cls }: { cls: ClassRecord }) {
  const r = useRegisters(cls)
  const settings = useSettings()
  const navigate = useNavigate()
  const notify = useNotify()
  if (!r) return null

  const exportBook = async () => {
    try {
      const bytes = assessmentWorkbook({
        className: cls.name,
        schoolName: settings?.schoolName ?? '',
        period: r.period,
        exportedAt: dayjs().format('YYYY-MM-DD HH:mm'),
        items: r.source.items,
        exams: r.exams,
        rows: r.rows,
        source: r.source,
      })
      const saved = await platform.saveFile({
        suggestedName: `${safeFileName(cls.name)}-考核汇总.xlsx`,
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
        bytes,
      })
      if (saved.ok)
        notify(platform.kind === 'browser' ? `已下载：${saved.value.path}` : `已保存：${saved.value.path}`)
      else if (saved.error.code !== 'cancelled') notify(saved.error.message, 'error')
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  return (
    <Stack spacing={1.5} data-testid="registers-panel">
      {!r.finalised && (
        <Alert severity="info">考核尚未定稿：登记表按目前的记录打印，定稿后请重新打印存档。</Alert>
      )}
      {SHEETS.map((s) => (
        <Stack key={s.id} direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button
            variant="outlined"
            sx={{ minWidth: 220 }}
            onClick={() => void navigate(printPath(cls.id, s.id))}
          >
            {s.label}
          </Button>
          <Typography variant="body2" color="text.secondary">
            {s.note}
          </Typography>
        </Stack>
      ))}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="contained" sx={{ minWidth: 220 }} onClick={() => void exportBook()}>
          导出考核汇总（Excel）
        </Button>
        <Typography variant="body2" color="text.secondary">
          全部考核项目、定性评价、考试与补考、等次和证书编号，另含成绩证书登记表、优秀学员名单、补考名单；身份证号码只显示前
          6 位和后 4 位
        </Typography>
      </Stack>
    </Stack>
  )
}
