import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { utils, write } from 'xlsx'
import { attendanceMarkId } from '../../src/shared/attendance/mark'
import { idCheckCharacter } from '../../src/shared/roster/idCard'
import { buildSearchKey } from '../../src/shared/roster/pinyinSearch'
import type { SyncedRow } from '../../src/shared/sync/merge'
import { enrollmentIdFor } from '../../src/renderer/db/roster/rosterBuilders'
import { rowCount, tenYearSchool, type SchoolTables } from '../tenYearSchool'
import {
  BIG_CLASS,
  bigClassSessionId,
  CACHE_VERSION,
  IMPORT_CLASS,
  ROSTER_ROWS,
  type CacheManifest,
} from './cacheManifest'

/**
 * The browser benchmark's data, generated once and kept under bench/.cache/ (gitignored): the
 * ten-year school (bench/tenYearSchool.ts, records as the repositories write them) plus two
 * classes the measurements need and the school lacks — a 5,000-person class for the roster and
 * the roll call, and an empty class to import a 5,000-row roster into — written as JSON chunks
 * the page fetches and stores. Beside them: the people's search text for the raw search, and
 * the roster file. Runs in Node through Vite's module runner (run-browser-bench.mjs).
 */

const CHUNK_ROWS = 10_000
const BIG_CLASS_MARKED_SESSIONS = 2
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const given = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂'

/** A copy of a generated record under a new id, fields changed: stamps and bases as they were. */
function cloneAs(row: SyncedRow, id: string, fields: Record<string, unknown>): SyncedRow {
  return { ...row, ...fields, id }
}

const benchId = (prefix: string, n: number) => `${prefix}${String(n).padStart(26 - prefix.length, '0')}`

/** The 5,000-person class (people the school already knows) and the empty import target. */
function addBenchClasses(t: SchoolTables): void {
  const model = t.classes[t.classes.length - 1]!
  const modelClassId = model.id
  const bigId = BIG_CLASS.id
  t.classes.push(
    cloneAs(model, bigId, { name: BIG_CLASS.name, status: 'running' }),
    cloneAs(model, IMPORT_CLASS.id, { name: IMPORT_CLASS.name, status: 'running' }),
  )
  const groups = t.groups
    .filter((g) => g.classId === modelClassId)
    .map((g, i) => cloneAs(g, benchId('01BENCHGRP', i), { classId: bigId }))
  t.groups.push(...groups)
  const sessions = t.sessions
    .filter((s) => s.classId === modelClassId)
    .map((s, i) => cloneAs(s, bigClassSessionId(i), { classId: bigId }))
  t.sessions.push(...sessions)
  const enrollmentModel = t.enrollments.find((e) => e.classId === modelClassId)!
  for (let s = 0; s < BIG_CLASS.size; s++) {
    const personId = t.people[s]!.id
    const id = enrollmentIdFor(bigId, personId)
    t.enrollments.push(
      cloneAs(enrollmentModel, id, {
        classId: bigId,
        personId,
        seat: s + 1,
        groupId: groups[s % 4]!.id,
        partyGroupId: groups[4 + (s % 2)]!.id,
        dormRoom: `${1000 + s}`,
      }),
    )
    const markModel = t.attendance[0]!
    // The last sessions: the roll call opens on the latest one that has begun.
    for (let k = 1; k <= BIG_CLASS_MARKED_SESSIONS; k++) {
      const sessionId = sessions[sessions.length - k]!.id
      t.attendance.push(
        cloneAs(markModel, attendanceMarkId(sessionId, id), {
          sessionId,
          enrollmentId: id,
          classId: bigId,
          status: s % 17 === 0 ? 'absent' : 'present',
          minutes: null,
        }),
      )
    }
  }
}

