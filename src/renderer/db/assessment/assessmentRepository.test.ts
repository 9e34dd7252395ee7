import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_SCHEME } from '@shared/assessment/scheme'
import { openData, type DataAccess } from '../core/openData'
import { entryId, examScoreId } from './assessmentRecords'

let n = 0
const opened: DataAccess[] = []
async function fresh() {
  const data = await openData(`assessment-test-${++n}`)
  opened.push(data)
  return data
}
afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

const withPoints = {
  ...DEFAULT_SCHEME,
  quantitative: DEFAULT_SCHEME.quantitative.map((i) => ({ ...i, maxPoints: 10 })),
}

describe('AssessmentSchemeRepository', () => {
  it('starts from the built-in 附3 scheme and saves versions; a class keeps the one it started with', async () => {
    const data = await fresh()
    expect((await data.assessmentSchemes.current()).version).toBe(1)
    await data.assessment.start('C1')
    const v2 = await data.assessmentSchemes.saveNewVersion(withPoints, 1)
    expect(v2.version).toBe(2)
    await expect(data.assessmentSchemes.saveNewVersion(withPoints, 1)).rejects.toThrow('已有第 2 版')
    await data.assessment.start('C2')
    expect((await data.assessment.header('C1'))?.schemeVersion).toBe(1)
    expect((await data.assessment.header('C2'))?.schemeVersion).toBe(2)
    await data.assessment.useCurrentScheme('C1')
    expect((await data.assessment.header('C1'))?.schemeVersion).toBe(2)
  })
})

