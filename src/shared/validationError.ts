import type { ZodError } from 'zod'

/** A write refused because the input is invalid; carries Chinese messages per field. */
export class ValidationError extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super(Object.values(fieldErrors).join('；'))
    this.name = 'ValidationError'
  }

  static fromZod(error: ZodError): ValidationError {
    const fields: Record<string, string> = {}
    for (const issue of error.issues) {
      const key = issue.path.join('.') || '_'
      fields[key] ??= issue.message
    }
    return new ValidationError(fields)
  }
}
