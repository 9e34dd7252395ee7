import type { Question, QuestionnaireFields, ScalePoint } from './questionnaire'

/**
 * Editing a questionnaire (issue 15: "a questionnaire as data, versioned"): the user copies the
 * current version into a draft, edits, reorders and saves it as the next version. Pure helpers; the
 * repository stores the result (db/evaluation/questionnaireRepository.ts).
 */
export type QuestionnaireDraft = Omit<QuestionnaireFields, 'version'>

/**
 * A code for a new question, unused by the draft and by every earlier version (`q1`, `q2` …), so an
 * answer key never names two different questions of one questionnaire's history.
 */
export function newQuestionCode(
  draft: Pick<QuestionnaireFields, 'questions'>,
  usedBefore: readonly string[],
): string {
  const used = new Set([...draft.questions.map((q) => q.code), ...usedBefore])
  for (let n = 1; ; n++) if (!used.has(`q${n}`)) return `q${n}`
}

/** Moves question `index` one place up (-1) or down (+1); out of range leaves the list as it is. */
export function moveQuestion(questions: readonly Question[], index: number, by: -1 | 1): Question[] {
  const to = index + by
  if (index < 0 || index >= questions.length || to < 0 || to >= questions.length) return [...questions]
  const next = [...questions]
  ;[next[index], next[to]] = [next[to]!, next[index]!]
  return next
}

/** The scale best first, as the sheets print it (5 很满意 … 1 很不满意). */
export function sortScale(scale: readonly ScalePoint[]): ScalePoint[] {
  return [...scale].sort((a, b) => b.value - a.value)
}

/** What stops the draft from being saved, in the user's words (empty: it may be saved). */
export function draftProblems(draft: QuestionnaireDraft): string[] {
  const problems: string[] = []
  if (!draft.title.trim()) problems.push('请填写问卷标题')
  if (draft.scale.length < 2) problems.push('评分等次至少 2 个')
  draft.scale.forEach((p, i) => {
    if (!Number.isInteger(p.value) || p.value < 0 || p.value > 10)
      problems.push(`第 ${i + 1} 个评分等次的分值应为 0–10 的整数`)
    if (!p.label.trim()) problems.push(`第 ${i + 1} 个评分等次（${p.value} 分）缺少文字说明`)
  })
  const values = draft.scale.map((p) => p.value)
  if (new Set(values).size !== values.length) problems.push('评分等次的分值不能重复')
  if (draft.questions.length === 0) problems.push('问卷至少要有 1 道题')
  if (!draft.questions.some((q) => q.kind === 'rating')) problems.push('问卷至少要有 1 道评分题')
  draft.questions.forEach((q, i) => {
    if (!q.text.trim()) problems.push(`第 ${i + 1} 题缺少题目文字`)
  })
  const codes = draft.questions.map((q) => q.code)
  if (new Set(codes).size !== codes.length) problems.push('题目编号不能重复')
  return problems
}

/** The draft as it is stored: texts trimmed, the scale best first. */
export function cleanDraft(draft: QuestionnaireDraft): QuestionnaireDraft {
  return {
    questionnaireId: draft.questionnaireId,
    title: draft.title.trim(),
    scale: sortScale(draft.scale.map((p) => ({ value: p.value, label: p.label.trim() }))),
    questions: draft.questions.map((q) => ({ ...q, section: q.section.trim(), text: q.text.trim() })),
  }
}
