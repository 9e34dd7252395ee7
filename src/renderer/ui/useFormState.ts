import { useState } from 'react'

/**
 * The state of a form dialog: its value, a setter per field, and the field errors a
 * ValidationError reported (FormDialog's `onFieldErrors`), ready to spread on a field (`err(key)`).
 */
export function useFormState<T extends object>(initial: T | (() => T)) {
  const [value, setValue] = useState<T>(initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const set = <K extends keyof T>(key: K, v: T[K]) => setValue((old) => ({ ...old, [key]: v }))
  const err = (key: string) => ({ error: Boolean(errors[key]), helperText: errors[key] })
  return { value, setValue, set, errors, setErrors, err }
}
