import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'

/** A plain bar chart made of boxes (no chart library is installed): one labelled bar per value. */
export function Bars(props: {
  title: string
  bars: readonly { label: string; value: number; shown?: string; warn?: boolean }[]
  max: number
  /** A target line drawn across every bar (e.g. the scheme's requirement). */
  target?: number
  direction?: 'row' | 'column'
}) {
  const max = Math.max(props.max, ...props.bars.map((b) => b.value), 1)
  if (props.direction === 'column')
    return (
      <Box role="figure" aria-label={props.title}>
        <Typography variant="subtitle2" gutterBottom>
          {props.title}
        </Typography>
        <Box sx={{ display: 'flex', alignItems: 'flex-end', gap: 0.5, height: 120 }}>
          {props.bars.map((b) => (
            <Box
              key={b.label}
              sx={{ flex: 1, textAlign: 'center', minWidth: 0 }}
              title={`${b.label}：${b.shown ?? b.value}`}
            >
              <Typography variant="caption" sx={{ display: 'block', lineHeight: 1.2 }}>
                {b.value > 0 ? (b.shown ?? b.value) : ''}
              </Typography>
              <Box
                sx={{
                  height: `${Math.round((b.value / max) * 90)}px`,
                  bgcolor: b.warn ? 'warning.main' : 'primary.main',
                  borderRadius: '2px 2px 0 0',
                }}
              />
              <Typography variant="caption" color="text.secondary" noWrap sx={{ display: 'block' }}>
                {b.label}
              </Typography>
            </Box>
          ))}
        </Box>
      </Box>
    )
  return (
    <Box role="figure" aria-label={props.title}>
      <Typography variant="subtitle2" gutterBottom>
        {props.title}
      </Typography>
      {props.bars.map((b) => (
        <Box key={b.label} sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
          <Typography variant="caption" noWrap sx={{ width: 64, flexShrink: 0 }}>
            {b.label}
          </Typography>
          <Box
            sx={{ flexGrow: 1, position: 'relative', height: 14, bgcolor: 'action.hover', borderRadius: 1 }}
          >
            <Box
              sx={{
                width: `${(b.value / max) * 100}%`,
                height: '100%',
                bgcolor: b.warn ? 'warning.main' : 'primary.main',
                borderRadius: 1,
              }}
            />
            {props.target !== undefined && (
              <Box
                sx={{
                  position: 'absolute',
                  top: -2,
                  bottom: -2,
                  left: `${(props.target / max) * 100}%`,
                  borderLeft: '2px dashed',
                  borderColor: 'text.secondary',
                }}
              />
            )}
          </Box>
          <Typography variant="caption" sx={{ width: 48, textAlign: 'right' }}>
            {b.shown ?? b.value}
          </Typography>
        </Box>
      ))}
    </Box>
  )
}
