import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { checklistStatusLabel, type ClassChecklistItem } from '@shared/checklist'

/**
 * Items the class no longer uses (retired by a template update or a switch of template): kept with
 * their history, shown apart, never counted or printed.
 */
export function RetiredItems({ items }: { items: ClassChecklistItem[] }) {
  if (items.length === 0) return null
  return (
    <Paper variant="outlined" sx={{ p: 2, bgcolor: 'transparent' }} component="details">
      <Typography component="summary" variant="body2" color="text.secondary" sx={{ cursor: 'pointer' }}>
        已停用的事项（{items.length}）：记录保留，不计入进度，不打印
      </Typography>
      <Typography component="ul" variant="body2" color="text.secondary" sx={{ mb: 0 }}>
        {items.map((it) => (
          <li key={it.code}>
            {it.matter.replace('\n', '')}：{it.tasks[0]?.text ?? ''}（{checklistStatusLabel(it.status)}
            {it.completedBy ? `，${it.completedBy} ${it.completedAt ?? ''}` : ''}）
          </li>
        ))}
      </Typography>
    </Paper>
  )
}
