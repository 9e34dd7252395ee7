import { describe, expect, it } from 'vitest'
import { readSeed } from '../../../test/helpers/readFixture'
import { SCHEME3_FORMS } from './quantified'
import { entryItemLabels, LEDGER_TEMPLATES, ledgerSchemeRecordSchema, thresholdReading } from './scheme'
import { branchStanding, hoursByMonth, memberStanding, type StandingEntry } from './standing'
import { scoreSheet } from './scoreSheet'

const seed = readSeed('004_33ed6b773a80273d.txt')
const [scheme1, scheme2, scheme3] = LEDGER_TEMPLATES as [
  (typeof LEDGER_TEMPLATES)[number],
  (typeof LEDGER_TEMPLATES)[number],
  (typeof LEDGER_TEMPLATES)[number],
]

let n = 0
const entry = (
  memberId: string,
  item: string,
  date: string,
  amount = 1,
  review: StandingEntry['review'] = 'verified',
) => ({ id: `e${++n}`, memberId, item, date, amount, review }) satisfies StandingEntry

describe('templates (seed 004, three schemes as data)', () => {
  it.each([
    ['scheme 1 三、實施內容: an item', 0, 'pledge', '签订一份承诺'],
    ['scheme 3 第六条: a rule', 2, 'leader.lecture', '未组织党课（缺一次扣1分）'],
    ['scheme 1: a code it does not have', 0, 'leader.lecture', undefined],
  ])('entryItemLabels names an entry’s item (%s)', (_src, t, code, label) => {
    expect(entryItemLabels(LEDGER_TEMPLATES[t]!).get(code)).toBe(label)
  })
  it('each template is a valid scheme record', () => {
    for (const t of LEDGER_TEMPLATES) expect(ledgerSchemeRecordSchema.safeParse(t).success).toBe(true)
  })
  it('scheme 1 has the eight items of 三、實施內容 with 35 h / 18 times', () => {
    expect(scheme1.items.map((i) => i.label)).toEqual([
      '签订一份承诺',
      '研读一部经典',
      '拥有一个岗位',
      '参加一项活动',
      '做好一周义工',
      '帮扶一个同学',
      '奉献一份爱心',
      '建好一个寝室',
    ])
    expect(scheme1.volunteer).toEqual({ hours: 35, times: 18 })
    for (const w of [
      '簽訂一份承諾',
      '研讀一部經典',
      '擁有一個崗位',
      '參加一項活動',
      '做好一週義工',
      '幫扶一個同學',
      '奉獻一份愛心',
      '建好一個寢室',
    ])
      expect(seed).toContain(w)
  })
  it('scheme 2 follows a class (党校学员: 计划 at entry, 总结 and 鉴定 at the end)', () => {
    expect(scheme2.period).toBe('class')
    expect(seed).toContain('入學時制定好個人黨性鍛鍊計劃')
    expect(seed).toContain('黨支部作出鑑定')
  })
  it('scheme 3 carries both forms with the seed’s standards and 80/20', () => {
    expect(scheme3.forms.map((f) => f.categories.map((c) => c.standard))).toEqual(
      SCHEME3_FORMS.map((f) => f.categories.map((c) => c.standard)),
    )
    expect(scheme3.quantifiedPercent).toBe(80)
    expect(seed).toContain('量化考核分佔80%,民主測評得分佔20%')
    // Rules quoted from 第六條 with their points.
    const points = (code: string) => scheme3.rules.find((r) => r.code === code)?.points
    expect(points('leader.cityTraining')).toBe(3)
    expect(seed).toContain('參加市黨校培訓並有心得體會的一次加3分')
    expect(points('member.notes')).toBe(-1)
    expect(seed).toContain('學習筆記不少於2萬字,每少1萬字扣1分')
    expect([
      points('member.honourNational'),
      points('member.honourProvince'),
      points('member.honourCity'),
      points('member.honourDistrict'),
    ]).toEqual([15, 10, 5, 3])
    expect(seed).toContain(
      '當年受到中央(或國家部委)表彰一次加15分,省級表彰一次加10分,市級表彰一次加5分,區級表彰一次加3分',
    )
  })
  it('shows how 以上/以下 are read beside a result (第十四條)', () => {
    expect(thresholdReading(scheme3.thresholds!)).toEqual({
      commend: '90分以上（含90分，≥90）表彰',
      unqualified: '60分以下（含60分，≤60）初步视为不合格',
    })
    expect(thresholdReading({ ...scheme3.thresholds!, unqualifiedInclusive: false }).unqualified).toBe(
      '60分以下（不含60分，<60）初步视为不合格',
    )
  })
})

