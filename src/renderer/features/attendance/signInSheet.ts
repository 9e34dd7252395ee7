import { compareByGroup, compareBySeat, type ClassStudent } from '../../db/roster/classStudents'

/**
 * The order of a sign-in sheet (签到表) and of its tick-back screen, which must match line for
 * line: by seat, or by discussion group (a heading per group, seats within).
 */
export type SheetOrder = 'seat' | 'group'

export interface SheetBlock {
  /** null when the sheet is by seat. */
  groupName: string | null
  lines: { no: number; student: ClassStudent }[]
}

export function signInBlocks(students: readonly ClassStudent[], order: SheetOrder): SheetBlock[] {
  const sorted = [...students].sort(order === 'group' ? compareByGroup : compareBySeat)
  const blocks: SheetBlock[] = []
  sorted.forEach((student, i) => {
    const name = order === 'group' ? student.groupName || '未分组' : null
    const last = blocks[blocks.length - 1]
    const line = { no: i + 1, student }
    if (last && last.groupName === name) last.lines.push(line)
    else blocks.push({ groupName: name, lines: [line] })
  })
  return blocks
}

/**
 * Whether the sheet prints a 座号 column: only when some student has a seat. A column left empty
 * on every line says nothing (the preview offers to assign seats instead).
 */
export function showsSeatColumn(students: readonly ClassStudent[]): boolean {
  return students.some((s) => s.seat != null)
}
