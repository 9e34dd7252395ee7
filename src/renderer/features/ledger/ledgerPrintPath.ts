/** The printable sheets of a branch (route /ledger/:branchId/print/:sheet, LedgerPrintRoute). */
export const LEDGER_SHEETS = {
  ledger: '党性锻炼台账',
  appraisal: '党员年度考核表',
  register: '党性锻炼登记本',
  publish: '考核结果公示',
  survey: '民主测评表',
  satisfaction: '满意度测评表',
  quarter: '阶段性总结',
} as const

export type LedgerSheetId = keyof typeof LEDGER_SHEETS

/** `member`: one member's sheet (考核表, 登记本); without it, every member's. `quarter`: '2026-Q2'. */
export function ledgerPrintPath(
  branchId: string,
  sheet: LedgerSheetId,
  member?: string,
  quarter?: string,
): string {
  const q = member ? `?member=${encodeURIComponent(member)}` : quarter ? `?quarter=${quarter}` : ''
  return `/ledger/${encodeURIComponent(branchId)}/print/${sheet}${q}`
}
