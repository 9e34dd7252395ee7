import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { compareHlc } from '@shared/sync/hlc'
import { cleanEnrollmentEdit } from './enrollmentRepository'
import { openData, type DataAccess } from '../core/openData'
import { cleanPersonPatch } from './personRepository'
import { emptyPerson, newEnrollment } from './rosterBuilders'
import { personIdFor } from './personId'

let n = 0
const opened: DataAccess[] = []
async function fresh() {
  const data = await openData(`people-${++n}`)
  opened.push(data)
  return data
}
afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

describe('editing a person', () => {
  it.each([
    [{ name: ' 张 三 ' }, { name: '张三' }],
    [{ idNumber: '11010519491231002x' }, { idNumber: '11010519491231002X' }],
    [{ idNumber: '' }, { idNumber: '' }],
    [{ phone: '138 1234 5678' }, { phone: '13812345678' }],
    [{ phone: '1381234567' }, { phone: '1381234567' }],
    [{ unit: ' 区委  组织部 ' }, { unit: '区委 组织部' }],
  ])('cleans %j', (patch, clean) => expect(cleanPersonPatch(patch)).toEqual(clean))

  it.each([
    [{ name: '  ' }, '姓名不能为空'],
    [{ idNumber: '110105194912310021' }, '身份证号校验位错误，应为 X，请核对原件'],
    [{ idNumber: '11010519491231' }, '身份证号应为18位（现为14位），请核对原件'],
    [{ gender: '未知' as '男' }, '性别应为男或女'],
  ])('refuses %j (seed 000 附1 学员服务: 校对姓名、身份证)', (patch, message) =>
    expect(() => cleanPersonPatch(patch)).toThrow(message),
  )

  it('refuses an ID number another person already has', async () => {
    const data = await fresh()
    await data.people.put('a', { ...emptyPerson('张三'), idNumber: '11010519491231002X' })
    await data.people.put('b', emptyPerson('李四'))
    await expect(data.people.updatePerson('b', { idNumber: '11010519491231002X' })).rejects.toThrow(
      '身份证号与学员“张三”相同',
    )
    await expect(data.people.updatePerson('a', { idNumber: '11010519491231002x' })).resolves.toMatchObject({
      idNumber: '11010519491231002X',
    })
  })
})

describe('enrollment edits', () => {
  const current = newEnrollment('C', 'P')
  it.each([
    [{ seat: 12 }, { seat: 12 }],
    [{ seat: null }, { seat: null }],
    [{ roles: [' 班长 ', '班长', '', '学习委员'] }, { roles: ['班长', '学习委员'] }],
    [
      { status: 'withdrawn' as const, withdrawReason: '工作调动', withdrawDate: '2025-03-10' },
      { status: 'withdrawn', withdrawReason: '工作调动', withdrawDate: '2025-03-10' },
    ],
    [{ status: 'graduated' as const }, { status: 'graduated', withdrawReason: '', withdrawDate: '' }],
  ])('cleans %j', (edit, clean) => expect(cleanEnrollmentEdit(edit, current)).toEqual(clean))

  it.each([
    [{ seat: 0 }, '座号应为 1 到 9999 的整数'],
    [{ seat: 2.5 }, '座号应为 1 到 9999 的整数'],
    [{ status: 'withdrawn' as const, withdrawDate: '2025-03-10' }, '请填写退学原因'],
    [{ status: 'withdrawn' as const, withdrawReason: '病假超过 1/7' }, '请填写退学日期'],
  ])('refuses %j (退学 needs a reason and a date, seed 000 附2 第九条)', (edit, message) =>
    expect(() => cleanEnrollmentEdit(edit, current)).toThrow(message),
  )
})

describe('person ids', () => {
  it('are the same for the same ID number or 学号 + name, and hold neither in the clear', () => {
    const byId = personIdFor({ kind: 'idNumber', idNumber: '11010519491231002X' })
    expect(byId).toBe(personIdFor({ kind: 'idNumber', idNumber: '11010519491231002X' }))
    expect(byId).toMatch(/^person:id:[0-9a-f]{32}$/)
    const bySno = personIdFor({ kind: 'studentNo', studentNo: '２０２２６１９５７', name: '龙 立' })
    expect(bySno).toBe(personIdFor({ kind: 'studentNo', studentNo: '202261957', name: '龙立' }))
    expect(bySno).not.toBe(personIdFor({ kind: 'studentNo', studentNo: '202261957', name: '龙丽' }))
    expect(personIdFor(null)).not.toBe(personIdFor(null))
  })

  it('are the ids earlier versions stored (the WebCrypto SHA-256 digest), so stored people still match', async () => {
    const webCrypto = async (text: string) =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).slice(0, 16)]
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('')
    expect(personIdFor({ kind: 'idNumber', idNumber: '11010519491231002X' })).toBe(
      `person:id:${await webCrypto('banwu-person\u0000id\u000011010519491231002X')}`,
    )
    expect(personIdFor({ kind: 'studentNo', studentNo: '202261957', name: '龙立' })).toBe(
      `person:sno:${await webCrypto('banwu-person\u0000sno\u0000202261957\u0000龙立')}`,
    )
  })
})

