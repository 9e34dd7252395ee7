import { utils, write, type CellObject, type WorkSheet } from 'xlsx'
import { exportCell } from '@shared/roster/exportSafety'
import { ROSTER_EXPORT_HEADERS, type RosterField } from '@shared/roster/fields'
import { idNumberFor } from '@shared/roster/idNumberUse'
import { ENROLLMENT_STATUS_LABELS } from '../../db/roster/enrollmentRepository'
import type { RosterGridRow } from './rosterGridRows'

interface ExportColumn {
  header: string
  /** The roster field, for text-cell rules (ID, phone, 学号 stay text). */
  field: RosterField | null
  value: (row: RosterGridRow, index: number) => string | number | null
  width: number
  /** Kept even when every row is empty. */
  always?: boolean
}

/** A roster field's column: the header from fields.ts (one the import recognises), the value as in the grid. */
function fieldColumn(
  field: RosterField & keyof RosterGridRow,
  width: number,
  extra: Partial<ExportColumn> = {},
): ExportColumn {
  return { header: ROSTER_EXPORT_HEADERS[field], field, value: (r) => r[field], width, ...extra }
}

/**
 * The columns of an exported roster. Headers are the ones the import recognises, so an exported
 * roster, edited in Excel, can be imported again.
 */
const COLUMNS: ExportColumn[] = [
  { header: '序号', field: null, value: (_r, i) => i + 1, width: 6, always: true },
  fieldColumn('seat', 6),
  fieldColumn('name', 10, { always: true }),
  fieldColumn('gender', 6),
  fieldColumn('ethnicity', 8),
  fieldColumn('birthDate', 12),
  fieldColumn('politicalStatus', 10),
  // Whole: the file is for editing in Excel and importing again, which matches people by ID number.
  fieldColumn('idNumber', 21, { value: (r) => idNumberFor('rosterExchange', r.idNumber) }),
  fieldColumn('studentNo', 12),
  fieldColumn('college', 14),
  fieldColumn('major', 14),
  fieldColumn('unit', 26),
  fieldColumn('post', 18),
  fieldColumn('phone', 14),
  { header: '小组', field: null, value: (r) => r.groupName, width: 8 },
  { header: '党小组', field: null, value: (r) => r.partyGroupName, width: 10 },
  { header: '支委班委职务', field: null, value: (r) => [...r.roles, ...r.leads].join('、'), width: 18 },
  { header: '宿舍', field: null, value: (r) => r.dormRoom, width: 8 },
  { header: '学习状态', field: null, value: (r) => ENROLLMENT_STATUS_LABELS[r.status], width: 8 },
  {
    header: '退学情况',
    field: null,
    value: (r) => (r.status === 'withdrawn' ? `${r.withdrawDate} ${r.withdrawReason}` : ''),
    width: 20,
  },
  fieldColumn('note', 16),
]

/**
 * The class's roster as an .xlsx file: ID, phone and 学号 as text cells (Excel must not turn an
 * 18-digit ID into 1.10105E+17), and any text that could start a formula neutralised
 * (exportSafety.ts). Columns nobody has a value for are left out.
 */
export function buildRosterWorkbook(
  rows: readonly RosterGridRow[],
  sheetName = '花名册',
): Uint8Array<ArrayBuffer> {
  const isEmpty = (v: string | number | null) => v === null || v === ''
  const columns = COLUMNS.filter(
    (c) =>
      c.always ||
      (c.header === '学习状态'
        ? rows.some((r) => r.status !== 'enrolled')
        : rows.some((r, i) => !isEmpty(c.value(r, i)))),
  )
  const ws: WorkSheet = {}
  columns.forEach((c, col) => {
    ws[utils.encode_cell({ r: 0, c: col })] = { t: 's', v: c.header } satisfies CellObject
  })
  rows.forEach((row, r) => {
    columns.forEach((c, col) => {
      const cell = exportCell(c.value(row, r), c.field)
      if (cell) ws[utils.encode_cell({ r: r + 1, c: col })] = cell as CellObject
    })
  })
  ws['!ref'] = utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: rows.length, c: Math.max(0, columns.length - 1) },
  })
  ws['!cols'] = columns.map((c) => ({ wch: c.width }))
  const book = utils.book_new()
  utils.book_append_sheet(book, ws, sheetName.slice(0, 31))
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}
