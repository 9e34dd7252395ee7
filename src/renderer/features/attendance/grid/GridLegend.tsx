import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { AttendanceStatus } from '@shared/attendance/status'

/** The school's status marks and colours, as the grid shows them. */
export function GridLegend({ statuses }: { statuses: readonly AttendanceStatus[] }) {
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      {statuses
        .filter((s) => s.code !== 'present')
        .map((s) => (
          <Stack key={s.code} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            <Box
              component="span"
              sx={{
                width: 18,
                height: 18,
                lineHeight: '18px',
                textAlign: 'center',
                bgcolor: s.color,
                color: '#fff',
                fontSize: 12,
                borderRadius: 0.5,
              }}
            >
              {s.short}
            </Box>
            <Typography variant="caption">{s.label}</Typography>
          </Stack>
        ))}
      <Typography variant="caption" color="text.secondary">
        浅色：按已批准的请假；红框：有冲突
      </Typography>
    </Stack>
  )
}
