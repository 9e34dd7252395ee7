import TextField, { type TextFieldProps } from '@mui/material/TextField'

/**
 * A date, time or date-and-time field using the browser's own picker (keyboard-friendly, localised),
 * with the label kept above the value and the value handed over as the string it is (`2025-03-03`,
 * `08:30`, `2025-03-03T08:30`).
 */
export function PickerField(
  props: Omit<TextFieldProps, 'type' | 'value' | 'onChange'> & {
    type: 'date' | 'time' | 'datetime-local'
    value: string
    onChange: (value: string) => void
  },
) {
  const { onChange, slotProps, ...rest } = props
  return (
    <TextField
      {...rest}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ ...slotProps, inputLabel: { shrink: true } }}
    />
  )
}
