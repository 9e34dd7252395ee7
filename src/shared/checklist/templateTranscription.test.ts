import { describe, expect, it } from 'vitest'
import { readSeed } from '../../../test/helpers/readFixture'
import { KEY_CLASS_TEMPLATE } from './keyClassTemplate'
import { ORDINARY_CLASS_TEMPLATE } from './ordinaryClassTemplate'
import {
  CHECKLIST_PHASES,
  DEPARTMENTS,
  type ChecklistTemplate,
  type Department,
  type ResponsibleDepartment,
} from './types'

/**
 * Seed 000 附1 is a Word table flattened to text. Every cell starts on a line that begins with a
 * tab; a line without a tab continues the cell above it (a cell of several lines: 具体工作 lines,
 * "班级交流 / 学员论坛", "★教务科 / 学员工作科 / ☆班主任"); blank lines carry nothing. Each part starts
 * with a heading cell followed by the header cells 事项 · 具体工作 · 责任人 · 完成, then rows of four
 * cells; an empty 事项 cell continues the merged cell above, an empty 完成 cell is the tick box.
 */

// This test reads the seed itself (the copy in test/fixtures/seeds): the point is to compare the
// typed data with the source text.
const seedText = readSeed('000_2fb966d90a3b6fa5.txt')
const seedLines = seedText.split(/\r?\n/)

const KEY_TITLE = '班主任班务工作事项表（含处级班、中青班、青干班）'
const ORDINARY_TITLE = '班主任班务工作事项表（一般班级）'
const HEADER = ['事项', '具体工作', '责任人', '完成']

interface SeedRow {
  phase: string
  /** Empty when the row continues the merged 事项 cell above. */
  matter: string
  tasks: string[]
  responsible: string
  done: string
}

function sectionLines(fromTitle: string, toLine: string): string[] {
  const from = seedLines.findIndex((l) => l.trim() === fromTitle)
  const to = seedLines.findIndex((l, i) => i > from && l.trim() === toLine)
  if (from < 0 || to < 0) throw new Error(`seed section ${fromTitle} … ${toLine} not found`)
  return seedLines.slice(from + 1, to)
}

function cellsOf(lines: string[]): string[] {
  const cells: string[] = []
  for (const line of lines) {
    if (line.startsWith('\t')) cells.push(line.slice(1).trim())
    else if (line.trim() !== '') {
      if (cells.length === 0) throw new Error(`text before the first cell: ${line}`)
      const last = cells.length - 1
      cells[last] = `${cells[last]}\n${line.trim()}`
    }
  }
  return cells
}

function rowsOf(cells: string[]): SeedRow[] {
  const rows: SeedRow[] = []
  let phase = ''
  let i = 0
  while (i < cells.length) {
    if (HEADER.every((h, k) => cells[i + 1 + k] === h)) {
      phase = cells[i] ?? ''
      i += 1 + HEADER.length
      continue
    }
    const [matter, tasks, responsible, done] = cells.slice(i, i + 4)
    if (done === undefined || matter === undefined || tasks === undefined || responsible === undefined)
      throw new Error(`incomplete row at cell ${i}: ${cells.slice(i).join(' | ')}`)
    rows.push({ phase, matter, tasks: tasks.split('\n'), responsible, done })
    i += 4
  }
  return rows
}

/** A mark (★ lead, ☆ assist) governs the names after it up to the next mark; before any mark, `listed`. */
function departmentsOf(cell: string): ResponsibleDepartment[] {
  const out: ResponsibleDepartment[] = []
  let role: ResponsibleDepartment['role'] = 'listed'
  for (const token of cell.split(/([★☆])|[，、,\s]+/)) {
    if (token === undefined || token === '') continue
    if (token === '★') role = 'lead'
    else if (token === '☆') role = 'assist'
    else out.push({ department: token as Department, role })
  }
  return out
}

const TABLES: [string, ChecklistTemplate, SeedRow[]][] = [
  ['000 附1 重点班级', KEY_CLASS_TEMPLATE, rowsOf(cellsOf(sectionLines(KEY_TITLE, ORDINARY_TITLE)))],
  ['000 附1 一般班级', ORDINARY_CLASS_TEMPLATE, rowsOf(cellsOf(sectionLines(ORDINARY_TITLE, '附2')))],
]