describe('SyncedRepository.putMany (bulk upsert for imports)', () => {
  it('creates, changes only differing fields, restores from the recycle bin, and leaves equal records alone', async () => {
    const data = await fresh()
    const [a] = await data.people.putMany([{ id: 'a', fields: emptyPerson('张三') }])
    await data.people.put('b', emptyPerson('李四'))
    await data.people.softDelete('b')
    const c = await data.people.put('c', emptyPerson('王五'))
    const out = await data.people.putMany([
      { id: 'a', fields: { ...emptyPerson('张三'), phone: '13812345678' } },
      { id: 'b', fields: emptyPerson('李四') },
      { id: 'c', fields: emptyPerson('王五') },
      { id: 'd', fields: emptyPerson('赵六') },
    ])
    expect(out.map((r) => [r.id, r.name, r.deleted])).toEqual([
      ['a', '张三', false],
      ['b', '李四', false],
      ['c', '王五', false],
      ['d', '赵六', false],
    ])
    expect(compareHlc(out[0]!._hlc.phone!, a!._hlc.phone!)).toBe(1)
    expect(out[0]!._hlc.name).toBe(a!._hlc.name)
    expect(out[2]).toEqual(c)
    expect(await data.people.get('c')).toEqual(c)
    await expect(
      data.people.putMany([
        { id: 'x', fields: emptyPerson('甲') },
        { id: 'x', fields: emptyPerson('乙') },
      ]),
    ).rejects.toThrow('distinct')
  })
})

describe('enrolPerson (adding one person by hand)', () => {
  it('creates a new person, links a known one, and refuses someone already in the class', async () => {
    const { enrolPerson } = await import('./rosterEnrol')
    const data = await fresh()
    const e1 = await enrolPerson(data, 'C1', {
      name: '张三',
      idNumber: '11010519491231002x',
      phone: '138 1234 5678',
    })
    const person = (await data.people.get(e1.personId))!
    expect(person).toMatchObject({ name: '张三', idNumber: '11010519491231002X', phone: '13812345678' })
    const e2 = await enrolPerson(data, 'C2', { name: '张叁', idNumber: '11010519491231002X' })
    expect(e2.personId).toBe(e1.personId)
    expect((await data.people.get(e1.personId))!.name).toBe('张三')
    await expect(enrolPerson(data, 'C1', { name: '张三', idNumber: '11010519491231002X' })).rejects.toThrow(
      '张三已在本班花名册中',
    )
    await expect(enrolPerson(data, 'C1', { name: '' })).rejects.toThrow('姓名不能为空')
  })
})

describe('编排座号 (assignSeats)', () => {
  it('writes the new seats in one go and leaves unchanged ones unstamped', async () => {
    const data = await fresh()
    const a = await data.enrollments.put('a', { ...newEnrollment('C', 'pa'), seat: 1 })
    await data.enrollments.put('b', { ...newEnrollment('C', 'pb'), seat: 2 })
    await data.enrollments.assignSeats([
      { enrollmentId: 'a', seat: 1 },
      { enrollmentId: 'b', seat: null },
      { enrollmentId: 'missing', seat: 3 },
    ])
    expect((await data.enrollments.get('a'))!._hlc.seat).toBe(a._hlc.seat)
    expect((await data.enrollments.get('b'))!.seat).toBeNull()
    expect(await data.enrollments.get('missing')).toBeUndefined()
    await expect(data.enrollments.assignSeats([{ enrollmentId: 'a', seat: 0 }])).rejects.toThrow(
      '座号应为 1 到 9999 的整数',
    )
  })
})

describe('getExisting (what an import reads before writing)', () => {
  it.each([3, 300])('finds the stored ones among %i ids, the recycle bin included', async (count) => {
    const data = await fresh()
    await data.people.put('p1', emptyPerson('张三'))
    await data.people.put('p2', emptyPerson('李四'))
    await data.people.softDelete('p2')
    const ids = ['p1', 'p2', ...Array.from({ length: count - 2 }, (_, i) => `new${i}`)]
    const found = await data.people.getExisting(ids)
    expect([...found.keys()].sort()).toEqual(['p1', 'p2'])
    expect(found.get('p2')!.deleted).toBe(true)
  })
})

describe('findByIdNumbers / findByStudentNumbers (what an import matches rows with)', () => {
  it.each([
    ['none asked', [], []],
    ['one stored, one new', ['11010519491231002X', '110101199003074477'], ['张三']],
    ['the same number twice', ['11010519491231002X', '11010519491231002X'], ['张三']],
    ['a number only the recycle bin has', ['310101198001010036'], []],
    [
      'both stored, among 500 new',
      ['11010519491231002X', '440301199512120018', ...newNumbers(500)],
      ['张三', '王五'],
    ],
  ])('by ID number, %s', async (_, asked, names) => {
    const data = await fresh()
    await data.people.put('p1', { ...emptyPerson('张三'), idNumber: '11010519491231002X' })
    await data.people.put('p2', { ...emptyPerson('李四'), idNumber: '310101198001010036' })
    await data.people.softDelete('p2')
    await data.people.put('p3', { ...emptyPerson('王五'), idNumber: '440301199512120018' })
    const found = await data.people.findByIdNumbers(asked)
    expect(found.map((p) => p.name).sort()).toEqual([...names].sort())
  })

  it('by 学号, live people only, each once', async () => {
    const data = await fresh()
    await data.people.put('s1', { ...emptyPerson('赵六'), studentNo: '2025001' })
    await data.people.put('s2', { ...emptyPerson('钱七'), studentNo: '2025001' })
    await data.people.put('s3', { ...emptyPerson('孙八'), studentNo: '2025002' })
    await data.people.softDelete('s3')
    const found = await data.people.findByStudentNumbers(['2025001', '2025002', '2025001', '2025009'])
    expect(found.map((p) => p.name).sort()).toEqual(['赵六', '钱七'].sort())
  })
})

/** Syntactically plausible numbers nobody stored (the lookup does not check the digit). */
function newNumbers(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `5001011990${String(i).padStart(7, '0')}X`.slice(0, 18))
}
