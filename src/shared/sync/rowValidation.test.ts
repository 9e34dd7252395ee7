import { describe, expect, it } from 'vitest'
import { formatHlc, MAX_FORWARD_DRIFT_MS, type HlcString } from './hlc'
import type { SyncedRow } from './merge'
import { fileProblem, type FileProblemCode } from './rowValidation'
import { buildSnapshot, type Snapshot } from './snapshot'
import { SYNCED_ROW_SCHEMAS } from './tableSchemas'
import { replicaId, stamp, tableRow, VALID_FIELDS } from '../../../test/helpers/syncTestRows'

const NOW = 1_750_000_000_000
const DAY = 24 * 60 * 60 * 1000
const A1 = stamp(NOW - 3 * DAY, 'A')
const B1 = stamp(NOW - DAY, 'B')
const LABELS = { classes: '班次', people: '学员' }

const klass = () => tableRow('classes', 'c1', { name: ['2025年春季中青班', A1], note: ['', B1] })
const person = () => tableRow('people', 'p1', { name: ['张三', A1] })

function file(rows: { classes?: SyncedRow[]; people?: SyncedRow[] }, highWater: HlcString = B1): Snapshot {
  return buildSnapshot(
    {
      schemaVersion: 1,
      appVersion: '0.1.0',
      school: '某市委党校',
      replicaId: replicaId('B'),
      replicaName: '分校',
      clockStamp: highWater,
      scope: 'all',
    },
    { classes: rows.classes ?? [klass()], people: rows.people ?? [person()] },
  )
}

const check = (s: Snapshot) => fileProblem(s, { now: NOW, tableLabels: LABELS })

/** The first class with `edit` applied. */
function withClass(edit: (r: Record<string, unknown>) => void): Snapshot {
  const r = klass() as Record<string, unknown>
  edit(r)
  return file({ classes: [r as SyncedRow] })
}

describe('fileProblem', () => {
  it('accepts a sound file, and a row with an extra field a newer minor version added', () => {
    expect(check(file({}))).toBeNull()
    expect(check(withClass((r) => (r.futureField = 1)))).toBeNull()
  })

  const ahead = formatHlc({ wall: NOW + MAX_FORWARD_DRIFT_MS + 1, counter: 0, replica: replicaId('B') })
  const justInside = formatHlc({ wall: NOW + MAX_FORWARD_DRIFT_MS, counter: 0, replica: replicaId('B') })

  it.each<[string, () => Snapshot, FileProblemCode | null, string[]]>([
    ['high-water mark one day ahead exactly', () => file({}, justInside), null, []],
    ['high-water mark beyond a day ahead', () => file({}, ahead), 'clockAhead', ['分校', '改正日期']],
    ['malformed high-water mark', () => file({}, '~'), 'badStamp', ['文件头']],
    [
      'row stamp beyond a day ahead',
      () => withClass((r) => ((r._hlc as Record<string, string>).note = ahead)),
      'clockAhead',
      ['分校'],
    ],
    [
      'base stamp beyond a day ahead',
      () => withClass((r) => (r._base = { note: ahead })),
      'clockAhead',
      ['分校'],
    ],
    [
      '"~" stamp',
      () => withClass((r) => ((r._hlc as Record<string, string>).name = '~')),
      'badStamp',
      ['「班次」', '2025年春季中青班', '_hlc.name'],
    ],
    ['16-digit wall', () => withClass((r) => (r._updated = `0${B1}`)), 'badStamp', ['_updated']],
    [
      'short counter',
      () => withClass((r) => (r._updated = B1.replace('-000000-', '-00000-'))),
      'badStamp',
      ['_updated'],
    ],
    [
      'bad base stamp',
      () => withClass((r) => (r._base = { note: `${A1}  ${B1}` })),
      'badStamp',
      ['_base.note'],
    ],
    [
      '_updated not the highest stamp',
      () => withClass((r) => (r._updated = A1)),
      'badRow',
      ['_updated', '最新'],
    ],
    [
      'stamp above high-water',
      () => {
        const s = file({})
        s.header.hlcHighWater = A1
        return s
      },
      'stampAboveHighWater',
      ['_hlc.note', '晚于'],
    ],
    ['deleted "yes"', () => withClass((r) => (r.deleted = 'yes')), 'badRow', ['deleted']],
    ['empty id', () => withClass((r) => (r.id = '')), 'badRow', ['「id」']],
    ['no _hlc', () => withClass((r) => delete r._hlc), 'badRow', ['_hlc']],
    [
      'startDate an object',
      () => withClass((r) => (r.startDate = { y: 2025 })),
      'badRow',
      ['startDate', '应为文本，实际为对象'],
    ],
    ['a missing field', () => withClass((r) => delete r.status), 'badRow', ['status', '缺少此项']],
    ['an unknown code', () => withClass((r) => (r.type = 'nope')), 'badRow', ['type', '不是可用的取值']],
  ])('%s', (_label, make, code, parts) => {
    const p = check(make())
    expect(p?.code ?? null).toBe(code)
    for (const part of parts) expect(p!.message).toContain(part)
    if (p) expect(p.message).toContain('未导入任何内容')
  })

  it('names a person by name and a nameless record by its id', () => {
    const p = check(file({ people: [{ ...person(), gender: 'x' }] }))
    expect(p!.message).toContain('「学员」中「张三」（编号 p1）')
    const nameless = { ...person(), name: '' }
    delete (nameless as Record<string, unknown>).phone
    expect(check(file({ people: [nameless] }))!.message).toContain('编号为 p1 的记录')
  })

  it('has a schema for every table the test rows cover, accepting their values', () => {
    for (const [table, values] of Object.entries(VALID_FIELDS))
      expect(SYNCED_ROW_SCHEMAS[table]!.safeParse(values).success).toBe(true)
  })
})
