import MenuItem from '@mui/material/MenuItem'
import TextField, { type TextFieldProps } from '@mui/material/TextField'

/**
 * A select over a list of `{ code, label }` (class types, statuses …), with an
 * optional "all" entry for filters (value '' ↔ null).
 */
export function CodeSelect<C extends string>(
  props: Omit<TextFieldProps, 'value' | 'onChange' | 'select'> & {
    options: readonly { code: C; label: string }[]
    value: C | null
    onChange: (value: C | null) => void
    /** Label of the empty choice; without it a value is required. */
    allLabel?: string
  },
) {
  const { options, value, onChange, allLabel, ...rest } = props
  return (
    <TextField
      {...rest}
      select
      value={value ?? ''}
      onChange={(e) => onChange((e.target.value || null) as C | null)}
    >
      {allLabel !== undefined && <MenuItem value="">{allLabel}</MenuItem>}
      {options.map((o) => (
        <MenuItem key={o.code} value={o.code}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  )
}
