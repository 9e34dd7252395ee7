/**
 * Teaching forms (教学形式) of a session. The list follows DOMAIN.md's glossary and the forms
 * the seeds name: 000 附1 (专题讲座/现场教学/小组讨论/学员论坛/情景模拟/外出考察), 附2 第二十三条
 * (党性分析), 第十五条 (自学), and the opening and closing of a class. `aliases` are the other
 * words schedules use for the same thing, for tolerant import.
 */
export const SESSION_FORMS = [
  {
    code: 'lecture',
    label: '专题讲座',
    aliases: ['讲座', '专题', '专题报告', '辅导报告', '报告', '授课', '党课', '讲课'],
  },
  { code: 'fieldTeaching', label: '现场教学', aliases: ['现场', '现场教学点', '实地教学'] },
  {
    code: 'groupDiscussion',
    label: '小组讨论',
    aliases: ['讨论', '研讨', '小组研讨', '分组讨论', '学习讨论', '交流研讨'],
  },
  { code: 'studentForum', label: '学员论坛', aliases: ['论坛', '学员讲坛', '交流发言'] },
  { code: 'simulation', label: '情景模拟', aliases: ['模拟', '情景教学', '案例模拟'] },
  { code: 'partySpiritAnalysis', label: '党性分析', aliases: ['党性分析会', '专题组织生活会', '组织生活会'] },
  {
    code: 'fieldTrip',
    label: '外出考察',
    aliases: ['考察', '参观考察', '社会考察', '参观', '调研', '社会调查'],
  },
  { code: 'selfStudy', label: '自学', aliases: ['自主学习', '自习'] },
  { code: 'opening', label: '开班式', aliases: ['开班', '开学典礼', '开班仪式', '开学式'] },
  { code: 'closing', label: '结业式', aliases: ['结业', '结业典礼', '结业仪式'] },
  { code: 'other', label: '其他', aliases: ['其它'] },
] as const

export type SessionForm = (typeof SESSION_FORMS)[number]['code']
export const SESSION_FORM_CODES = SESSION_FORMS.map((f) => f.code) as [SessionForm, ...SessionForm[]]

export function sessionFormLabel(code: SessionForm): string {
  return SESSION_FORMS.find((f) => f.code === code)?.label ?? code
}

function clean(text: string): string {
  return text.replace(/[\s\u3000]+/g, '')
}

/** A form cell ("专题讲座", "讲座", "现场教学") → its code; undefined when the word is unknown. */
export function formFromText(text: string): SessionForm | undefined {
  const t = clean(text)
  if (!t) return undefined
  for (const f of SESSION_FORMS) {
    if (f.label === t || (f.aliases as readonly string[]).includes(t)) return f.code
  }
  return undefined
}

/**
 * Topics often carry their form ("现场教学：革命传统教育基地", "开班式暨入学教育"). Order matters:
 * the specific forms are tried before the generic ones, so "党性分析专题组织生活会" is 党性分析
 * and not a lecture because it contains 专题.
 */
const TOPIC_KEYWORDS: readonly [SessionForm, readonly string[]][] = [
  ['opening', ['开班式', '开班', '开学典礼', '入学教育']],
  ['closing', ['结业式', '结业典礼', '结业仪式']],
  ['fieldTeaching', ['现场教学']],
  ['fieldTrip', ['外出考察', '参观考察', '社会考察', '考察']],
  ['partySpiritAnalysis', ['党性分析', '组织生活会']],
  ['simulation', ['情景模拟']],
  ['studentForum', ['学员论坛', '论坛']],
  ['groupDiscussion', ['小组讨论', '分组讨论', '研讨', '讨论']],
  ['selfStudy', ['自学']],
]

/** The form a topic's wording implies, if any. */
export function formFromTopic(topic: string): SessionForm | undefined {
  const t = clean(topic)
  const prefix = /^([^：:]{2,8})[：:]/.exec(t)?.[1]
  if (prefix) {
    const f = formFromText(prefix)
    if (f) return f
  }
  for (const [form, words] of TOPIC_KEYWORDS) {
    if (words.some((w) => t.includes(w))) return form
  }
  return undefined
}

/**
 * Sessions away from the classroom need a head count at departure and before return
 * (seed 000 附1 现场教学: 清点人数及请假情况 … 返程前清点人数).
 */
export function needsHeadCount(form: SessionForm): boolean {
  return form === 'fieldTeaching' || form === 'fieldTrip'
}
