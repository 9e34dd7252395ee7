import { describe, expect, it } from 'vitest'
import { read, utils } from 'xlsx'
import { DEFAULT_CLASS_QUESTIONNAIRE as Q } from '@shared/evaluation/questionnaire'
import { questionnaireResults } from '@shared/evaluation/results'
import { evaluationWorkbook } from './evaluationWorkbook'

describe('evaluationWorkbook', () => {
  it('writes means and counts, and free text neutralised', () => {
    const results = questionnaireResults(Q, [
      { number: 1, answers: { m1: 5, f1: '=HYPERLINK("x")' } },
      { number: 2, answers: { m1: 4 } },
    ])
    const bytes = evaluationWorkbook({ className: '中青班', title: Q.title, classSize: 10, results })
    // platform.saveFile accepts a Uint8Array only (shared/ipc.ts), not SheetJS's ArrayBuffer.
    expect(bytes).toBeInstanceOf(Uint8Array)
    const book = read(bytes)
    const scores = utils.sheet_to_json<unknown[]>(book.Sheets['评分结果']!, { header: 1 })
    expect(scores[3]).toEqual([1, '班级管理', '班级管理工作总体评价', 2, 4.5, 1, 1, 0, 0, 0])
    const texts = utils.sheet_to_json<unknown[]>(book.Sheets['意见建议']!, { header: 1 })
    expect(texts[1]).toEqual(['对本班次管理工作的意见和建议', '\'=HYPERLINK("x")'])
  })
})
