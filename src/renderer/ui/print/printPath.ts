/**
 * Where each printable sheet of a class lives, and the options it reads from its query string.
 * The one way to build a print address: the sheet registry (app/print/sheetRegistry.tsx) is keyed by
 * the same ids, so a sheet that is linked to is a sheet that exists.
 */
type NoOptions = Record<never, never>

export interface PrintSheetParams {
  roster: NoOptions
  'roster-check': NoOptions
  'roster-contacts': NoOptions
  /** Discussion groups unless `party` (党小组). */
  'roster-groups': { kind?: 'discussion' | 'party' }
  'roster-desk-cards': { detail?: boolean }
  checklist: NoOptions
  /** One session (`session`) or one day (`date`); `view` and `current` lead back to where it was opened. */
  signin: {
    session?: string
    date?: string
    order: 'seat' | 'group'
    view?: string
    current?: string
  }
  'attendance-register': NoOptions
  'attendance-notice': NoOptions
  'withdrawal-notice': { enrollment: string }
}

export type PrintSheetId = keyof PrintSheetParams

/** Options may be left out when every one of them is optional. */
type ParamsArg<S extends PrintSheetId> = NoOptions extends PrintSheetParams[S]
  ? [options?: PrintSheetParams[S]]
  : [options: PrintSheetParams[S]]

/** The app route of a class's sheet, e.g. `/classes/01J…/print/signin?session=…&order=seat`. */
export function printPath<S extends PrintSheetId>(
  classId: string,
  sheet: S,
  ...options: ParamsArg<S>
): string {
  const query = new URLSearchParams()
  const given: Record<string, string | boolean | undefined> = options[0] ?? {}
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined || value === false) continue
    query.set(key, value === true ? '1' : String(value))
  }
  const q = query.toString()
  return `/classes/${encodeURIComponent(classId)}/print/${sheet}${q ? `?${q}` : ''}`
}
