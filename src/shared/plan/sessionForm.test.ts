import { describe, expect, it } from 'vitest'
import {
  formFromText,
  formFromTopic,
  needsHeadCount,
  SESSION_FORMS,
  sessionFormLabel,
  type SessionForm,
} from './sessionForm'

describe('teaching forms', () => {
  it('lists the forms of issue 5 once each, with 其他 last', () => {
    expect(SESSION_FORMS.map((f) => f.label)).toEqual([
      '专题讲座',
      '现场教学',
      '小组讨论',
      '学员论坛',
      '情景模拟',
      '党性分析',
      '外出考察',
      '自学',
      '开班式',
      '结业式',
      '其他',
    ])
    const words = SESSION_FORMS.flatMap((f) => [f.label, ...f.aliases])
    expect(new Set(words).size).toBe(words.length) // no word maps to two forms
  })

  it.each([
    ['专题讲座', 'lecture', 'DOMAIN.md glossary'],
    ['讲座', 'lecture', 'DOMAIN.md glossary: 讲座'],
    ['辅导报告', 'lecture', '001 7.6: 培训形式有党课、辅导报告'],
    ['现场教学', 'fieldTeaching', '000 附1 现场教学'],
    ['小组讨论', 'groupDiscussion', '000 附1 小组讨论'],
    ['学习讨论', 'groupDiscussion', '001 7.6: 学习讨论'],
    ['社会考察', 'fieldTrip', '001 7.6: 社会考察'],
    ['参观考察', 'fieldTrip', '000 附2 第十八条: 参观考察'],
    ['情景模拟', 'simulation', '000 附1 宣传报道: 情景模拟'],
    ['学员论坛', 'studentForum', '000 附1: 学员论坛'],
    ['党性分析', 'partySpiritAnalysis', '000 附2 第二十三条: 主体班要组织安排学员进行党性分析'],
    ['自学', 'selfStudy', '000 附2 第十五条: 自学时间不得随意挪作它用'],
    [' 开班式 ', 'opening', 'fixture row 3'],
    ['结业式', 'closing', 'fixture row 22'],
    ['其它', 'other', 'variant spelling'],
  ] as [string, SessionForm, string][])('form cell %s → %s (%s)', (text, code) => {
    expect(formFromText(text)).toBe(code)
  })

  it('knows no form for an unknown word', () => {
    expect(formFromText('茶话会')).toBeUndefined()
    expect(formFromText('')).toBeUndefined()
  })

  it.each([
    ['现场教学：革命传统教育基地', 'fieldTeaching'],
    ['小组讨论：理论学习体会', 'groupDiscussion'],
    ['学员论坛：攻坚克难案例交流', 'studentForum'],
    ['党性分析专题组织生活会', 'partySpiritAnalysis'],
    ['情景模拟：舆情应对', 'simulation'],
    ['开班式暨入学教育', 'opening'],
    ['结业式', 'closing'],
    ['党章党规党纪专题', undefined],
  ] as [string, SessionForm | undefined][])(
    'topic %s implies %s (fixture schedule-zhongqing-2025)',
    (topic, form) => {
      expect(formFromTopic(topic)).toBe(form)
    },
  )

  it.each([
    ['fieldTeaching', true, '000 附1 现场教学: 清点人数及请假情况 … 返程前清点人数'],
    ['fieldTrip', true, '000 附1: 外出考察 is away from school as well'],
    ['lecture', false, 'in the classroom'],
    ['groupDiscussion', false, 'in the classroom'],
  ] as [SessionForm, boolean, string][])('%s needs a head count: %s (%s)', (form, yes) => {
    expect(needsHeadCount(form)).toBe(yes)
  })

  it('labels codes', () => {
    expect(sessionFormLabel('partySpiritAnalysis')).toBe('党性分析')
  })
})
