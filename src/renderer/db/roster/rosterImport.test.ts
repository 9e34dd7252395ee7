import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { newClassDefaults } from '@shared/domain/trainingClass'
import { mapHeaders } from '@shared/roster/headerMap'
import { parseWorkbook } from '@shared/roster/parseWorkbook'
import { readGeneratedFixture, readSchoolFixture } from '../../../../test/helpers/readFixture'
import { validateRows } from '@shared/roster/validateRows'
import { utils, write } from 'xlsx'
import { openData, type DataAccess } from '../core/openData'
import { personIdFor } from './personId'
import { enrolPerson } from './rosterEnrol'
import { loadClassRoster } from './rosterQueries'
import { classifyRosterRows, commitRosterImport, type ImportChoices } from './rosterImport'

const TODAY = '2025-09-01'
let n = 0
const opened: DataAccess[] = []
async function fresh() {
  const data = await openData(`roster-import-${++n}`)
  opened.push(data)
  return data
}
afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

async function newClass(data: DataAccess, name = '2025年春季中青班') {
  return data.classes.createClass({
    ...newClassDefaults('zhongqing', '2025-03-01'),
    name,
    endDate: '2025-03-28',
  })
}

function preview(bytes: Uint8Array, name: string) {
  const parsed = parseWorkbook(bytes, name)
  if (!parsed.ok) throw new Error(parsed.error.message)
  const mapping = mapHeaders(parsed.value.sheet.text)
  if (!mapping) throw new Error('no header')
  return validateRows(parsed.value.sheet, mapping, { today: TODAY }).rows
}

const zhongqing = () => preview(readSchoolFixture('roster-zhongqing-2025.xlsx'), 'roster-zhongqing-2025.xlsx')
const jiji = () => preview(readSchoolFixture('roster-jiji-fenzi.xlsx'), 'roster-jiji-fenzi.xlsx')
const ALL: ImportChoices = { includeWarnings: true, alreadyInClass: 'skip' }

async function importRows(
  data: DataAccess,
  classId: string,
  rows = zhongqing(),
  choices: ImportChoices = ALL,
) {
  const classifications = await classifyRosterRows(data, classId, rows)
  const summary = await commitRosterImport(data, classId, rows, classifications, choices)
  return { classifications, summary }
}

