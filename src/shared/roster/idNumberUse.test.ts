import { describe, expect, it } from 'vitest'
import { idNumberFor, type IdNumberPurpose } from './idNumberUse'

const ID = '11010519491231002X'

describe('idNumberFor (the purpose decides the ID column)', () => {
  it.each<[IdNumberPurpose, string | null]>([
    ['rosterExchange', ID],
    ['infoCheck', ID],
    ['rosterList', '110105********002X'],
    ['attendanceRegister', '110105********002X'],
    ['attendanceNotice', null],
  ])('%s → %s', (purpose, shown) => expect(idNumberFor(purpose, ID)).toBe(shown))

  it('keeps an empty number empty when it is shown at all', () => {
    expect(idNumberFor('attendanceRegister', '')).toBe('')
    expect(idNumberFor('infoCheck', '')).toBe('')
  })
})
