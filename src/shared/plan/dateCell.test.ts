import { describe, expect, it } from 'vitest'
import { excelSerialToDate, readDateCell, toHalfWidth } from './dateCell'

const ctx = { year: 2025, previous: undefined }

describe('date cells of a schedule (fixture schedule-zhongqing-2025 and the forms issue 5 names)', () => {
  it.each([
    [45908, false, '2025-09-08', 'Excel serial of the fixture’s first day'],
    [45908.375, false, '2025-09-08', 'a serial with a time part'],
    [44446, true, '2025-09-08', '1904 date system'],
  ])('serial %s (1904: %s) → %s (%s)', (serial, date1904, date) => {
    expect(excelSerialToDate(serial, date1904)).toBe(date)
  })

  it.each([
    ['2025-09-08', '2025-09-08', undefined],
    ['9月8日上午', '2025-09-08', 'morning'],
    ['9.8（周一）下午', '2025-09-08', 'afternoon'],
    ['９月８日', '2025-09-08', undefined],
  ])('%s → %s, slot %s', (cell, date, slot) => {
    const r = readDateCell(cell, ctx)
    expect(r).toMatchObject({ kind: 'date', date })
    expect(r.kind === 'date' ? r.slot : 'none').toBe(slot)
  })

  it.each([
    [null, 'blank'],
    ['  ', 'blank'],
    ['abc', 'invalid'],
    [true, 'invalid'],
    [2.31, 'invalid'], // 2月31日 does not exist
  ])('%s is %s', (cell, kind) => {
    expect(readDateCell(cell, ctx).kind).toBe(kind)
  })

  it('says when the year is missing', () => {
    expect(readDateCell('9月8日', { year: undefined, previous: undefined })).toEqual({
      kind: 'invalid',
      text: '9月8日',
      noYear: true,
    })
  })

  it('turns full-width characters to ASCII', () => {
    expect(toHalfWidth('２０２５－０３－０５ （三）')).toBe('2025-03-05(三)')
  })
})
