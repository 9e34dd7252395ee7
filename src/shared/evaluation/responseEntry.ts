import { normalizeHeaderText } from '../roster/headerMap'
import { ratingQuestions, type QuestionnaireFields, type QuestionnaireResponseFields } from './questionnaire'

type Answers = QuestionnaireResponseFields['answers']
type Q = Pick<QuestionnaireFields, 'questions' | 'scale'>

/**
 * Fast keyboard entry of a paper sheet: one digit per rating question in the sheet's order
 * (spaces ignored, 0 = not answered), e.g. "54453 4433" for ten questions.
 */
export function parseTally(
  digits: string,
  questionnaire: Q,
): { ok: true; answers: Answers } | { ok: false; message: string } {
  const questions = ratingQuestions(questionnaire)
  const typed = digits.replace(/[\s\u3000]/g, '')
  if (!/^\d*$/.test(typed)) return { ok: false, message: '只能输入数字（0 表示未作答）' }
  if (typed.length !== questions.length)
    return { ok: false, message: `应输入 ${questions.length} 位数字（每题一位），现有 ${typed.length} 位` }
  const values = new Set(questionnaire.scale.map((p) => p.value))
  const answers: Answers = {}
  for (let i = 0; i < typed.length; i++) {
    const v = Number(typed[i])
    if (v === 0) continue
    if (!values.has(v))
      return {
        ok: false,
        message: `第 ${i + 1} 题“${questions[i]!.text}”的 ${v} 不在评分范围内（${[...values].join('、')}）`,
      }
    answers[questions[i]!.code] = v
  }
  return { ok: true, answers }
}

/** The digits that re-create `answers` in parseTally, for editing an entered sheet. */
export function tallyOf(answers: Answers, questionnaire: Q): string {
  return ratingQuestions(questionnaire)
    .map((q) => (typeof answers[q.code] === 'number' ? String(answers[q.code]) : '0'))
    .join('')
}

/** Column index → question code (null: not imported). */
export type SurveyMapping = Record<number, string | null>

const stripNumbering = (h: string) => normalizeHeaderText(h).replace(/^(第?\d+题?[、.．:：)）]?)/, '')

/**
 * The columns of a survey platform's export (问卷星 and the like: "1、班级管理工作总体评价", 序号,
 * 提交答卷时间 …) that hold answers to the questions: a header matches a question when, without its
 * numbering, it equals or contains the question's text. Other columns are left out.
 */
export function guessSurveyMapping(
  header: readonly string[],
  questionnaire: Pick<QuestionnaireFields, 'questions'>,
): SurveyMapping {
  const mapping: SurveyMapping = {}
  const used = new Set<string>()
  header.forEach((h, c) => {
    const text = stripNumbering(h)
    const q = text
      ? questionnaire.questions.find((x) => !used.has(x.code) && text.includes(normalizeHeaderText(x.text)))
      : undefined
    mapping[c] = q ? q.code : null
    if (q) used.add(q.code)
  })
  return mapping
}

export interface SurveyProblem {
  row: number
  column: string
  message: string
}

/** Finds the header row: the first of the first 10 rows mapping at least one question. */
export function surveyHeaderRow(
  text: readonly string[][],
  questionnaire: Pick<QuestionnaireFields, 'questions'>,
): number {
  for (let r = 0; r < Math.min(10, text.length); r++)
    if (Object.values(guessSurveyMapping(text[r] ?? [], questionnaire)).some(Boolean)) return r
  return -1
}

const SKIPPED = new Set(['', '(跳过)', '（跳过）', '(空)', '（空）', '-', '—'])

const columnLetter = (c: number): string =>
  c < 26
    ? String.fromCharCode(65 + c)
    : columnLetter(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26))

/**
 * Reads the answers below `headerRow` with `mapping`. A rating cell holds the scale value (5, "5分")
 * or its label (很满意); anything else is a problem naming file, row and column. All or nothing.
 */
export function readSurveyAnswers(
  fileName: string,
  text: readonly string[][],
  headerRow: number,
  mapping: SurveyMapping,
  questionnaire: Q,
): { ok: true; sheets: { row: number; answers: Answers }[] } | { ok: false; problems: SurveyProblem[] } {
  const problems: SurveyProblem[] = []
  const sheets: { row: number; answers: Answers }[] = []
  const columns = Object.entries(mapping)
    .filter(([, code]) => code)
    .map(([c, code]) => ({ c: Number(c), question: questionnaire.questions.find((q) => q.code === code)! }))
    .filter((x) => x.question)
  if (columns.length === 0)
    return {
      ok: false,
      problems: [
        { row: 0, column: '', message: `${fileName}：没有一列对应到问卷的题目，请在上方为各列选择题目` },
      ],
    }
  const byLabel = new Map(questionnaire.scale.map((p) => [normalizeHeaderText(p.label), p.value]))
  const values = new Set(questionnaire.scale.map((p) => p.value))
  for (let r = headerRow + 1; r < text.length; r++) {
    const cells = text[r] ?? []
    if (cells.every((v) => v.trim() === '')) continue
    const answers: Answers = {}
    for (const { c, question } of columns) {
      const raw = (cells[c] ?? '').trim()
      if (SKIPPED.has(raw)) continue
      if (question.kind === 'text') {
        answers[question.code] = raw.slice(0, 5000)
        continue
      }
      const t = normalizeHeaderText(raw)
      const num = /^(\d+)(分)?$/.exec(t)
      const v = num ? Number(num[1]) : byLabel.get(t)
      if (v === undefined || !values.has(v)) {
        const header = (text[headerRow]?.[c] ?? '').trim()
        problems.push({
          row: r + 1,
          column: `${columnLetter(c)}列“${header}”`,
          message: `${fileName} 第 ${r + 1} 行 ${columnLetter(c)}列“${header}”：“${raw}”不是评分（应为 ${questionnaire.scale.map((p) => `${p.value}/${p.label}`).join('、')}），请更正后重新导入`,
        })
        continue
      }
      answers[question.code] = v
    }
    sheets.push({ row: r + 1, answers })
  }
  if (problems.length > 0) return { ok: false, problems }
  if (sheets.length === 0)
    return { ok: false, problems: [{ row: 0, column: '', message: `${fileName}：表头下没有答卷` }] }
  return { ok: true, sheets }
}
