import { describe, expect, it } from 'vitest'
import { readSeed } from '../../../test/helpers/readFixture'
import { DEFAULT_SCHEME, assessmentSchemeSchema, schemeNotice } from './scheme'

const seed = readSeed('000_2fb966d90a3b6fa5.txt')

describe('the default 考核方案 (seed 000 附3)', () => {
  it('lists the eight quantitative items of 第八条 in its words and order', () => {
    const clause = seed.slice(seed.indexOf('第八条　对学员的定量考核'), seed.indexOf('第九条　考核管理'))
    const labels = DEFAULT_SCHEME.quantitative.map((i) => i.label)
    expect(labels).toHaveLength(8)
    expect(clause).toContain(labels.join('、'))
  })

  it('lists the six qualitative sources of 第七条', () => {
    const clause = seed.slice(
      seed.indexOf('第七条　对学员的定性考核'),
      seed.indexOf('第八条　对学员的定量考核'),
    )
    const labels = DEFAULT_SCHEME.qualitative.map((s) => s.label)
    expect(labels).toHaveLength(6)
    expect(clause).toContain(labels.join('，'))
  })

  it('takes the quota of 第十三条 and says that the seed sets no points', () => {
    expect(seed).toContain('优秀等次人数应为学员总人数的15%-20%')
    expect(DEFAULT_SCHEME.quota).toEqual({ minPercent: 15, maxPercent: 20 })
    expect(schemeNotice(DEFAULT_SCHEME)).toContain('没有规定各项分值')
    expect(assessmentSchemeSchema.parse(DEFAULT_SCHEME)).toEqual(DEFAULT_SCHEME)
  })
})
