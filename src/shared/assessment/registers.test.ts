import { describe, expect, it } from 'vitest'
import { registerInput } from '../../../test/helpers/assessmentRegisterInput'
import { excellentRows, makeUpLines, registerRows } from './registers'

describe('the registers’ rows (附3 第十五条; 附2 第十八条、第十九条; seed 001 7.8)', () => {
  const input = registerInput()
  const rows = registerRows(input)

  it('carries per student the 缺勤 summary, items, qualitative summary, exam with make-up, grade and live number', () => {
    expect(rows[0]).toMatchObject({
      no: 1,
      name: '张三',
      unitAndPost: '区财政局 科长',
      idNumber: '110105********002X',
      absence: '已点名 2 次课，出勤 2 次；无请假；旷课 0 学时',
      total: 73,
      qualitative: '专家点评：优秀',
      appraisal: '学习认真，团结同志。',
      exams: [{ name: '结业考试', first: '92', makeUp: '', result: '合格' }],
      grade: '优秀',
      certificateNumber: '2026ZQ01-B003',
    })
    expect(rows[1]).toMatchObject({
      absence: '已点名 2 次课，出勤 2 次；无请假；旷课 0 学时；迟到 1 次',
      exams: [{ first: '缺考', makeUp: '75', result: '合格' }],
      grade: '合格',
      certificateNumber: '2026ZQ01-B002',
    })
    expect(rows[2]!.absence).toContain('病假 3 学时')
    expect(rows[2]).toMatchObject({
      exams: [{ first: '50', makeUp: '55', result: '不合格' }],
      grade: '不合格',
      certificateNumber: '',
    })
  })

  it('adds the 挂职锻炼鉴定 and 党支部鉴定 made elsewhere after the rated sources', () => {
    const withOthers = structuredClone(input)
    withOthers.assessment.students[0]!.qualitative.others = [
      { from: '挂职锻炼鉴定', text: '称职（合格），2026-06-30' },
      { from: '党支部鉴定', text: '政治坚定，2026-07-01' },
    ]
    expect(registerRows(withOthers)[0]!.qualitative).toBe(
      '专家点评：优秀；挂职锻炼鉴定：称职（合格），2026-06-30；党支部鉴定：政治坚定，2026-07-01',
    )
  })

  it('lists the 优秀 students and the 补考名单 with the make-up beside the first sitting', () => {
    expect(excellentRows(rows).map((r) => r.name)).toEqual(['张三'])
    expect(makeUpLines(input, rows)).toEqual([
      {
        no: 1,
        name: '=HYPERLINK("x")',
        unitAndPost: '区教育局 副科长',
        exam: '结业考试',
        first: '缺考',
        makeUp: '75',
        result: '合格',
      },
      {
        no: 2,
        name: '李四',
        unitAndPost: '区卫健委',
        exam: '结业考试',
        first: '50',
        makeUp: '55',
        result: '不合格',
      },
    ])
  })
})
