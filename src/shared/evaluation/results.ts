import type { Question, QuestionnaireFields, QuestionnaireResponseFields } from './questionnaire'

/**
 * Results of a questionnaire for a class (or all classes of a head teacher): per rating question
 * the number of answers at each scale point and the mean; free-text answers as written, in sheet
 * order, never with a name (the answers carry none). Unanswered questions are left out of the mean.
 */
export interface QuestionResult {
  question: Question
  /** Answers per scale point, in the scale's order (best first). */
  counts: { value: number; label: string; count: number }[]
  answered: number
  /** Mean of the answers, to 2 decimals; null with no answer. */
  mean: number | null
}

export interface QuestionnaireResults {
  responses: number
  ratings: QuestionResult[]
  /** Per free-text question, the non-empty answers. */
  texts: { question: Question; answers: string[] }[]
  /** Mean of all rating answers of all questions (to 2 decimals); null with none. */
  overallMean: number | null
}

const round2 = (n: number) => Math.round(n * 100) / 100

export function questionnaireResults(
  questionnaire: Pick<QuestionnaireFields, 'questions' | 'scale'>,
  responses: readonly Pick<QuestionnaireResponseFields, 'answers' | 'number'>[],
): QuestionnaireResults {
  const sorted = [...responses].sort((a, b) => a.number - b.number)
  let sum = 0
  let n = 0
  const ratings: QuestionResult[] = []
  const texts: QuestionnaireResults['texts'] = []
  for (const question of questionnaire.questions) {
    if (question.kind === 'text') {
      const answers = sorted
        .map((r) => r.answers[question.code])
        .filter((a): a is string => typeof a === 'string' && a.trim() !== '')
        .map((a) => a.trim())
      texts.push({ question, answers })
      continue
    }
    const counts = questionnaire.scale.map((p) => ({ value: p.value, label: p.label, count: 0 }))
    let qSum = 0
    let qN = 0
    for (const r of sorted) {
      const a = r.answers[question.code]
      const point = typeof a === 'number' ? counts.find((c) => c.value === a) : undefined
      if (!point) continue
      point.count++
      qSum += point.value
      qN++
    }
    sum += qSum
    n += qN
    ratings.push({ question, counts, answered: qN, mean: qN ? round2(qSum / qN) : null })
  }
  return { responses: responses.length, ratings, texts, overallMean: n ? round2(sum / n) : null }
}
