import { describe, expect, it } from 'vitest'
import { shiftSessions } from '@shared/plan/planDates'
import { importPlanRows } from '@shared/plan/planImport'
import { newSessionDefaults } from '@shared/plan/session'
import {
  alreadyPlanned,
  canImport,
  canPickAnother,
  canRead,
  chosenSessions,
  errorOf,
  initialPlanImport,
  needsYear,
  planImportFlowReducer,
  previewOf,
  shownPreview,
  type LoadedPlan,
  type PlanFile,
  type PlanImportEvent,
  type PlanImportStage,
  type PlanImportState,
  type PlanPreview,
} from './planImportFlow'

const file = (name: string): PlanFile => ({ name, bytes: new Uint8Array([1, 2, 3]) })
const loaded = (fileName: string, rows: unknown[][], sheetName = '课表'): LoadedPlan => ({
  ok: true,
  fileName,
  sheets: [{ name: sheetName, rowCount: rows.length, hidden: false, headerFound: true }],
  sheetName,
  plan: importPlanRows(rows),
})

const schedule = file('课表.xlsx')
const other = file('另一个课表.xlsx')
// Three sessions on sheet rows 2, 3 and 4; the first is already in the plan.
const three = loaded('课表.xlsx', [
  ['日期', '时段', '课程内容', '学时'],
  ['2025-09-08', '上午', '开班式', 3],
  ['2025-09-08', '下午', '专题讲座', 3],
  ['2025-09-09', '上午', '现场教学', 3],
])
const existing = [{ ...newSessionDefaults('2025-09-08', 'morning'), topic: '开班式' }]
const yearless = loaded('无年份.xlsx', [
  ['日期', '时段', '课程内容', '学时'],
  ['9月8日', '上午', '开班式', 3],
])
// The same plan moved 25 weeks on, to a class starting Monday 2026-03-02.
const threeMoved: LoadedPlan = {
  ...three,
  plan: { ...three.plan, sessions: shiftSessions(three.plan.sessions, 175) },
}
const existingMoved = [{ ...newSessionDefaults('2026-03-02', 'morning'), topic: '开班式' }]
const noHeader = loaded('通讯录.xlsx', [
  ['姓名', '电话'],
  ['张三', '13800000000'],
])

const YEAR = '2025'
const at = (stage: PlanImportStage): PlanImportState => ({ stage, year: YEAR })
const shown = (f: PlanFile, l: LoadedPlan, unticked: number[] = []): PlanPreview => ({
  file: f,
  loaded: l,
  unticked: new Set(unticked),
})

const start = at({ step: 'start' })
const startError = at({ step: 'start', error: '文件“课表.xlsx”不是 Excel 或 CSV 表格' })
const firstRead = at({ step: 'reading', file: schedule, fraction: 0, previous: null })
const firstReadHalf = at({ step: 'reading', file: schedule, fraction: 0.5, previous: null })
const firstReadPickError = at({
  step: 'reading',
  file: schedule,
  fraction: 0.5,
  previous: null,
  error: '文件太大',
})
const preview = at({ step: 'preview', ...shown(schedule, three, [2]) })
const previewAll = at({ step: 'preview', ...shown(schedule, three) })
const previewNone = at({ step: 'preview', ...shown(schedule, three, [2, 3, 4]) })
const previewNoHeader = at({ step: 'preview', ...shown(file('通讯录.xlsx'), noHeader) })
const previewError = at({ step: 'preview', ...shown(schedule, three, [2]), error: '写入失败' })
const reread = at({ step: 'reading', file: schedule, fraction: 0, previous: shown(schedule, three, [2]) })
const rereadOther = at({ step: 'reading', file: other, fraction: 0, previous: shown(schedule, three, [2]) })
const importing = at({ step: 'importing', ...shown(schedule, three, [2]) })
const previewMoved = at({ step: 'preview', ...shown(schedule, threeMoved), shiftedBy: 175 })

const STATES: Record<string, PlanImportState> = {
  start,
  startError,
  firstRead,
  firstReadHalf,
  firstReadPickError,
  preview,
  previewAll,
  previewNone,
  previewNoHeader,
  previewError,
  reread,
  rereadOther,
  importing,
  previewMoved,
}

