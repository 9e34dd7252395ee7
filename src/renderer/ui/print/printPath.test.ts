import { describe, expect, it } from 'vitest'
import { printPath } from './printPath'

describe('printPath', () => {
  it.each([
    [printPath('C1', 'roster'), '/classes/C1/print/roster'],
    [printPath('C1', 'roster-groups', { kind: 'party' }), '/classes/C1/print/roster-groups?kind=party'],
    [printPath('C1', 'roster-desk-cards', { detail: true }), '/classes/C1/print/roster-desk-cards?detail=1'],
    [printPath('C1', 'roster-desk-cards', { detail: false }), '/classes/C1/print/roster-desk-cards'],
    [
      printPath('C1', 'signin', { session: 'S 1', order: 'group', view: 'grid' }),
      '/classes/C1/print/signin?session=S+1&order=group&view=grid',
    ],
    [
      printPath('C1', 'signin', { date: '2026-03-02', order: 'seat', current: 'S1' }),
      '/classes/C1/print/signin?date=2026-03-02&order=seat&current=S1',
    ],
    [
      printPath('C/1', 'withdrawal-notice', { enrollment: 'E1' }),
      '/classes/C%2F1/print/withdrawal-notice?enrollment=E1',
    ],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected)
  })

  it('reads back as the sheet reads its options', () => {
    const url = new URL(printPath('C1', 'signin', { session: 'a&b=c', order: 'seat' }), 'http://x')
    expect(url.searchParams.get('session')).toBe('a&b=c')
  })
})
