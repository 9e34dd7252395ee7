/** What places a student in a class's lists: seat, the roster file's order, name. */
export interface RosterOrderKey {
  seat: number | null | undefined
  listOrder: number | null | undefined
  name: string
  enrollmentId: string
}

/**
 * By seat (unseated last), then in the order the roster arrived (the file's order), then name in
 * pinyin order: one order for the roster, the roll call and every sheet.
 */
export function compareRosterOrder(a: RosterOrderKey, b: RosterOrderKey): number {
  const sa = a.seat ?? Number.MAX_SAFE_INTEGER
  const sb = b.seat ?? Number.MAX_SAFE_INTEGER
  const la = a.listOrder ?? Number.MAX_SAFE_INTEGER
  const lb = b.listOrder ?? Number.MAX_SAFE_INTEGER
  return (
    sa - sb ||
    la - lb ||
    a.name.localeCompare(b.name, 'zh-CN') ||
    a.enrollmentId.localeCompare(b.enrollmentId)
  )
}
