import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { duplicateNumbers } from '@shared/assessment/certificateNumber'
import { studentsWithTwoCertificates } from '@shared/assessment/certificateIssue'
import { ValidationError } from '@shared/validationError'
import { exportBytes, importBytes, testOffices } from '../../../../test/helpers/syncTestOffices'
import type { DataAccess } from '../core/openData'
import { DEFAULT_NUMBER_TEMPLATE } from './certificateRepository'

const offices = testOffices('certificates')
afterEach(() => offices.closeAll())

const numbering = { template: DEFAULT_NUMBER_TEMPLATE, year: 2026, classCode: 'ZQ01' }
const request = (classId: string, grades: ('excellent' | 'pass' | 'fail' | null)[], classCode = 'ZQ01') => ({
  ...numbering,
  classCode,
  classId,
  issuedBy: '王老师',
  students: grades.map((grade, i) => ({ enrollmentId: `${classId}-E${i + 1}`, grade })),
})

/** The class's assessment finalised (定稿), as the 考核 tab leaves it. */
async function finalise(data: DataAccess, ...classIds: string[]) {
  for (const classId of classIds)
    await data.assessment.headers.put(classId, {
      classId,
      schemeId: 'builtin',
      schemeVersion: 1,
      finalised: true,
      finalisedAt: '2026-07-03T16:00',
      finalisedBy: '王老师',
    })
}

function problems(e: unknown): Record<string, string> {
  expect(e).toBeInstanceOf(ValidationError)
  return (e as ValidationError).fieldErrors
}

describe('CertificateRepository (issue 13)', () => {
  it('refuses to issue before 定稿 and before the office has a code; then numbers 优秀 and 合格 only, in roster order', async () => {
    const data = await offices.office('本部教务科')
    const early = await data.certificates.issueForClass(request('C1', ['pass'])).catch((e: unknown) => e)
    expect(problems(early).certificates).toBe('本班考核尚未定稿：定稿后才能编发证书号码')
    await finalise(data, 'C1')
    const refused = await data.certificates.issueForClass(request('C1', ['pass'])).catch((e: unknown) => e)
    expect(problems(refused).certificates).toBe('请填写本办公室代码（1 至 3 个大写字母，如 B）')
    expect(await data.certificates.listAll()).toEqual([])

    await data.certificates.saveOfficeCode(' b ')
    expect(await data.certificates.officeCode()).toBe('B')
    const plan = await data.certificates.issueForClass(request('C1', ['pass', 'fail', 'excellent']))
    expect(plan.ok && plan.noCertificate).toBe(1)
    const list = await data.certificates.listByClass('C1')
    expect(list.map((c) => [c.enrollmentId, c.number, c.grade])).toEqual([
      ['C1-E1', '2026ZQ01-B001', 'pass'],
      ['C1-E3', '2026ZQ01-B002', 'excellent'],
    ])
    expect(list[0]).toMatchObject({
      officeCode: 'B',
      replicaId: data.replica.id,
      issuedBy: '王老师',
      voidedAt: null,
    })

    // Issuing again (a reprint, or after a grade was added) keeps every number.
    const again = await data.certificates.issueForClass(request('C1', ['pass', 'pass', 'excellent']))
    expect(again.ok && again.issue.map((p) => p.number)).toEqual(['2026ZQ01-B003'])
    expect((await data.certificates.listByClass('C1')).map((c) => c.number)).toEqual([
      '2026ZQ01-B001',
      '2026ZQ01-B002',
      '2026ZQ01-B003',
    ])
  })

  it('voids and reissues with who, when and why; the voided number is never reused', async () => {
    const data = await offices.office('本部教务科')
    await data.certificates.saveOfficeCode('B')
    await finalise(data, 'C1')
    await data.certificates.issueForClass(request('C1', ['pass', 'pass']))
    const [first] = await data.certificates.listByClass('C1')
    const noReason = await data.certificates
      .voidCertificate(first!.id, { by: '王老师', reason: ' ' })
      .catch((e: unknown) => e)
    expect(problems(noReason).reason).toBe('请填写原因')

    const at = new Date('2026-07-05T09:00:00Z')
    const next = await data.certificates.reissue(
      first!.id,
      { by: '王老师', reason: '证书遗失' },
      numbering,
      at,
    )
    expect(next).toMatchObject({ number: '2026ZQ01-B003', enrollmentId: 'C1-E1', replaces: first!.id })
    expect(await data.certificates.get(first!.id)).toMatchObject({
      voidedAt: at.toISOString(),
      voidedBy: '王老师',
      voidReason: '证书遗失',
    })
    const again = await data.certificates
      .voidCertificate(first!.id, { by: '王老师', reason: '重复' })
      .catch((e: unknown) => e)
    expect(problems(again).reason).toBe('证书 2026ZQ01-B001 已作废')
  })

  it('two offices issuing at the same time, then syncing both ways, never repeat a number', async () => {
    const main = await offices.office('本部教务科')
    const branch = await offices.office('分校教务科')
    await main.certificates.saveOfficeCode('B')
    await branch.certificates.saveOfficeCode('F')
    await finalise(main, 'C1', 'C2')
    await finalise(branch, 'C1', 'C3')
    // The same class numbered in both offices before any sync (the worst case), and one each.
    await main.certificates.issueForClass(request('C1', ['pass', 'excellent', 'pass']))
    await branch.certificates.issueForClass(request('C1', ['pass', 'excellent', 'pass']))
    await main.certificates.issueForClass(request('C2', ['pass', 'pass'], 'QG02'))
    await branch.certificates.issueForClass(request('C3', ['excellent', 'pass'], 'QG02'))
    offices.tick()
    await importBytes(branch, await exportBytes(main))
    await importBytes(main, await exportBytes(branch))

    for (const office of [main, branch]) {
      const all = await office.certificates.listAll()
      expect(all).toHaveLength(3 + 3 + 2 + 2)
      expect(duplicateNumbers(all).size).toBe(0)
      // Numbering one class twice is shown (each student of C1 holds two), never merged away.
      expect(studentsWithTwoCertificates(all).size).toBe(3)
    }
    // After the sync the other office's code is taken: choosing it is refused.
    const taken = await main.certificates.saveOfficeCode('F').catch((e: unknown) => e)
    expect(problems(taken).officeCode).toMatch(/^代码 F 已由另一台电脑使用（如证书 2026(ZQ01|QG02)-F00\d），/)
  })
})

