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
  /** Secondment (issue 15): placement list, Friday meetings, 鉴定表 (all placed students), missing deliverables. */
  'secondment-placements': NoOptions
  'secondment-meetings': NoOptions
  'secondment-appraisals': NoOptions
  'secondment-reminders': NoOptions
  /**
   * Evaluation (issue 15): blank numbered questionnaires, and the one-page summary of results, of the
   * class evaluation unless `questionnaire` names another (seed 002's 满意度测评).
   */
  'evaluation-blank': { questionnaire?: string }
  'evaluation-summary': { questionnaire?: string }
  /** 结业证书: plain A4 with the full design, 套打 onto pre-printed stock, or the test page with a mm grid. */
  certificates: { mode: 'plain' | 'overlay' | 'grid' }
  /** 干部学习培训考核登记表, one page per student. */
  'assessment-register': NoOptions
  /** 学员成绩、证书登记表 (seed 001 7.8). */
  'score-register': NoOptions
  'excellent-list': NoOptions
  'makeup-list': NoOptions
  /** Blank 学员互评票 and 学员评议表 (附3 第七条). */
  'peer-ballot': NoOptions
  'peer-review-form': NoOptions
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