describe('memberStanding (scheme 1: met / in progress / missing; 落后进度)', () => {
  const eighteenTimes = Array.from({ length: 18 }, (_, i) =>
    entry(
      'm1',
      'volunteer',
      `2026-${String((i % 9) + 1).padStart(2, '0')}-0${(i % 3) + 1}`,
      i === 0 ? 1.0 : 2.0,
    ),
  )
  it.each([
    ['35 h in 18 times: met', eighteenTimes, 'met'],
    [
      '35 h in 17 times: in progress',
      eighteenTimes.slice(1).map((e, i) => (i === 0 ? { ...e, amount: 3 } : e)),
      'inProgress',
    ],
    ['nothing: missing', [], 'missing'],
  ])('%s', (_, list, state) => {
    const s = memberStanding(scheme1, 'm1', list, 2026, '2026-12-31')
    expect(s.items.find((i) => i.code === 'volunteer')!.state).toBe(state)
  })
  it('a returned entry does not count; submitted ones count and are pending', () => {
    const s = memberStanding(
      scheme1,
      'm1',
      [
        entry('m1', 'pledge', '2026-03-01', 1, 'returned'),
        entry('m1', 'classic', '2026-03-01', 1, 'submitted'),
      ],
      2026,
      '2026-06-01',
    )
    expect(s.items.find((i) => i.code === 'pledge')!.state).toBe('missing')
    expect(s.items.find((i) => i.code === 'classic')!.state).toBe('met')
    expect([s.pending, s.returned, s.met]).toEqual([1, 1, 1])
  })
  it('entries of another year do not count in a natural-year scheme; they do in a class scheme', () => {
    const list = [entry('m1', 'pledge', '2025-12-31'), entry('m1', 'plan', '2025-12-31')]
    expect(memberStanding(scheme1, 'm1', list, 2026, '2026-06-01').met).toBe(0)
    expect(memberStanding(scheme2, 'm1', list, 2026, '2026-06-01').met).toBe(1)
  })
  it('sorts who is behind first, then by items open', () => {
    const list = [
      entry('ahead', 'volunteer', '2026-01-05', 20),
      ...Array.from({ length: 9 }, (_, i) => entry('ahead', 'volunteer', `2026-02-0${i + 1}`, 0.5)),
      ...scheme1.items.filter((i) => i.rule === 'once').map((i) => entry('ahead', i.code, '2026-03-01')),
      entry('open', 'volunteer', '2026-01-05', 20),
      ...Array.from({ length: 9 }, (_, i) => entry('open', 'volunteer', `2026-02-0${i + 1}`, 0.5)),
    ]
    const order = branchStanding(scheme1, ['ahead', 'open', 'behind'], list, 2026, '2026-07-01')
    expect(order.map((s) => [s.memberId, s.behind])).toEqual([
      ['behind', true],
      ['open', false],
      ['ahead', false],
    ])
  })
  it('sums hours per month for the chart', () => {
    const months = hoursByMonth(
      [entry('m', 'volunteer', '2026-03-01', 1.5), entry('m', 'volunteer', '2026-03-20', 2)],
      'volunteer',
      2026,
    )
    expect(months[2]).toBe(3.5)
    expect(months.reduce((a, b) => a + b, 0)).toBe(3.5)
  })
})