const EVENTS: PlanImportEvent[] = [
  { type: 'read', file: other },
  { type: 'readProgress', fraction: 0.7 },
  { type: 'readDone', result: three, existing },
  { type: 'readFailed', message: '读取已中断' },
  { type: 'pickFailed', message: '文件太大' },
  { type: 'toggle', row: 3 },
  { type: 'shift', days: 175, existing: [] },
  { type: 'yearChanged', year: '2026' },
  { type: 'import' },
  { type: 'importFailed', message: '写入失败' },
  { type: 'imported' },
]

type Step = PlanImportStage['step']
type EventType = PlanImportEvent['type']

/** The events each stage acts on besides the year (some only under a condition, see the table). */
const ACTS_ON: Record<Step, EventType[]> = {
  start: ['read', 'pickFailed'],
  reading: ['read', 'readProgress', 'readDone', 'readFailed', 'pickFailed', 'import'],
  preview: ['read', 'pickFailed', 'toggle', 'shift', 'import'],
  importing: ['toggle', 'importFailed', 'imported'],
}

type Row = [name: string, from: PlanImportState, event: PlanImportEvent, to: PlanImportState]

const TRANSITIONS: Row[] = [
  // Picking and reading a file.
  ['a picked file is read', start, { type: 'read', file: schedule }, firstRead],
  ['reading again clears the error', startError, { type: 'read', file: schedule }, firstRead],
  ['the worker reports progress', firstRead, { type: 'readProgress', fraction: 0.5 }, firstReadHalf],
  [
    'the plan found: sessions already planned start unticked',
    firstReadHalf,
    { type: 'readDone', result: three, existing },
    preview,
  ],
  [
    'with nothing planned yet, all start ticked',
    firstRead,
    { type: 'readDone', result: three, existing: [] },
    previewAll,
  ],
  [
    'a workbook without the plan’s columns is still previewed (with why)',
    firstRead,
    { type: 'readDone', result: noHeader, existing },
    at({ step: 'preview', ...shown(schedule, noHeader) }),
  ],
  [
    'not a workbook: back to the start, with why',
    firstRead,
    { type: 'readDone', result: { ok: false, message: '文件“课表.xlsx”不是 Excel 或 CSV 表格' }, existing },
    startError,
  ],
  [
    'the reader failed on a first read: back to the start, with why',
    firstRead,
    { type: 'readFailed', message: '读取已中断' },
    at({ step: 'start', error: '读取已中断' }),
  ],
  [
    'no file could be opened',
    start,
    { type: 'pickFailed', message: '文件太大' },
    at({ step: 'start', error: '文件太大' }),
  ],
  [
    'an error while reading stays shown',
    firstReadHalf,
    { type: 'pickFailed', message: '文件太大' },
    firstReadPickError,
  ],
  [
    '… and after the read',
    firstReadPickError,
    { type: 'readDone', result: three, existing },
    at({ step: 'preview', ...shown(schedule, three, [2]), error: '文件太大' }),
  ],
  [
    '… unless the file is refused',
    firstReadPickError,
    { type: 'readDone', result: { ok: false, message: '不是表格' }, existing },
    at({ step: 'start', error: '不是表格' }),
  ],

  // From the preview: another sheet, 重新识别, another file.
  [
    'another sheet or 重新识别 reads again, the preview kept for the buttons',
    preview,
    { type: 'read', file: schedule },
    reread,
  ],
  ['换一个文件', previewError, { type: 'read', file: other }, rereadOther],
  ['another file picked while reading replaces the read', reread, { type: 'read', file: other }, rereadOther],
  ['the re-read done: its own ticks', reread, { type: 'readDone', result: three, existing: [] }, previewAll],
  [
    'the re-read refused: the preview goes',
    rereadOther,
    { type: 'readDone', result: { ok: false, message: '不是表格' }, existing },
    at({ step: 'start', error: '不是表格' }),
  ],
  [
    'the reader failed on a re-read: the preview before it stays, with why',
    rereadOther,
    { type: 'readFailed', message: '读取已中断' },
    at({ ...preview.stage, error: '读取已中断' } as PlanImportStage),
  ],
  [
    'opening another file failed',
    preview,
    { type: 'pickFailed', message: '文件太大' },
    at({ ...preview.stage, error: '文件太大' } as PlanImportStage),
  ],
  [
    'opening another file failed while reading',
    reread,
    { type: 'pickFailed', message: '文件太大' },
    at({ ...reread.stage, error: '文件太大' } as PlanImportStage),
  ],

  // Ticks.
  ['unticking a row', previewAll, { type: 'toggle', row: 2 }, preview],
  ['ticking it again', preview, { type: 'toggle', row: 2 }, previewAll],
  [
    'ticking a row of a sheet without it changes nothing shown',
    previewNoHeader,
    { type: 'toggle', row: 9 },
    at({ step: 'preview', ...shown(file('通讯录.xlsx'), noHeader, [9]) }),
  ],
  [
    'the boxes stay live while importing',
    importing,
    { type: 'toggle', row: 3 },
    at({ step: 'importing', ...shown(schedule, three, [2, 3]) }),
  ],

  // 整体移到开班日期: the sessions move, weekdays kept; the ticks start again.
  ['the plan moved to the class start', previewAll, { type: 'shift', days: 175, existing: [] }, previewMoved],
  [
    'moved onto a session already planned: that one starts unticked',
    preview,
    { type: 'shift', days: 175, existing: existingMoved },
    at({ step: 'preview', ...shown(schedule, threeMoved, [2]), shiftedBy: 175 }),
  ],
  [
    'moved back (撤销): as read, without a shift',
    previewMoved,
    { type: 'shift', days: -175, existing },
    preview,
  ],
  ['moved by nothing: as it was', preview, { type: 'shift', days: 0, existing: [] }, preview],
  [
    'an error shown stays',
    previewError,
    { type: 'shift', days: 175, existing: [] },
    at({ step: 'preview', ...shown(schedule, threeMoved), shiftedBy: 175, error: '写入失败' }),
  ],

  // 导入所选.
  ['导入所选', preview, { type: 'import' }, importing],
  ['导入所选 after a failure clears it', previewError, { type: 'import' }, importing],
  ['导入所选 during a re-read imports what its button says', rereadOther, { type: 'import' }, importing],
  ['nothing ticked: nothing to import', previewNone, { type: 'import' }, previewNone],
  ['no sessions found: nothing to import', previewNoHeader, { type: 'import' }, previewNoHeader],
  ['nothing read yet: nothing to import', firstRead, { type: 'import' }, firstRead],
  [
    'the write failed: the preview, with why',
    importing,
    { type: 'importFailed', message: '写入失败' },
    previewError,
  ],
  ['written', importing, { type: 'imported' }, preview],
]

