import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readSeed } from '../../../test/helpers/readFixture'
import { DEFAULT_REGULATION_TITLE, WITHDRAWAL_CLAUSES } from './withdrawalNotice'

/**
 * The rules quote seed 000 word for word (docs/leave-rules.md, the withdrawal notice); this keeps
 * the quotes honest against the copy of the seed in test/fixtures/seeds.
 */
const squash = (s: string) => s.replace(/[\s\u3000]+/g, '')
const seed = squash(readSeed('000_2fb966d90a3b6fa5.txt'))

describe('quotes from seed 000 附2', () => {
  const doc = readFileSync(new URL('../../../docs/leave-rules.md', import.meta.url), 'utf8')
  const quotes = doc
    .split('\n')
    .filter((l) => l.startsWith('> '))
    .map((l) => l.slice(2))

  it('docs/leave-rules.md quotes the seed', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(5)
  })

  it.each(quotes)('“%s” is in seed 000', (q) => {
    expect(seed).toContain(squash(q))
  })

  it.each(Object.values(WITHDRAWAL_CLAUSES))('the notice’s clause “%s” is in seed 000 附2 第九条', (q) => {
    expect(seed).toContain(squash(q))
  })

  it('names the regulation as the seed titles it', () => {
    expect(seed).toContain(squash(DEFAULT_REGULATION_TITLE.replace(/[《》]/g, '')))
  })
})
