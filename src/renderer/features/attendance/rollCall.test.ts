import { describe, expect, it } from 'vitest'
import { hoursOf } from '@shared/plan/hours'
import { classStudent } from '../../../../test/helpers/classStudent'
import { searchEntries, searchStudents, statusToStore } from './rollCall'

const student = classStudent

const students = [
  student(1, '张三', { unit: '区财政局' }),
  student(2, '李四', { phone: '13812340012' }),
  student(12, '曾小红'),
  student(21, '赵六'),
  student(null, '钱七'),
]
const entries = searchEntries(students)
const names = (q: string) => searchStudents(entries, q).map((s) => s.name)

describe('roll-call search', () => {
  it('puts the exact seat first, then seats starting with the digits, then other numbers', () => {
    expect(names('1')).toEqual(['张三', '曾小红', '李四'])
    expect(names('12')).toEqual(['曾小红', '李四'])
    expect(names('21')).toEqual(['赵六'])
  })

  it('finds names by characters, pinyin initials, full pinyin and unit', () => {
    expect(names('zs')).toEqual(['张三'])
    expect(names('zxh')).toEqual(['曾小红'])
    expect(names('lisi')).toEqual(['李四'])
    expect(names('财政')).toEqual(['张三'])
    expect(names('钱')).toEqual(['钱七'])
    expect(names('')).toHaveLength(5)
    expect(names('xyz')).toEqual([])
  })
})

describe('statusToStore', () => {
  const leave = { types: ['sick' as const], hours: hoursOf(3), full: true }
  it('clears the mark for 出勤 unless leave covers the session or it has a note', () => {
    expect(statusToStore('present', { leave: null })).toBeNull()
    expect(statusToStore('present', undefined)).toBeNull()
    expect(statusToStore('present', { leave })).toBe('present')
    expect(statusToStore('present', { leave: null }, '代表单位参会后返回')).toBe('present')
    expect(statusToStore('absent', { leave: null })).toBe('absent')
  })
})