describe('planImportFlowReducer', () => {
  it.each(TRANSITIONS)('%s', (_name, from, event, to) => {
    expect(planImportFlowReducer(from, event)).toEqual(to)
  })

  it.each(Object.entries(STATES))('%s keeps its stage as the year is typed', (_name, state) => {
    expect(planImportFlowReducer(state, { type: 'yearChanged', year: '2026' })).toEqual({
      ...state,
      year: '2026',
    })
  })

  it('leaves the state as it is for every event a stage does not act on', () => {
    let checked = 0
    for (const [name, state] of Object.entries(STATES)) {
      for (const event of EVENTS) {
        if (event.type === 'yearChanged' || ACTS_ON[state.stage.step].includes(event.type)) continue
        expect(planImportFlowReducer(state, event), `${name} + ${event.type}`).toBe(state)
        checked++
      }
    }
    expect(checked).toBe(73)
  })

  it('has a row in the table for every event every stage acts on', () => {
    const covered = new Set(TRANSITIONS.map(([, from, event]) => `${from.stage.step} ${event.type}`))
    const missing = Object.entries(ACTS_ON).flatMap(([step, types]) =>
      types.filter((t) => !covered.has(`${step} ${t}`)).map((t) => `${step} ${t}`),
    )
    expect(missing).toEqual([])
  })

  it('starts at the start, with this year for dates without one', () => {
    expect(initialPlanImport(2025)).toEqual({ stage: { step: 'start' }, year: '2025' })
  })
})

