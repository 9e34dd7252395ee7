import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import { classStatusLabel, suggestFinish } from '@shared/domain/trainingClass'
import { todayIso } from '../../ui/dates'
import { errorMessage, useNotify } from '../../ui/Notifier'
import type { ClassRecord } from '../../db/core/database'
import { useData } from '../../db/core/DataProvider'

/**
 * For each class past its 结业日期 and still 筹备中 or 进行中 (suggestFinish): a notice saying so,
 * with one click to mark it 已结业 (undoable). Shows nothing when no class qualifies.
 */
export function FinishSuggestions({ classes }: { classes: readonly ClassRecord[] }) {
  const { classes: repo } = useData()
  const notify = useNotify()
  const today = todayIso()
  const due = classes.filter((c) => !c.deleted && suggestFinish(c, today))
  if (due.length === 0) return null

  const finish = async (c: ClassRecord) => {
    try {
      await repo.setStatus(c.id, 'finished')
      notify(`已将“${c.name}”标为已结业`, 'success', {
        label: '撤销',
        run: () => void repo.setStatus(c.id, c.status).catch((e) => notify(errorMessage(e), 'error')),
      })
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  return (
    <Stack spacing={1} sx={{ mb: 2 }}>
      {due.map((c) => (
        <Alert
          key={c.id}
          severity="warning"
          data-testid="finish-suggestion"
          action={
            <Button color="inherit" size="small" sx={{ whiteSpace: 'nowrap' }} onClick={() => void finish(c)}>
              标为已结业
            </Button>
          }
        >
          “{c.name}”的结业日期 {c.endDate} 已过，状态仍为{classStatusLabel(c.status)}
          。如已结业，请标为已结业。
        </Alert>
      ))}
    </Stack>
  )
}