describe('importing a roster (issue 3 导入)', () => {
  it('adds the 48 people of the 中青班 file, each under an id derived from the hashed ID number', async () => {
    const data = await fresh()
    const cls = await newClass(data)
    const { classifications, summary } = await importRows(data, cls.id)
    expect(classifications.every((c) => c.kind === 'new')).toBe(true)
    expect(summary).toEqual({ added: 48, linked: 0, updated: 0, skipped: [] })
    const roster = await loadClassRoster(data, cls.id)
    expect(roster.entries).toHaveLength(48)
    const jiang = roster.entries.find((e) => e.person.name === '姜敏')!
    expect(jiang.person).toMatchObject({
      idNumber: '410105198811207532',
      unit: '区委组织部',
      post: '四级调研员',
    })
    expect(jiang.person.id).toBe(personIdFor({ kind: 'idNumber', idNumber: '410105198811207532' }))
    expect(jiang.person.id).not.toContain('410105198811207532')
    expect(jiang.enrollment).toMatchObject({ classId: cls.id, personId: jiang.person.id, status: 'enrolled' })
  })

  it('lists people in the file’s order; a second file and a person added by hand come after', async () => {
    const data = await fresh()
    const cls = await newClass(data)
    const rows = zhongqing()
    await importRows(data, cls.id, rows.slice(2, 5))
    await importRows(data, cls.id, rows.slice(0, 2))
    await enrolPerson(data, cls.id, { name: '阿依古丽' })
    const names = (await loadClassRoster(data, cls.id)).entries.map((e) => e.person.name)
    expect(names).toEqual(
      [...rows.slice(2, 5), ...rows.slice(0, 2)].map((r) => r.values.name).concat('阿依古丽'),
    )
    // A seat comes before the list order.
    const last = (await loadClassRoster(data, cls.id)).entries.at(-1)!
    await data.enrollments.updateEnrollment(last.enrollment.id, { seat: 1 })
    expect((await loadClassRoster(data, cls.id)).entries[0]!.person.name).toBe('阿依古丽')
  })

  it('on a second import of the same file offers skip or update for everyone; skip writes nothing', async () => {
    const data = await fresh()
    const cls = await newClass(data)
    await importRows(data, cls.id)
    const before = await data.people.listLive()
    const { classifications, summary } = await importRows(data, cls.id)
    expect(classifications.every((c) => c.kind === 'alreadyInClass')).toBe(true)
    expect(summary.added).toBe(0)
    expect(summary.skipped).toEqual([{ reason: 'alreadyInClass', rows: zhongqing().map((r) => r.excelRow) }])
    expect(await data.people.listLive()).toEqual(before)
  })

  it('update takes the file’s values and stamps only the fields that changed; per-row choices win', async () => {
    const data = await fresh()
    const cls = await newClass(data)
    await importRows(data, cls.id)
    const [first, second] = (await loadClassRoster(data, cls.id)).entries.map((e) => e.person)
    await data.people.updatePerson(first!.id, { phone: '13900000000' })
    await data.people.updatePerson(second!.id, { phone: '13900000001' })
    const rows = zhongqing()
    const rowOf = (name: string) => rows.find((r) => r.values.name === name)!.excelRow
    const { summary } = await importRows(data, cls.id, rows, {
      includeWarnings: true,
      alreadyInClass: 'update',
      alreadyInClassByRow: { [rowOf(second!.name)]: 'skip' },
    })
    expect(summary).toMatchObject({
      added: 0,
      updated: 47,
      skipped: [{ reason: 'alreadyInClass', rows: [rowOf(second!.name)] }],
    })
    const a = (await data.people.get(first!.id))!
    expect(a.phone).toBe(first!.phone)
    expect(a._hlc.phone).not.toBe(first!._hlc.phone)
    expect(a._hlc.unit).toBe(first!._hlc.unit)
    expect((await data.people.get(second!.id))!.phone).toBe('13900000001')
  })

  it('links people known from another class: one person, two enrollments, one phone everywhere', async () => {
    const data = await fresh()
    const spring = await newClass(data, '2025年春季中青班')
    const autumn = await newClass(data, '2025年秋季中青班')
    await importRows(data, spring.id)
    const { classifications, summary } = await importRows(data, autumn.id)
    expect(classifications.every((c) => c.kind === 'knownPerson')).toBe(true)
    expect(summary).toEqual({ added: 48, linked: 48, updated: 0, skipped: [] })
    expect(await data.people.listLive()).toHaveLength(48)
    const person = (await loadClassRoster(data, spring.id)).entries[0]!.person
    expect(await data.enrollments.listByPerson(person.id)).toHaveLength(2)
    await data.people.updatePerson(person.id, { phone: '139 0000 0000' })
    for (const cls of [spring, autumn]) {
      const entry = (await loadClassRoster(data, cls.id)).entries.find((e) => e.person.id === person.id)!
      expect(entry.person.phone).toBe('13900000000')
    }
  })

  it('keeps the stored name when a known ID number comes with another name', async () => {
    const data = await fresh()
    const first = await newClass(data, '第一期')
    const second = await newClass(data, '第二期')
    const rows = zhongqing().slice(0, 1)
    await importRows(data, first.id, rows)
    const renamed = [{ ...rows[0]!, values: { ...rows[0]!.values, name: '姜民', unit: '区财政局' } }]
    const { classifications } = await importRows(data, second.id, renamed)
    expect(classifications[0]).toMatchObject({ kind: 'knownPerson', nameDiffers: '姜敏' })
    const [entry] = (await loadClassRoster(data, second.id)).entries
    expect(entry!.person).toMatchObject({ name: '姜敏', unit: '区财政局' })
  })

  it('积极分子 file: 120 with the warning row, 119 without it (the shared 学号 on row 50)', async () => {
    const data = await fresh()
    const withWarnings = await newClass(data, 'A')
    const cleanOnly = await newClass(data, 'B')
    expect((await importRows(data, withWarnings.id, jiji())).summary.added).toBe(120)
    const { summary } = await importRows(data, cleanOnly.id, jiji(), {
      includeWarnings: false,
      alreadyInClass: 'skip',
    })
    expect(summary).toEqual({
      added: 119,
      linked: 119,
      updated: 0,
      skipped: [{ reason: 'warning', rows: [50] }],
    })
    const person = (await loadClassRoster(data, withWarnings.id)).entries.find(
      (e) => e.person.name === '龙立',
    )!.person
    expect(person).toMatchObject({ studentNo: '202261957', college: '文理学院', activistSince: '2023-10-15' })
  })

  it('never imports rows with errors, and lists them', async () => {
    const data = await fresh()
    const cls = await newClass(data)
    const rows = preview(readGeneratedFixture('problems.xlsx'), 'problems.xlsx')
    const { summary } = await importRows(data, cls.id, rows, {
      includeWarnings: false,
      alreadyInClass: 'skip',
    })
    expect(summary.added).toBe(2)
    expect(summary.skipped).toEqual([
      { reason: 'error', rows: [3, 4, 5, 9, 10, 13, 14] },
      { reason: 'warning', rows: [6, 7, 8] },
    ])
  })

  it('applies the user’s correction of a split 工作单位及职务', async () => {
    const data = await fresh()
    const cls = await newClass(data)
    const rows = preview(readGeneratedFixture('unit-and-post.xlsx'), 'unit-and-post.xlsx')
    const last = rows.at(-1)!
    await importRows(data, cls.id, rows, {
      ...ALL,
      unitPost: { [last.excelRow]: { unit: '区档案馆', post: '馆长' } },
    })
    const people = (await loadClassRoster(data, cls.id)).entries.map((e) => [e.person.unit, e.person.post])
    expect(people).toContainEqual(['区档案馆', '馆长'])
    expect(people).toContainEqual(['区委组织部', '副部长'])
  })

  it('no longer counts a corrected split as a warning: "only rows without problems" takes it', async () => {
    const data = await fresh()
    const cls = await newClass(data)
    const rows = preview(readGeneratedFixture('unit-and-post.xlsx'), 'unit-and-post.xlsx')
    const doubtful = rows.find((r) => r.problems.some((p) => p.code === 'unitPostUnsplit'))!
    expect(doubtful.status).toBe('warning')
    const cleanOnly = { includeWarnings: false, alreadyInClass: 'skip' } as const
    const before = await importRows(data, cls.id, rows, cleanOnly)
    expect(before.summary.skipped).toEqual([{ reason: 'warning', rows: [doubtful.excelRow] }])
    const after = await importRows(data, cls.id, rows, {
      ...cleanOnly,
      unitPost: { [doubtful.excelRow]: { unit: '区档案馆', post: '馆长' } },
    })
    expect(after.summary).toMatchObject({ added: 1, skipped: [{ reason: 'alreadyInClass' }] })
  })

  it('matches a names-only roster by name within the class on re-import', async () => {
    const data = await fresh()
    const cls = await newClass(data)
    const book = utils.book_new()
    utils.book_append_sheet(
      book,
      utils.aoa_to_sheet([
        ['姓名', '工作单位', '职务'],
        ['张三', '区财政局', '科员'],
        ['李四', '区教育局', '科员'],
      ]),
      'S',
    )
    const bytes = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
    await importRows(data, cls.id, preview(bytes, 'names.xlsx'))
    const { classifications } = await importRows(data, cls.id, preview(bytes, 'names.xlsx'))
    expect(classifications.map((c) => c.kind)).toEqual(['alreadyInClass', 'alreadyInClass'])
    expect((await loadClassRoster(data, cls.id)).entries).toHaveLength(2)
  })

  it('writes all or nothing: a failure while writing enrollments leaves no person behind', async () => {
    const data = await fresh()
    const cls = await newClass(data)
    const rows = zhongqing()
    const classifications = await classifyRosterRows(data, cls.id, rows)
    vi.spyOn(data.enrollments, 'putMany').mockRejectedValueOnce(new Error('disk full'))
    await expect(commitRosterImport(data, cls.id, rows, classifications, ALL)).rejects.toThrow('disk full')
    expect(await data.people.listLive()).toEqual([])
    expect(await data.enrollments.listLive()).toEqual([])
  })

  it('brings a person taken out of the class back from the recycle bin on re-import', async () => {
    const data = await fresh()
    const cls = await newClass(data)
    const rows = zhongqing().slice(0, 2)
    await importRows(data, cls.id, rows)
    const [entry] = (await loadClassRoster(data, cls.id)).entries
    await data.enrollments.softDelete(entry!.enrollment.id)
    expect((await loadClassRoster(data, cls.id)).entries).toHaveLength(1)
    const { classifications, summary } = await importRows(data, cls.id, rows)
    expect(classifications.map((c) => c.kind).sort()).toEqual(['alreadyInClass', 'knownPerson'])
    expect(summary).toMatchObject({ added: 1, linked: 1 })
    const back = await data.enrollments.get(entry!.enrollment.id)
    expect(back?.deleted).toBe(false)
  })
})