describe('AssessmentRepository', () => {
  it('stores points under the natural key and adds dated +/- entries beside them', async () => {
    const { assessment } = await fresh()
    await assessment.setPoints('C', 'E1', 'questions', 6)
    await assessment.setPoints('C', 'E1', 'questions', 7)
    await assessment.addSessionPoints('C', 'E1', 'questions', '2026-06-01', 'S1', 1)
    await assessment.addSessionPoints('C', 'E1', 'questions', '2026-06-01', 'S1', 1)
    const { entries } = await assessment.loadClass('C')
    expect(entries.map((e) => [e.id, e.points]).sort()).toEqual([
      [entryId('E1', 'questions'), 7],
      [entryId('E1', 'questions', '2026-06-01'), 2],
    ])
    await assessment.setPoints('C', 'E1', 'questions', null)
    expect((await assessment.loadClass('C')).entries).toHaveLength(1)
  })

  it('stores 学员互评 tallies with the rating they give, keeps the comment, refuses too many ballots', async () => {
    const { assessment } = await fresh()
    await assessment.setEvaluation('C', 'E1', 'peers', null, '团结同学')
    await assessment.setPeerTallies(
      'C',
      'peers',
      [
        { enrollmentId: 'E1', tally: { excellent: 20, good: 20, fair: 2, poor: 0 } },
        { enrollmentId: 'E2', tally: { excellent: 30, good: 10, fair: 0, poor: 0 } },
      ],
      42,
    )
    const rows = (await assessment.loadClass('C')).evaluations.sort((a, b) => a.id.localeCompare(b.id))
    expect(rows.map((e) => [e.enrollmentId, e.rating, e.comment])).toEqual([
      ['E1', 'good', '团结同学'],
      ['E2', 'excellent', ''],
    ])
    expect(rows[0]!.tally).toEqual({ excellent: 20, good: 20, fair: 2, poor: 0 })
    await expect(
      assessment.setPeerTallies(
        'C',
        'peers',
        [{ enrollmentId: 'E1', tally: { excellent: 43, good: 0, fair: 0, poor: 0 } }],
        42,
      ),
    ).rejects.toThrow('多于同班其他学员人数')
    await assessment.setPeerTallies(
      'C',
      'peers',
      [{ enrollmentId: 'E2', tally: { excellent: 0, good: 0, fair: 0, poor: 0 } }],
      42,
    )
    const e2 = (await assessment.loadClass('C')).evaluations.find((e) => e.enrollmentId === 'E2')!
    expect([e2.rating, e2.tally]).toEqual([null, null])
    // A hand-picked rating keeps the tally only while the tally gives that rating.
    const e1 = async () => (await assessment.loadClass('C')).evaluations.find((e) => e.enrollmentId === 'E1')!
    await assessment.setEvaluation('C', 'E1', 'peers', 'good', '团结同学，乐于助人')
    expect((await e1()).tally).toEqual({ excellent: 20, good: 20, fair: 2, poor: 0 })
    await assessment.setEvaluation('C', 'E1', 'peers', 'excellent', '团结同学，乐于助人')
    expect([(await e1()).rating, (await e1()).tally]).toEqual(['excellent', null])
  })

  it('keeps the make-up beside the first sitting; a score clears 缺考', async () => {
    const { assessment } = await fresh()
    const exam = await assessment.createExam('C', {
      name: '结业考试',
      kind: 'exam',
      date: '',
      fullMark: 100,
      passMark: 60,
    })
    await assessment.setScore('C', exam, 'E1', { absent: true })
    await assessment.setScore('C', exam, 'E1', { makeUpScore: 72 })
    let s = (await assessment.loadClass('C')).scores.find((x) => x.id === examScoreId(exam.id, 'E1'))
    expect(s).toMatchObject({ score: null, absent: true, makeUpScore: 72, makeUpAbsent: false })
    await assessment.setScore('C', exam, 'E1', { score: 58 })
    s = (await assessment.loadClass('C')).scores[0]
    expect(s).toMatchObject({ score: 58, absent: false, makeUpScore: 72 })
    await expect(assessment.setScore('C', exam, 'E1', { score: 101 })).rejects.toThrow(
      '成绩应在 0 到 100 之间',
    )
  })

  it('imports a sheet of scores: cells given replace, blanks keep what is stored', async () => {
    const { assessment } = await fresh()
    const exam = await assessment.createExam('C', {
      name: '结业考试',
      kind: 'exam',
      date: '',
      fullMark: 100,
      passMark: 60,
    })
    await assessment.setScore('C', exam, 'E1', { score: 50 })
    await assessment.importScores('C', exam, [
      { enrollmentId: 'E1', makeUp: { score: 75, absent: false } },
      { enrollmentId: 'E2', first: { score: null, absent: true } },
    ])
    const scores = (await assessment.loadClass('C')).scores.sort((a, b) =>
      a.enrollmentId.localeCompare(b.enrollmentId),
    )
    expect(scores).toMatchObject([
      { enrollmentId: 'E1', score: 50, absent: false, makeUpScore: 75 },
      { enrollmentId: 'E2', score: null, absent: true, makeUpScore: null },
    ])
  })

  it('定稿 stores the grades in force, locks every write and logs; unlocking needs a reason', async () => {
    const { assessment } = await fresh()
    await assessment.setGrade('C', 'E1', 'excellent', 'pass', '表现突出')
    await assessment.finalise(
      'C',
      [
        { enrollmentId: 'E1', grade: 'excellent', proposed: 'pass' },
        { enrollmentId: 'E2', grade: 'pass', proposed: 'pass' },
      ],
      '李老师',
      '2026-07-01T10:00',
    )
    let r = await assessment.loadClass('C')
    expect(r.header).toMatchObject({
      finalised: true,
      finalisedBy: '李老师',
      finalisedAt: '2026-07-01T10:00',
    })
    expect(r.grades.map((g) => [g.enrollmentId, g.grade, g.reason]).sort()).toEqual([
      ['E1', 'excellent', '表现突出'],
      ['E2', 'pass', ''],
    ])
    await expect(assessment.setGrade('C', 'E2', 'fail', 'pass')).rejects.toThrow('已定稿')
    await expect(assessment.setPoints('C', 'E2', 'questions', 1)).rejects.toThrow('已定稿')
    await expect(assessment.unlock('C', ' ', '李老师', '2026-07-02T09:00')).rejects.toThrow('须说明原因')
    await assessment.unlock('C', '补录结业答辩成绩', '李老师', '2026-07-02T09:00')
    await assessment.setGrade('C', 'E2', 'fail', 'pass')
    r = await assessment.loadClass('C')
    expect(r.header?.finalised).toBe(false)
    expect(r.log.map((l) => [l.action, l.reason])).toEqual([
      ['finalise', ''],
      ['unlock', '补录结业答辩成绩'],
    ])
  })

  it('records a 校长室 adjustment with who, when and why', async () => {
    const { assessment } = await fresh()
    await expect(
      assessment.recordAdjustment('C', {
        min: 2,
        max: 1,
        decidedBy: '校长室',
        decidedAt: '2026-07-01T10:00',
        reason: 'x',
        recordedBy: '',
      }),
    ).rejects.toThrow('下限不能大于上限')
    await assessment.recordAdjustment('C', {
      min: 1,
      max: 1,
      decidedBy: '王校长',
      decidedAt: '2026-07-01T10:00',
      reason: '小班',
      recordedBy: '李老师',
    })
    expect((await assessment.loadClass('C')).adjustments).toMatchObject([
      { min: 1, max: 1, decidedBy: '王校长' },
    ])
  })

  it('imports a sheet in one transaction', async () => {
    const { assessment } = await fresh()
    await assessment.importPoints('C', [
      { enrollmentId: 'E1', itemCode: 'questions', points: 5 },
      { enrollmentId: 'E2', itemCode: 'questions', points: 6 },
    ])
    expect((await assessment.loadClass('C')).entries).toHaveLength(2)
  })
})
