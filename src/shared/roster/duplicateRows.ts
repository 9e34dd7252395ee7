/**
 * The same person twice in one file. By ID number: the later rows are errors
 * naming the first. By 学号: the same 学号 and name is one person twice (error);
 * the same 学号 with another name is two people and a typo somewhere (warning).
 */
import type { RosterField } from './fields'
import type { HeaderMapping } from './headerMap'
import { problem, type RosterRow } from './rosterRow'

export interface DuplicateTracker {
  firstById: Map<string, number>
  firstByStudentNo: Map<string, { excelRow: number; name: string | undefined }>
}

export function newDuplicateTracker(): DuplicateTracker {
  return { firstById: new Map(), firstByStudentNo: new Map() }
}

/** Adds duplicate problems to `row` and remembers it for the rows after. */
export function flagDuplicates(row: RosterRow, mapping: HeaderMapping, seen: DuplicateTracker) {
  const { firstById, firstByStudentNo } = seen
  const column = (field: RosterField) => mapping.columns.find((c) => c.index === mapping.byField[field])
  const id = row.values.idNumber
  if (id && !row.problems.some((p) => p.code === 'idBadLength' || p.code === 'idBadCharacters')) {
    const first = firstById.get(id)
    if (first === undefined) firstById.set(id, row.excelRow)
    else {
      row.problems.push(
        problem(
          row.excelRow,
          column('idNumber'),
          'idNumber',
          'duplicateId',
          'error',
          `与第${first}行重复，同一人只能导入一次`,
        ),
      )
    }
  }
  const studentNo = row.values.studentNo
  if (studentNo) {
    const first = firstByStudentNo.get(studentNo)
    if (first === undefined)
      firstByStudentNo.set(studentNo, { excelRow: row.excelRow, name: row.values.name })
    else if (first.name === row.values.name) {
      row.problems.push(
        problem(
          row.excelRow,
          column('studentNo'),
          'studentNo',
          'duplicateStudentNo',
          'error',
          `与第${first.excelRow}行重复，同一人只能导入一次`,
        ),
      )
    } else {
      row.problems.push(
        problem(
          row.excelRow,
          column('studentNo'),
          'studentNo',
          'sharedStudentNo',
          'warning',
          `与第${first.excelRow}行（${first.name ?? '无姓名'}）学号相同但姓名不同，请核对`,
        ),
      )
    }
  }
}