describe('scoreSheet (scheme 3 第七、八、十四、十五條)', () => {
  const review = (survey: number | null, democratic: 'qualified' | 'unqualified' | '' = 'qualified') => ({
    survey,
    democratic,
  })
  it('clamps a category at its standard and traces each figure to its entries', () => {
    // 普通党员 岗位职责 40: +15 (中央表彰) +5 (实事) −5 (完不成) → 55 → clamped to 40.
    const list = [
      entry('m', 'member.honourNational', '2026-05-01'),
      entry('m', 'member.forUnit', '2026-06-01'),
      entry('m', 'member.unfinished', '2026-07-01'),
      entry('m', 'member.notes', '2026-12-01', 2), // 学习 20 − 2 → 18
    ]
    const s = scoreSheet(scheme3, 'member', list, review(90))
    const duties = s.categories.find((c) => c.code === 'duties')!
    expect(duties).toMatchObject({ standard: 40, bonuses: 20, deductions: 5, score: 40, clamped: 'standard' })
    expect(duties.lines.map((l) => l.entryId)).toEqual([list[0]!.id, list[1]!.id, list[2]!.id])
    expect(s.categories.find((c) => c.code === 'study')).toMatchObject({ deductions: 2, score: 18 })
    // quantified 98, survey 90 → 0.8 × 98 + 0.2 × 90 = 96.4 → 表彰.
    expect(s.score).toMatchObject({ quantified: 98, total: 96.4, outcome: 'commended' })
  })
  it('clamps deductions at zero', () => {
    const list = [entry('m', 'member.absentNoReason', '2026-03-01', 8)] // 组织生活 20 − 24 → 0
    const s = scoreSheet(scheme3, 'member', list, review(50))
    expect(s.categories.find((c) => c.code === 'orgLife')).toMatchObject({
      deductions: 24,
      score: 0,
      clamped: 'zero',
    })
    expect(s.score).toMatchObject({ quantified: 80, total: 74 })
  })
  it('vetoes a member rated 不合格 in democratic review (第十五條)', () => {
    const s = scoreSheet(scheme3, 'member', [], review(95, 'unqualified'))
    expect(s.vetoed).toBe(true)
    expect(s.score).toMatchObject({ total: null, outcome: 'vetoed' })
    expect(seed).toContain('對黨組織民主評議為不合格的黨員,採取一票否決,不再進行目標管理量化考核')
  })
  it('has no total while the survey score is missing', () => {
    const s = scoreSheet(scheme3, 'leader', [], review(null))
    expect(s.surveyMissing).toBe(true)
    expect(s.score.total).toBeNull()
  })
  it.each([
    [true, 'unqualified'],
    [false, 'ordinary'],
  ])('exactly 60 with 60分以下 inclusive=%s → %s', (inclusive, outcome) => {
    // 普通党员 quantified 50 (学习 0, 组织生活 0, 岗位职责 40, 民主评议 10) and survey 100 → 0.8 × 50 + 20 = 60.
    const list = [
      entry('m', 'member.absentNoReason', '2026-03-01', 7),
      entry('m', 'member.noNotes', '2026-03-01', 7),
      entry('m', 'member.narrow', '2026-03-01', 2),
    ]
    const s = scoreSheet(
      { ...scheme3, thresholds: { ...scheme3.thresholds!, unqualifiedInclusive: inclusive } },
      'member',
      list,
      review(100),
    )
    expect(s.score.total).toBe(60)
    expect(s.score.outcome).toBe(outcome)
  })
  it('a returned entry does not count', () => {
    const s = scoreSheet(
      scheme3,
      'member',
      [entry('m', 'member.unfinished', '2026-03-01', 1, 'returned')],
      review(100),
    )
    expect(s.score.quantified).toBe(100)
  })
})
