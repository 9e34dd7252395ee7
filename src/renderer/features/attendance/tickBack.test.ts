import { describe, expect, it } from 'vitest'
import type { RegisterCell } from '@shared/attendance/register'
import { hoursOf } from '@shared/plan/hours'
import { defaultUnsignedStatus, initiallyUnsigned, tickBackChanges } from './tickBack'

const cell = (extra: Partial<RegisterCell> = {}): RegisterCell => ({
  sessionId: 'S1',
  status: 'present',
  marked: false,
  uncalled: false,
  minutes: null,
  note: '',
  leave: null,
  conflict: null,
  ...extra,
})
const sickLeave = { types: ['sick' as const], hours: hoursOf(3), full: true }

describe('tick-back of a signed sheet', () => {
  it('starts from the register: those away are ticked as not signed', () => {
    expect(initiallyUnsigned(cell())).toBe(false)
    expect(initiallyUnsigned(cell({ status: 'late', marked: true, minutes: 5 }))).toBe(false)
    expect(initiallyUnsigned(cell({ status: 'sickLeave', leave: sickLeave }))).toBe(true)
    expect(initiallyUnsigned(cell({ status: 'absent', marked: true }))).toBe(true)
  })

  it('reads an unsigned line as the leave covering it, else 旷课', () => {
    expect(defaultUnsignedStatus(cell())).toBe('absent')
    expect(defaultUnsignedStatus(cell({ leave: sickLeave, status: 'late', marked: true }))).toBe('sickLeave')
    expect(defaultUnsignedStatus(cell({ status: 'personalLeave', marked: true }))).toBe('personalLeave')
  })

  it('writes only what differs from the register', () => {
    const changes = tickBackChanges('S1', [
      { enrollmentId: 'a', cell: cell(), unsigned: true, status: 'absent' },
      {
        enrollmentId: 'b',
        cell: cell({ status: 'sickLeave', leave: sickLeave }),
        unsigned: true,
        status: 'sickLeave',
      },
      {
        enrollmentId: 'c',
        cell: cell({ status: 'absent', marked: true, note: '未到' }),
        unsigned: false,
        status: 'absent',
      },
      {
        enrollmentId: 'd',
        cell: cell({ status: 'sickLeave', leave: sickLeave }),
        unsigned: false,
        status: 'sickLeave',
      },
      {
        enrollmentId: 'e',
        cell: cell({ status: 'late', marked: true, minutes: 5 }),
        unsigned: false,
        status: 'absent',
      },
    ])
    expect(changes).toEqual([
      { sessionId: 'S1', enrollmentId: 'a', status: 'absent', minutes: null, note: '' },
      // Signed after all: the absence goes, the note stays with an explicit 出勤.
      { sessionId: 'S1', enrollmentId: 'c', status: 'present', minutes: null, note: '未到' },
      // Signed while on approved leave: kept as 出勤, which the register shows as a conflict.
      { sessionId: 'S1', enrollmentId: 'd', status: 'present', minutes: null, note: '' },
    ])
  })
})
