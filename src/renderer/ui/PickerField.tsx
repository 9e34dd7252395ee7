import type { TextFieldProps } from '@mui/material/TextField'
import { DatePicker } from '@mui/x-date-pickers/DatePicker'
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker'
import { TimePicker } from '@mui/x-date-pickers/TimePicker'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'

type PickerType = 'date' | 'time' | 'datetime-local'

/**
 * How each kind of value is stored (the string the callers keep, as `<input type=date>` gave it)
 * and shown. The shown form is the same on every PC: a browser's own date input follows the
 * browser's language (a Chinese head teacher on an English Chrome saw mm/dd/yyyy), these do not.
 */
const FORMATS: Record<PickerType, { stored: string; shown: string }> = {
  date: { stored: 'YYYY-MM-DD', shown: 'YYYY-MM-DD' },
  time: { stored: 'HH:mm', shown: 'HH:mm' },
  'datetime-local': { stored: 'YYYY-MM-DDTHH:mm', shown: 'YYYY-MM-DD HH:mm' },
}

/** '08:30' has no day: any fixed day carries it through the picker. */
const TIME_DAY = '2000-01-01T'

function toDayjs(type: PickerType, value: string): Dayjs | null {
  if (!value) return null
  const d = dayjs(type === 'time' ? TIME_DAY + value : value)
  return d.isValid() ? d : null
}

/** The stored string; '' while the typed value is incomplete or not a real date. */
function fromDayjs(type: PickerType, d: Dayjs | null): string {
  return d && d.isValid() ? d.format(FORMATS[type].stored) : ''
}

/**
 * A date, time or date-and-time field: typed section by section from the keyboard (year, month,
 * day, hour, minute) or chosen from a calendar, in Chinese whatever the browser's language (the
 * LocalizationProvider in App.tsx is zh-CN), with the value handed over as the string it is
 * (`2025-03-03`, `08:30`, `2025-03-03T08:30`).
 */
export function PickerField(
  props: Omit<TextFieldProps, 'type' | 'value' | 'onChange'> & {
    type: PickerType
    value: string
    onChange: (value: string) => void
  },
) {
  const { type, value, onChange, label, disabled, ...textField } = props
  // The picker keeps what is being typed (an incomplete date is an invalid Dayjs, handed over as
  // ''); it takes the caller's value again only when that says something else.
  const [typed, setTyped] = useState<Dayjs | null>(() => toDayjs(type, value))
  const [given, setGiven] = useState(value)
  if (value !== given) {
    setGiven(value)
    if (value !== fromDayjs(type, typed)) setTyped(toDayjs(type, value))
  }
  const common = {
    label,
    disabled,
    value: typed,
    onChange: (d: Dayjs | null) => {
      setTyped(d)
      onChange(fromDayjs(type, d))
    },
    format: FORMATS[type].shown,
    ampm: false,
    // '2026年3月' over the calendar, not '三月 2026'.
    slotProps: { textField: textField as object, calendarHeader: { format: 'YYYY年M月' } },
  }
  if (type === 'date') return <DatePicker {...common} />
  if (type === 'time') {
    const { calendarHeader: _, ...slotProps } = common.slotProps
    return <TimePicker {...common} slotProps={slotProps} />
  }
  return <DateTimePicker {...common} />
}