/** JSON for IndexedDB: byte arrays (scanned sheets) as base64, turned back in the page. */
function encodeRow(row: SyncedRow): unknown {
  if (!Object.values(row).some((v) => v instanceof Uint8Array)) return row
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(row))
    out[k] = v instanceof Uint8Array ? { $bytes: Buffer.from(v).toString('base64') } : v
  return out
}

/** 5,000 rows: every other one a person the school knows, the rest new people (valid IDs). */
function rosterFile(t: SchoolTables): Buffer {
  const rows: (string | number)[][] = [
    ['2026年春季干部进修班学员名单'],
    ['序号', '姓名', '性别', '民族', '出生年月', '政治面貌', '工作单位', '职务', '身份证号码', '手机号码'],
  ]
  for (let i = 0; i < ROSTER_ROWS; i++) {
    const known = i % 2 === 0 ? t.people[BIG_CLASS.size + i] : undefined
    const first17 = `310117${1996 + (i % 8)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}${String(500 + Math.floor(i / 336)).padStart(3, '0')}`
    const id = known ? String(known.idNumber) : first17 + idCheckCharacter(first17)
    const name = known
      ? String(known.name)
      : surnames[i % surnames.length]! + given[(i * 7) % given.length]! + given[(i * 3) % given.length]!
    rows.push([
      i + 1,
      name,
      Number(id[16]) % 2 === 1 ? '男' : '女',
      '汉族',
      `${id.slice(6, 10)}.${id.slice(10, 12)}`,
      '中共党员',
      known ? String(known.unit) : '区财政局',
      '科员',
      id,
      `137${String(10_000_000 + i).slice(-8)}`,
    ])
  }
  const book = utils.book_new()
  const ws = utils.aoa_to_sheet(rows)
  ws['!merges'] = [utils.decode_range('A1:J1')]
  utils.book_append_sheet(book, ws, '名单')
  return Buffer.from(write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer)
}

/** The people's search text, one lower-case line each: what the raw search filters. */
function searchTexts(t: SchoolTables): string[] {
  return t.people.map((p) => {
    const key = buildSearchKey(p as unknown as Parameters<typeof buildSearchKey>[0])
    return [
      key.nameLower,
      key.initials,
      key.readings.map((r) => r[0]).join(''),
      key.idNumber.toLowerCase(),
      key.unit,
      key.phone,
    ].join('\u0001')
  })
}

/** Writes the cache into `dir` unless a complete one of this version is there. */
export function ensureSchoolCache(dir: string): CacheManifest {
  const manifestPath = join(dir, 'manifest.json')
  if (existsSync(manifestPath)) {
    const found = JSON.parse(readFileSync(manifestPath, 'utf8')) as CacheManifest
    if (found.version === CACHE_VERSION) return found
  }
  const started = performance.now()
  const tmp = `${dir}.partial`
  rmSync(tmp, { recursive: true, force: true })
  mkdirSync(tmp, { recursive: true })
  const t = tenYearSchool()
  addBenchClasses(t)
  const chunks: CacheManifest['chunks'] = []
  for (const [table, rows] of Object.entries(t))
    for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
      const file = `rows-${String(chunks.length).padStart(3, '0')}.json`
      const slice = rows.slice(i, i + CHUNK_ROWS)
      writeFileSync(join(tmp, file), JSON.stringify({ table, rows: slice.map(encodeRow) }))
      chunks.push({ file, table, rows: slice.length })
    }
  writeFileSync(join(tmp, 'search.json'), JSON.stringify(searchTexts(t)))
  writeFileSync(join(tmp, 'roster-5000.xlsx'), rosterFile(t))
  const manifest: CacheManifest = {
    version: CACHE_VERSION,
    rows: rowCount(t),
    people: t.people.length,
    classes: t.classes.length,
    attendance: t.attendance.length,
    chunks,
    generatedMs: Math.round(performance.now() - started),
  }
  writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 1))
  rmSync(dir, { recursive: true, force: true })
  renameSync(tmp, dir)
  return manifest
}
