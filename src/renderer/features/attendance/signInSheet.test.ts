import { describe, expect, it } from 'vitest'
import { classStudent } from '../../../../test/helpers/classStudent'
import { showsSeatColumn, signInBlocks } from './signInSheet'

const s = (seat: number | null, name: string, groupName = '', groupOrder = Number.MAX_SAFE_INTEGER) =>
  classStudent(seat, name, {
    enrollmentId: name,
    personId: name,
    groupId: groupName || null,
    groupName,
    groupOrder,
  })

const students = [
  s(3, '王五', '第二组', 2),
  s(1, '张三', '第一组', 1),
  s(2, '李四', '第二组', 2),
  s(null, '赵六'),
]

describe('signInBlocks', () => {
  it('by seat: one block, unseated last, numbered from 1', () => {
    const [block, ...rest] = signInBlocks(students, 'seat')
    expect(rest).toEqual([])
    expect(block!.lines.map((l) => [l.no, l.student.name])).toEqual([
      [1, '张三'],
      [2, '李四'],
      [3, '王五'],
      [4, '赵六'],
    ])
  })

  it('by group: a block per group in the class order, numbering running on', () => {
    const blocks = signInBlocks(students, 'group')
    expect(blocks.map((b) => [b.groupName, b.lines.map((l) => `${l.no}${l.student.name}`)])).toEqual([
      ['第一组', ['1张三']],
      ['第二组', ['2李四', '3王五']],
      ['未分组', ['4赵六']],
    ])
  })
})

describe('showsSeatColumn', () => {
  it.each([
    ['some seated', students, true],
    ['one seated among the unseated', [s(null, '赵六'), s(7, '钱七')], true],
    ['nobody seated yet: no empty column', [s(null, '赵六'), s(null, '钱七')], false],
    ['no students', [], false],
  ])('%s', (_name, list, shown) => {
    expect(showsSeatColumn(list)).toBe(shown)
  })
})
