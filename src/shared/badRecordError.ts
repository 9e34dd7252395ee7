/**
 * A stored record that cannot be shown: a field of the wrong type that got
 * into the database some other way than through a repository (an old
 * version, a damaged disk, a hand edit). The area's error boundary names the
 * record so the user knows what to restore or report.
 */
export class BadRecordError extends Error {
  constructor(
    /** The area in the user's words, e.g. 班次. */
    readonly tableLabel: string,
    readonly recordId: string,
    /** The record's name when it has a readable one. */
    readonly recordName: string | null,
    /** What is wrong, in Chinese. */
    readonly problem: string,
  ) {
    super(
      `${tableLabel}记录${recordName ? `“${recordName}”` : ''}（编号 ${recordId}）已损坏，无法显示：${problem}`,
    )
    this.name = 'BadRecordError'
  }
}

/** The record an error names, for a message; null when it names none. */
export function faultyRecord(
  error: unknown,
): { label: string; id: string; name: string | null; problem: string } | null {
  if (!(error instanceof BadRecordError)) return null
  return { label: error.tableLabel, id: error.recordId, name: error.recordName, problem: error.problem }
}