describe.each(TABLES)('%s transcribed word for word', (_clause, template, seedRows) => {
  it('carries the table title as its name', () => {
    expect(seedLines.map((l) => l.trim())).toContain(template.name)
  })

  it('has as many rows as the seed, each in the seed part of the same name', () => {
    expect(template.items.map((it) => phaseLabel(it.phase))).toEqual(seedRows.map((r) => r.phase))
  })

  it('keeps every 事项 in order; rows of a merged cell repeat the 事项 they continue', () => {
    let current = ''
    const expected = seedRows.map((r) => (current = r.matter === '' ? current : r.matter))
    expect(template.items.map((it) => it.matter)).toEqual(expected)
    // A merged cell never spans two parts of the table.
    seedRows.forEach((r, i) => {
      if (r.matter === '') expect(r.phase).toBe(seedRows[i - 1]?.phase)
    })
  })

  it('keeps every 具体工作 line, in order', () => {
    expect(template.items.map((it) => it.tasks)).toEqual(seedRows.map((r) => r.tasks))
  })

  it('keeps the 责任人 cell: every office with its ★/☆ mark, in order', () => {
    expect(template.items.map((it) => it.departments)).toEqual(
      seedRows.map((r) => departmentsOf(r.responsible)),
    )
    for (const r of seedRows) {
      for (const d of departmentsOf(r.responsible)) expect(DEPARTMENTS).toContain(d.department)
    }
  })

  it('leaves the 完成 column for ticking: the seed has it empty on every row', () => {
    expect(seedRows.every((r) => r.done === '')).toBe(true)
  })

  it('gives every row a unique stable code of the form <tier>.<phase>.<nn>, numbered in order', () => {
    const codes = template.items.map((it) => it.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const phase of CHECKLIST_PHASES) {
      const inPhase = template.items.filter((it) => it.phase === phase.code)
      expect(inPhase.map((it) => it.code)).toEqual(
        inPhase.map((_, i) => `${template.tier}.${phase.code}.${String(i + 1).padStart(2, '0')}`),
      )
    }
  })

  it('starts as version 1 with no retired item', () => {
    expect(template.version).toBe(1)
    expect(template.items.some((it) => it.retired)).toBe(false)
  })
})

function phaseLabel(code: string): string {
  return CHECKLIST_PHASES.find((p) => p.code === code)?.label ?? code
}

describe('row counts per part, as counted in the seed', () => {
  // 000 附1: counted by hand from the tables, as a cross-check of the reading above.
  const table: [string, ChecklistTemplate, number[]][] = [
    ['000 附1 重点班级', KEY_CLASS_TEMPLATE, [4, 19, 4, 2]],
    ['000 附1 一般班级 (no 其他注意事项 part)', ORDINARY_CLASS_TEMPLATE, [4, 10, 2, 0]],
  ]
  it.each(table)('%s', (_clause, template, counts) => {
    expect(CHECKLIST_PHASES.map((p) => template.items.filter((it) => it.phase === p.code).length)).toEqual(
      counts,
    )
  })

  it('reads the merged cells and unmarked names the way the table shows them', () => {
    // 000 附1 重点班级, 开班准备工作 second row: "★教务科 / 学员工作科 / ☆班主任".
    expect(KEY_CLASS_TEMPLATE.items[1]?.departments).toEqual([
      { department: '教务科', role: 'lead' },
      { department: '学员工作科', role: 'lead' },
      { department: '班主任', role: 'assist' },
    ])
    // 000 附1 重点班级, 学员评优: "学员工作科 / ★班主任" — 学员工作科 carries no mark.
    expect(KEY_CLASS_TEMPLATE.items.find((it) => it.code === 'key.during.16')?.departments).toEqual([
      { department: '学员工作科', role: 'listed' },
      { department: '班主任', role: 'lead' },
    ])
    // 000 附1 both tables: the 事项 cell "班级交流 / 学员论坛" is one cell of two lines.
    expect(KEY_CLASS_TEMPLATE.items.find((it) => it.code === 'key.during.12')?.matter).toBe(
      '班级交流\n学员论坛',
    )
  })
})