describe('finaliseAndIssue: 定稿 numbers the certificates in the same step (issue 13)', () => {
  const finaliseRequest = (
    classId: string,
    grades: ('excellent' | 'pass' | 'fail')[],
    classCode = 'ZQ01',
  ) => ({
    ...numbering,
    classCode,
    classId,
    by: '王老师',
    at: '2026-07-03T16:00',
    grades: grades.map((grade, i) => ({ enrollmentId: `${classId}-E${i + 1}`, grade, proposed: grade })),
  })

  it('locks the grades and numbers 优秀 and 合格 at once', async () => {
    const data = await offices.office('本部教务科')
    await data.certificates.saveOfficeCode('B')
    const plan = await data.certificates.finaliseAndIssue(
      data.assessment,
      finaliseRequest('C1', ['excellent', 'fail', 'pass']),
    )
    expect(plan.ok && plan.issue.map((p) => p.number)).toEqual(['2026ZQ01-B001', '2026ZQ01-B002'])
    expect((await data.assessment.header('C1'))?.finalised).toBe(true)
    const records = await data.assessment.loadClass('C1')
    expect(records.grades.map((g) => g.grade)).toEqual(['excellent', 'fail', 'pass'])
    expect(records.log.map((l) => l.action)).toEqual(['finalise'])
  })

  it.each([
    ['no office code on this PC', null, 'ZQ01', '请填写本办公室代码（1 至 3 个大写字母，如 B）'],
    [
      'no class code for a {class} template',
      'B',
      '',
      '编号规则含 {class}：请填写班次代码（1 至 12 位字母或数字，如 ZQ01）',
    ],
  ])(
    '%s: refused whole, the class stays unfinalised and nothing is numbered',
    async (_, office, classCode, message) => {
      const data = await offices.office('本部教务科')
      if (office) await data.certificates.saveOfficeCode(office)
      const refused = await data.certificates
        .finaliseAndIssue(data.assessment, finaliseRequest('C1', ['pass', 'pass'], classCode))
        .catch((e: unknown) => e)
      expect(problems(refused).certificates).toBe(message)
      expect(await data.assessment.header('C1')).toBeNull()
      expect((await data.assessment.loadClass('C1')).grades).toEqual([])
      expect(await data.certificates.listAll()).toEqual([])
    },
  )
})
