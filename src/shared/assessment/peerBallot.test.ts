import { describe, expect, it } from 'vitest'
import { peerRating, tallyProblem, tallyText, type PeerTally } from './peerBallot'

const t = (excellent: number, good: number, fair: number, poor: number): PeerTally => ({
  excellent,
  good,
  fair,
  poor,
})

// Seed 000 附3 第七条 (学员互评); the rule is the app's reading, stated in PEER_RULE_TEXT.
describe('peerRating: the rating with the most ballots, a tie to the lower one', () => {
  it.each([
    [t(0, 0, 0, 0), null],
    [t(30, 10, 2, 0), 'excellent'],
    [t(10, 30, 2, 0), 'good'],
    [t(1, 0, 0, 0), 'excellent'],
    [t(0, 0, 0, 3), 'poor'],
    [t(20, 20, 2, 0), 'good'],
    [t(5, 0, 5, 0), 'fair'],
    [t(4, 4, 4, 4), 'poor'],
    [t(21, 20, 0, 1), 'excellent'],
    [t(0, 2, 2, 1), 'fair'],
  ] as const)('%o → %s', (tally, want) => {
    expect(peerRating(tally)).toBe(want)
  })
})

describe('tallyProblem', () => {
  it.each([
    [t(30, 10, 2, 0), 42, ''],
    [t(30, 10, 3, 0), 42, '共 43 票，多于同班其他学员人数 42'],
    [t(-1, 0, 0, 0), 42, '“优秀”票数须为不小于 0 的整数'],
    [t(0, 1.5, 0, 0), 42, '“良好”票数须为不小于 0 的整数'],
    [t(0, 0, 0, 0), 0, ''],
  ] as const)('%o of %i classmates → %s', (tally, classmates, want) => {
    expect(tallyProblem(tally, classmates)).toBe(want)
  })
  it('tallyText', () => expect(tallyText(t(20, 10, 2, 0))).toBe('优秀 20，良好 10，一般 2，较差 0'))
})
