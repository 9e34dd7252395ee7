import { describe, expect, it } from 'vitest'
import {
  excelSerialToIsoDate,
  formatYearMonthDay,
  parseBirthDateCell,
  parseDateText,
  type YearMonthDay,
} from './excelDate'

// Issue 3 导入: the birth-date column is compared with the ID, accepting "1985.03, 1985-03,
// 1985年3月, Excel date serials" (the forms 出生年月 takes on rosters like the 中青班 fixture).
const SRC = 'issue 3 导入: 出生年月'

describe('excelSerialToIsoDate', () => {
  const table: [number, boolean, string | null, string][] = [
    [1, false, '1900-01-01', 'Excel 1900 system: serial 1'],
    [59, false, '1900-02-28', 'before the phantom leap day'],
    [60, false, '1900-02-29', 'the phantom day Excel counts'],
    [61, false, '1900-03-01', 'after it, one day ahead'],
    [25569, false, '1970-01-01', 'Unix epoch'],
    [31107, false, '1985-03-01', SRC],
    [45536.75, false, '2024-09-01', 'time of day ignored'],
    [0, true, '1904-01-01', 'Excel 1904 system'],
    [29645, true, '1985-03-01', 'the same day is 1462 lower in the 1904 system'],
    [0, false, null, 'serial 0 is no date in the 1900 system'],
    [-3, false, null, 'negative'],
  ]
  it.each(table)('%d (1904: %s) → %s (%s)', (serial, date1904, iso) => {
    expect(excelSerialToIsoDate(serial, date1904)).toBe(iso)
  })
})

describe('parseDateText', () => {
  const table: [string, YearMonthDay | null, string][] = [
    ['1985.03', { y: 1985, months: [3] }, `${SRC}: fixture 中青班`],
    ['1985.3', { y: 1985, months: [3] }, SRC],
    ['1985-03', { y: 1985, months: [3] }, SRC],
    ['1985/3', { y: 1985, months: [3] }, SRC],
    ['1985年3月', { y: 1985, months: [3] }, SRC],
    ['1985 年 3 月', { y: 1985, months: [3] }, SRC],
    ['1985年3月12日', { y: 1985, months: [3], d: 12 }, SRC],
    ['1985-03-12', { y: 1985, months: [3], d: 12 }, SRC],
    ['1985/3/12', { y: 1985, months: [3], d: 12 }, SRC],
    ['198503', { y: 1985, months: [3] }, SRC],
    ['19850312', { y: 1985, months: [3], d: 12 }, SRC],
    ['１９８５．０３', { y: 1985, months: [3] }, `${SRC}: full-width`],
    ['1985', { y: 1985, months: [] }, `${SRC}: year only`],
    ['1985年', { y: 1985, months: [] }, `${SRC}: year only`],
    ['1850', null, 'year out of range'],
    ['1985.13', null, 'month 13'],
    ['1985-02-30', null, 'no such day'],
    ['八五年三月', null, 'words'],
    ['', null, 'empty'],
  ]
  it.each(table)('%j → %j (%s)', (text, expected) => expect(parseDateText(text)).toEqual(expected))
})

describe('parseBirthDateCell', () => {
  const table: [unknown, string, YearMonthDay | null, string][] = [
    [1985.03, '1985.03', { y: 1985, months: [3] }, `${SRC}: typed as a number`],
    [1985.1, '1985.1', { y: 1985, months: [1, 10] }, `${SRC}: 1985.10 loses its 0 as a number`],
    ['1985.1', '1985.1', { y: 1985, months: [1] }, `${SRC}: as text it means January`],
    ['1985-03-01', '1985年3月', { y: 1985, months: [3] }, `${SRC}: date cell shown as year-month`],
    ['1985-03-12', '3/12/85', { y: 1985, months: [3], d: 12 }, `${SRC}: date cell in a US format`],
    [31107, '31107', { y: 1985, months: [3], d: 1 }, `${SRC}: a serial that lost its date format`],
    [1985, '1985', { y: 1985, months: [] }, `${SRC}: a year typed as a number is not a serial`],
    [2000, '2000', { y: 2000, months: [] }, `${SRC}: a year typed as a number is not a serial`],
    [null, '', null, 'empty'],
  ]
  it.each(table)('raw %j text %j → %j (%s)', (raw, text, expected) => {
    expect(parseBirthDateCell(raw, text)).toEqual(expected)
  })
})

describe('formatYearMonthDay', () => {
  it.each([
    [{ y: 1985, months: [3] }, '1985-03'],
    [{ y: 1985, months: [10, 1] }, '1985-10'],
    [{ y: 1985, months: [3], d: 2 }, '1985-03-02'],
    [{ y: 1985, months: [] }, '1985'],
  ])('%j → %s', (date, text) => expect(formatYearMonthDay(date)).toBe(text))
})
