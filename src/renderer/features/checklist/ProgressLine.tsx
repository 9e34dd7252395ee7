import Box from '@mui/material/Box'
import LinearProgress from '@mui/material/LinearProgress'
import Typography from '@mui/material/Typography'
import type { StatusCounts } from '@shared/checklist'

/** A progress bar with "已完成 x / y 项（z%）"; 不适用 counts as closed, as on the paper form. */
export function ProgressLine({ counts, label }: { counts: StatusCounts; label: string }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, minWidth: 0 }}>
      <LinearProgress
        variant="determinate"
        color="success"
        value={counts.percent}
        aria-label={label}
        sx={{ flexGrow: 1, height: 8, borderRadius: 4, minWidth: 80 }}
      />
      <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {counts.finished} / {counts.total} 项（{counts.percent}%）
      </Typography>
    </Box>
  )
}
