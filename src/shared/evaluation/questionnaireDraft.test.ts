import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CLASS_QUESTIONNAIRE as Q,
  DEFAULT_SATISFACTION_QUESTIONNAIRE as S,
  versionForClass,
} from './questionnaire'
import { cleanDraft, draftProblems, moveQuestion, newQuestionCode } from './questionnaireDraft'

// Issue 15: a questionnaire as data, versioned; a class keeps the version it used.
describe('versionForClass', () => {
  it.each([
    ['no sheet yet: the newest version', [], 3],
    ['sheets on version 1: version 1', ['class-evaluation@1', 'class-evaluation@1'], 1],
    ['sheets of another questionnaire do not count', ['organiser-satisfaction@2'], 3],
    ['sheets on two versions: the newer used', ['class-evaluation@1', 'class-evaluation@2'], 2],
  ])('%s', (_, keys, version) => {
    expect(versionForClass('class-evaluation', 3, keys)).toBe(version)
  })
})

describe('the questionnaire draft', () => {
  it('gives a new question a code used by no version', () => {
    expect(newQuestionCode(Q, [])).toBe('q1')
    expect(newQuestionCode({ questions: [...Q.questions, { ...Q.questions[0]!, code: 'q1' }] }, ['q2'])).toBe(
      'q3',
    )
  })
  it('moves a question up and down, not past the ends', () => {
    const codes = (list: { code: string }[]) => list.map((q) => q.code).join(',')
    const three = S.questions.slice(0, 3)
    expect(codes(moveQuestion(three, 2, -1))).toBe('s1,s3,s2')
    expect(codes(moveQuestion(three, 0, 1))).toBe('s2,s1,s3')
    expect(codes(moveQuestion(three, 0, -1))).toBe('s1,s2,s3')
    expect(codes(moveQuestion(three, 2, 1))).toBe('s1,s2,s3')
  })
  it('the defaults may be saved as they are', () => {
    expect(draftProblems(Q)).toEqual([])
    expect(draftProblems(S)).toEqual([])
  })
  it.each([
    ['no title', { title: ' ' }, ['请填写问卷标题']],
    ['one scale point', { scale: [{ value: 1, label: '满意' }] }, ['评分等次至少 2 个']],
    [
      'a point without label, a repeated value',
      {
        scale: [
          { value: 3, label: '好' },
          { value: 3, label: '' },
        ],
      },
      ['第 2 个评分等次（3 分）缺少文字说明', '评分等次的分值不能重复'],
    ],
    [
      'a value off 0–10',
      {
        scale: [
          { value: 11, label: '好' },
          { value: 1, label: '差' },
        ],
      },
      ['第 1 个评分等次的分值应为 0–10 的整数'],
    ],
    [
      'free text only, an empty question',
      { questions: [{ code: 'f1', section: '', kind: 'text' as const, text: '' }] },
      ['问卷至少要有 1 道评分题', '第 1 题缺少题目文字'],
    ],
  ])('%s', (_, change, problems) => {
    expect(draftProblems({ ...Q, ...change })).toEqual(problems)
  })
  it('stores the scale best first and the texts trimmed', () => {
    const d = cleanDraft({
      ...Q,
      title: ' 问卷 ',
      scale: [
        { value: 1, label: '差 ' },
        { value: 3, label: '好' },
        { value: 2, label: '中' },
      ],
    })
    expect(d.title).toBe('问卷')
    expect(d.scale).toEqual([
      { value: 3, label: '好' },
      { value: 2, label: '中' },
      { value: 1, label: '差' },
    ])
  })
})