describe('the plan import from end to end', () => {
  const run = (events: PlanImportEvent[], from = initialPlanImport(2025)) =>
    events.reduce(planImportFlowReducer, from)

  it('a bad file, then a good one, a row unticked, a failed write, then the import', () => {
    const refused = run([
      { type: 'read', file: file('照片.xlsx') },
      { type: 'readDone', result: { ok: false, message: '不是 Excel 或 CSV 表格' }, existing },
    ])
    expect(refused.stage).toEqual({ step: 'start', error: '不是 Excel 或 CSV 表格' })
    const ready = run(
      [
        { type: 'read', file: schedule },
        { type: 'readProgress', fraction: 1 },
        { type: 'readDone', result: three, existing },
        { type: 'toggle', row: 4 },
      ],
      refused,
    )
    expect(chosenSessions(previewOf(ready.stage)).map((s) => s.topic)).toEqual(['专题讲座'])
    const failed = run([{ type: 'import' }, { type: 'importFailed', message: '写入失败' }], ready)
    expect(failed.stage).toMatchObject({ step: 'preview', error: '写入失败' })
    expect(chosenSessions(previewOf(failed.stage))).toHaveLength(1)
    expect(run([{ type: 'import' }, { type: 'imported' }], failed).stage).toEqual(ready.stage)
  })

  it('a plan from last autumn, moved to this spring’s class, imports on the new dates', () => {
    const moved = run([
      { type: 'read', file: schedule },
      { type: 'readDone', result: three, existing: [] },
      { type: 'shift', days: 175, existing: [] },
      { type: 'import' },
    ])
    expect(chosenSessions(previewOf(moved.stage)).map((s) => s.date)).toEqual([
      '2026-03-02',
      '2026-03-02',
      '2026-03-03',
    ])
  })
})

describe('what the dialog shows', () => {
  type Shown = {
    body: 'start' | 'reading' | 'preview'
    error: string | undefined
    buttons: boolean
    chosen: number
    pickAnother: boolean
    import: boolean
    read: boolean
  }
  const view = (stage: PlanImportStage): Shown => ({
    body: shownPreview(stage) ? 'preview' : stage.step === 'reading' ? 'reading' : 'start',
    error: errorOf(stage),
    buttons: previewOf(stage) !== null,
    chosen: chosenSessions(previewOf(stage)).length,
    pickAnother: canPickAnother(stage),
    import: canImport(stage),
    read: canRead(stage),
  })
  const none = { error: undefined, buttons: false, chosen: 0, pickAnother: false, import: false, read: true }
  const ROWS: [string, PlanImportState, Shown][] = [
    ['start', start, { ...none, body: 'start' }],
    [
      'start with an error',
      startError,
      { ...none, body: 'start', error: '文件“课表.xlsx”不是 Excel 或 CSV 表格' },
    ],
    ['first read', firstRead, { ...none, body: 'reading' }],
    [
      'preview',
      preview,
      { ...none, body: 'preview', buttons: true, chosen: 2, pickAnother: true, import: true },
    ],
    ['preview, nothing ticked', previewNone, { ...none, body: 'preview', buttons: true, pickAnother: true }],
    [
      'preview without a header',
      previewNoHeader,
      { ...none, body: 'preview', buttons: true, pickAnother: true },
    ],
    [
      'preview after a failure',
      previewError,
      {
        ...none,
        body: 'preview',
        error: '写入失败',
        buttons: true,
        chosen: 2,
        pickAnother: true,
        import: true,
      },
    ],
    [
      're-read',
      reread,
      { ...none, body: 'reading', buttons: true, chosen: 2, pickAnother: true, import: true },
    ],
    [
      'importing',
      importing,
      {
        body: 'preview',
        error: undefined,
        buttons: true,
        chosen: 2,
        pickAnother: false,
        import: false,
        read: false,
      },
    ],
  ]
  it.each(ROWS)('%s', (_name, state, expected) => {
    expect(view(state.stage)).toEqual(expected)
  })

  it('asks for a year only when dates have none', () => {
    expect(needsYear(yearless)).toBe(true)
    expect(needsYear(three)).toBe(false)
  })

  it('starts sessions already in the plan unticked', () => {
    expect([...alreadyPlanned(three, existing)]).toEqual([2])
    expect([...alreadyPlanned(three, [])]).toEqual([])
  })
})
