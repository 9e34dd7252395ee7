import { describe, expect, it } from 'vitest'
import type { SessionSlot } from './session'
import { readTimeCell } from './timeCell'

describe('time cells of a schedule', () => {
  it.each([
    ['9:00-11:30', undefined, '09:00', '11:30', 'fixture schedule-zhongqing-2025 上午'],
    ['13:30-16:30', undefined, '13:30', '16:30', 'fixture schedule-zhongqing-2025 下午'],
    ['9：00－11：30', undefined, '09:00', '11:30', 'full-width'],
    ['9.00-11.30', undefined, '09:00', '11:30', 'dots'],
    ['2:00-4:30', 'afternoon', '14:00', '16:30', '12-hour clock under 下午'],
    ['7:00-9:00', 'evening', '19:00', '21:00', '12-hour clock under 晚上'],
    ['9点至11点半', undefined, '09:00', '11:30', 'Chinese o’clock with 至'],
    ['8:30', undefined, '08:30', undefined, 'start only'],
  ] as [string, SessionSlot | undefined, string, string | undefined, string][])(
    '%s (slot %s) → %s-%s (%s)',
    (cell, hint, start, end) => {
      expect(readTimeCell(cell, hint)).toEqual({ kind: 'time', start, ...(end ? { end } : {}) })
    },
  )

  it.each([
    [0.5625, '13:30'],
    [9, '09:00'],
    [45908.5625, '13:30'],
  ])('number %s → %s', (n, start) => {
    expect(readTimeCell(n)).toEqual({ kind: 'time', start })
  })

  it.each([
    ['下午', { kind: 'time', slot: 'afternoon' }],
    [null, { kind: 'blank' }],
    ['待定', { kind: 'invalid', text: '待定' }],
    ['9:70', { kind: 'invalid', text: '9:70' }],
    ['9:00-10:00-11:00', { kind: 'invalid', text: '9:00-10:00-11:00' }],
  ])('%s → %o', (cell, result) => {
    expect(readTimeCell(cell)).toEqual(result)
  })
})
