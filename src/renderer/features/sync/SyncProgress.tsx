import Box from '@mui/material/Box'
import LinearProgress from '@mui/material/LinearProgress'
import Typography from '@mui/material/Typography'

/**
 * A labelled progress bar with its percentage, for long sync steps; `fraction` null for a step
 * whose length is not known (reading the database), shown as a moving bar without a number.
 */
export function SyncProgress({ label, fraction }: { label: string; fraction: number | null }) {
  const percent = fraction === null ? null : Math.round(Math.min(1, Math.max(0, fraction)) * 100)
  return (
    <Box role="status" aria-label={label} sx={{ my: 2 }}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', mb: 0.5 }}>
        <Typography variant="body2">{label}</Typography>
        {percent !== null && (
          <Typography variant="body2" color="text.secondary">
            {percent}%
          </Typography>
        )}
      </Box>
      {percent === null ? (
        <LinearProgress aria-label={`${label}进度`} />
      ) : (
        <LinearProgress variant="determinate" value={percent} aria-label={`${label}进度`} />
      )}
    </Box>
  )
}
