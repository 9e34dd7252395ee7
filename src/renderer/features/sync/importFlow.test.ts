import { describe, expect, it } from 'vitest'
import type { ImportRefusal } from '@shared/sync/importPlan'
import type { Snapshot } from '@shared/sync/snapshot'
import type { SnapshotFileHeader } from '@shared/sync/snapshotFile'
import type { ImportOutcome, LocalImportPlan } from '../../db/sync/syncRepository'
import {
  asksPassphrase,
  asksUnencryptedConfirmation,
  canApply,
  canCheck,
  canChoose,
  chosenFile,
  dryRunOf,
  errorOf,
  IMPORT_LABELS,
  importFlowReducer,
  INITIAL_IMPORT_FLOW,
  isBusy,
  offersApply,
  progressOf,
  type ChosenSnapshot,
  type ImportEvent,
  type ImportFlowState,
  type ImportStage,
} from './importFlow'

// The flow only looks at a header's encryption and a plan's refusals and canApply.
const header = (encrypted: boolean) =>
  ({
    replicaName: '本部教务科',
    encryption: encrypted ? { kdf: { iterations: 600_000, salt: 's' }, ivPrefix: 'i', keyCheck: 'k' } : null,
  }) as unknown as SnapshotFileHeader
const file = (name: string, extra: Partial<ChosenSnapshot> = {}): ChosenSnapshot => ({
  name,
  bytes: new Uint8Array([1, 2, 3]),
  header: header(true),
  damage: null,
  refusals: [],
  ...extra,
})
const refusal = (code: ImportRefusal['code'], overridable: boolean): ImportRefusal => ({
  code,
  message: `${code} 的说明`,
  overridable,
  confirmed: false,
})
const plan = (name: string, canApply: boolean, refusals: ImportRefusal[] = []) =>
  ({ name, canApply, refusals }) as unknown as LocalImportPlan

const encrypted = file('a1.banwu')
const plain = file('selected.banwu', { header: header(false) })
const otherSchool = file('other.banwu', { refusals: [refusal('otherSchool', false)] })
const cutShort = file('拔早了.banwu', { damage: '快照文件不完整' })
/** Unencrypted while the school accepts encrypted files only (只接受加密快照, the default). */
const plainRefused = file('plain.banwu', { header: header(false), refusals: [refusal('unencrypted', false)] })
const snapshot = { header: {}, tables: {} } as unknown as Snapshot
const good = plan('good', true)
const massDelete = plan('massDelete', false, [refusal('massDelete', true)])
const massDeleteConfirmed = plan('massDelete confirmed', true, [
  { ...refusal('massDelete', true), confirmed: true },
])
const newerVersion = plan('newerVersion', false, [refusal('newerVersion', false)])
const outcome: ImportOutcome = { importId: 7, written: { classes: 2 }, conflicts: 1 }

const BACKUP_FAILED = '导入前的自动备份失败，未导入任何内容：磁盘已满'

const FORM = { passphrase: '松江同步2025', remember: true }
const at = (stage: ImportStage): ImportFlowState => ({ ...FORM, stage })

const idle = at({ step: 'idle' })
const idleError = at({ step: 'idle', error: '这不是班务通快照文件' })
const refused = at({ step: 'refused', file: otherSchool })
const damaged = at({ step: 'refused', file: cutShort })
const asking = at({ step: 'asking', file: encrypted })
const askingPlain = at({ step: 'asking', file: plain })
const warnPlain = at({ step: 'unencrypted', file: plain })
const refusedPlain = at({ step: 'refused', file: plainRefused })
const wrongPassphrase = at({ step: 'asking', file: encrypted, error: '密码不正确' })
const decoding = at({
  step: 'decoding',
  file: encrypted,
  progress: { label: IMPORT_LABELS.decrypting, fraction: 0.5 },
})
const decodingPlain = at({
  step: 'decoding',
  file: plain,
  progress: { label: IMPORT_LABELS.checking, fraction: 0 },
})
const dryRun = at({ step: 'dryRun', file: encrypted, snapshot, plan: good, confirmed: {} })
const dryRunBlocked = at({ step: 'dryRun', file: encrypted, snapshot, plan: massDelete, confirmed: {} })
const dryRunTicked = at({
  step: 'dryRun',
  file: encrypted,
  snapshot,
  plan: massDelete,
  confirmed: { massDelete: true },
})
const dryRunHard = at({ step: 'dryRun', file: encrypted, snapshot, plan: newerVersion, confirmed: {} })
const dryRunFailed = at({
  step: 'dryRun',
  file: encrypted,
  snapshot,
  plan: good,
  confirmed: {},
  error: BACKUP_FAILED,
})
const applying = at({
  step: 'applying',
  file: encrypted,
  snapshot,
  plan: good,
  confirmed: {},
  progress: { label: IMPORT_LABELS.backup, fraction: 0 },
})
const done = at({ step: 'done', file: encrypted, plan: good, outcome })

/** One of each stage (and the variants the transitions below start from). */
const STATES: Record<string, ImportFlowState> = {
  idle,
  idleError,
  refused,
  damaged,
  asking,
  askingPlain,
  warnPlain,
  refusedPlain,
  wrongPassphrase,
  decoding,
  decodingPlain,
  dryRun,
  dryRunBlocked,
  dryRunTicked,
  dryRunHard,
  dryRunFailed,
  applying,
  done,
}

/** One of each event. */
const EVENTS: ImportEvent[] = [
  { type: 'remembered', passphrase: '记住的密码' },
  { type: 'passphraseChanged', passphrase: '新密码' },
  { type: 'rememberChanged', remember: false },
  { type: 'choose' },
  { type: 'fileRead', file: encrypted },
  { type: 'fileFailed', message: '这不是班务通快照文件' },
  { type: 'acceptUnencrypted' },
  { type: 'declineUnencrypted' },
  { type: 'check' },
  { type: 'decodeProgress', fraction: 0.3 },
  { type: 'checked', snapshot, plan: good },
  { type: 'checkFailed', message: '密码不正确' },
  { type: 'confirm', code: 'massDelete', value: true },
  { type: 'replanned', plan: massDeleteConfirmed, confirmed: { massDelete: true } },
  { type: 'replanFailed', message: '数据库出错' },
  { type: 'apply' },
  { type: 'applyProgress', phase: 'import', fraction: 0.5 },
  { type: 'applyFailed', message: '写入失败' },
  { type: 'applied', plan: good, outcome },
  { type: 'cancel' },
]

type Step = ImportStage['step']
type EventType = ImportEvent['type']
/** The form's fields, which every stage keeps as they are typed (the field is not always shown). */
const FIELDS: EventType[] = ['remembered', 'passphraseChanged', 'rememberChanged']

/** The events each stage acts on besides the fields (some only under a condition, see the table). */
const ACTS_ON: Record<Step, EventType[]> = {
  idle: ['choose', 'fileRead', 'fileFailed'],
  refused: ['choose'],
  unencrypted: ['choose', 'acceptUnencrypted', 'declineUnencrypted'],
  asking: ['choose', 'check'],
  decoding: ['decodeProgress', 'checked', 'checkFailed'],
  dryRun: ['choose', 'confirm', 'replanned', 'replanFailed', 'apply', 'cancel'],
  applying: ['confirm', 'replanned', 'applyProgress', 'applyFailed', 'applied'],
  done: ['choose'],
}

type Row = [name: string, from: ImportFlowState, event: ImportEvent, to: ImportFlowState]

const TRANSITIONS: Row[] = [
  // Choosing a file.
  ['choosing clears an error', idleError, { type: 'choose' }, idle],
  ['choosing again from idle', idle, { type: 'choose' }, idle],
  ['choosing another file instead of a refused one', refused, { type: 'choose' }, idle],
  ['choosing another file instead of giving the passphrase', wrongPassphrase, { type: 'choose' }, idle],
  ['choosing another file from the dry run', dryRunFailed, { type: 'choose' }, idle],
  ['choosing the next file when done', done, { type: 'choose' }, idle],
  ['an encrypted file asks for its passphrase', idle, { type: 'fileRead', file: encrypted }, asking],
  // An unencrypted file: refused while the school accepts encrypted ones only; else the warning first.
  [
    'an unencrypted file shows the warning before anything',
    idle,
    { type: 'fileRead', file: plain },
    warnPlain,
  ],
  ['going on past the warning asks only for 检查内容', warnPlain, { type: 'acceptUnencrypted' }, askingPlain],
  ['giving up under the warning', warnPlain, { type: 'declineUnencrypted' }, idle],
  ['choosing another file instead of going on', warnPlain, { type: 'choose' }, idle],
  [
    'an unencrypted file the school does not accept is refused at once',
    idle,
    { type: 'fileRead', file: plainRefused },
    refusedPlain,
  ],
  ['choosing another file instead of a refused unencrypted one', refusedPlain, { type: 'choose' }, idle],
  ['another school’s file is refused at once', idle, { type: 'fileRead', file: otherSchool }, refused],
  ['a file cut short is refused at once', idle, { type: 'fileRead', file: cutShort }, damaged],
  ['a file that is not a snapshot', idle, { type: 'fileFailed', message: '这不是班务通快照文件' }, idleError],

  // Checking: decode, then the dry run.
  [
    '检查 an encrypted file',
    asking,
    { type: 'check' },
    at({ step: 'decoding', file: encrypted, progress: { label: IMPORT_LABELS.decrypting, fraction: 0 } }),
  ],
  ['检查 an unencrypted file', askingPlain, { type: 'check' }, decodingPlain],
  [
    '检查 again after a wrong passphrase clears the error',
    wrongPassphrase,
    { type: 'check' },
    at({ step: 'decoding', file: encrypted, progress: { label: IMPORT_LABELS.decrypting, fraction: 0 } }),
  ],
  [
    'decoding reports progress',
    decoding,
    { type: 'decodeProgress', fraction: 0.8 },
    at({ ...decoding.stage, progress: { label: IMPORT_LABELS.decrypting, fraction: 0.8 } } as ImportStage),
  ],
  [
    'the worker’s report relabels an unencrypted file’s check (as before)',
    decodingPlain,
    { type: 'decodeProgress', fraction: 0.1 },
    at({ step: 'decoding', file: plain, progress: { label: IMPORT_LABELS.decrypting, fraction: 0.1 } }),
  ],
  ['the dry run, nothing confirmed yet', decoding, { type: 'checked', snapshot, plan: good }, dryRun],
  [
    'a dry run that needs a confirmation',
    decoding,
    { type: 'checked', snapshot, plan: massDelete },
    dryRunBlocked,
  ],
  [
    'a wrong passphrase: asked again, with the reason',
    decoding,
    { type: 'checkFailed', message: '密码不正确' },
    wrongPassphrase,
  ],
  [
    'a damaged body: asked again, with the reason',
    decodingPlain,
    { type: 'checkFailed', message: '快照文件已损坏' },
    at({ step: 'asking', file: plain, error: '快照文件已损坏' }),
  ],

  // Confirmations and the dry run made again.
  [
    'ticking a confirmation keeps the plan until it is made again',
    dryRunBlocked,
    { type: 'confirm', code: 'massDelete', value: true },
    dryRunTicked,
  ],
  [
    'unticking it',
    dryRunTicked,
    { type: 'confirm', code: 'massDelete', value: false },
    at({ ...dryRunBlocked.stage, confirmed: { massDelete: false } } as ImportStage),
  ],
  [
    'ticking keeps an error shown',
    dryRunFailed,
    { type: 'confirm', code: 'olderThanMerged', value: true },
    at({ ...dryRunFailed.stage, confirmed: { olderThanMerged: true } } as ImportStage),
  ],
  [
    'ticking while importing (the boxes stay live)',
    applying,
    { type: 'confirm', code: 'olderThanMerged', value: true },
    at({ ...applying.stage, confirmed: { olderThanMerged: true } } as ImportStage),
  ],
  [
    'the dry run made again for the ticks shown',
    dryRunTicked,
    { type: 'replanned', plan: massDeleteConfirmed, confirmed: { massDelete: true } },
    at({ ...dryRunTicked.stage, plan: massDeleteConfirmed } as ImportStage),
  ],
  [
    'unset and false confirmations are the same',
    dryRun,
    { type: 'replanned', plan: massDelete, confirmed: { massDelete: false } },
    at({ ...dryRun.stage, plan: massDelete } as ImportStage),
  ],
  [
    'a dry run made for ticks since changed is dropped',
    dryRunBlocked,
    { type: 'replanned', plan: massDeleteConfirmed, confirmed: { massDelete: true } },
    dryRunBlocked,
  ],
  [
    'the dry run made again while importing',
    applying,
    { type: 'replanned', plan: massDelete, confirmed: {} },
    at({ ...applying.stage, plan: massDelete } as ImportStage),
  ],
  [
    'making it again failed',
    dryRunTicked,
    { type: 'replanFailed', message: '数据库出错' },
    at({ ...dryRunTicked.stage, error: '数据库出错' } as ImportStage),
  ],

  // Applying: the backup, then the import.
  ['导入 starts with the backup', dryRun, { type: 'apply' }, applying],
  ['导入 again after a failure clears the error', dryRunFailed, { type: 'apply' }, applying],
  ['导入 is refused until the mass deletion is confirmed', dryRunBlocked, { type: 'apply' }, dryRunBlocked],
  ['导入 is refused while the ticked plan is not made yet', dryRunTicked, { type: 'apply' }, dryRunTicked],
  ['导入 is refused for a hard refusal', dryRunHard, { type: 'apply' }, dryRunHard],
  [
    'the backup reports progress',
    applying,
    { type: 'applyProgress', phase: 'backup', fraction: 0.4 },
    at({ ...applying.stage, progress: { label: IMPORT_LABELS.backup, fraction: 0.4 } } as ImportStage),
  ],
  [
    'the import reports progress',
    applying,
    { type: 'applyProgress', phase: 'import', fraction: 0.6 },
    at({ ...applying.stage, progress: { label: IMPORT_LABELS.import, fraction: 0.6 } } as ImportStage),
  ],
  [
    'the backup failed: back to the dry run, with the reason',
    applying,
    { type: 'applyFailed', message: BACKUP_FAILED },
    dryRunFailed,
  ],
  [
    'the data changed meanwhile: the new dry run, with the reason',
    applying,
    { type: 'applyFailed', message: '数据在检查后发生了变化', plan: massDelete },
    at({ ...dryRunBlocked.stage, error: '数据在检查后发生了变化' } as ImportStage),
  ],
  ['imported', applying, { type: 'applied', plan: good, outcome }, done],

  // 取消.
  ['取消 under the dry run', dryRunTicked, { type: 'cancel' }, idle],
  ['取消 after a failure', dryRunFailed, { type: 'cancel' }, idle],
]

describe('importFlowReducer', () => {
  it.each(TRANSITIONS)('%s', (_name, from, event, to) => {
    expect(importFlowReducer(from, event)).toEqual(to)
  })

  it.each(Object.entries(STATES))('%s keeps its stage as the form is filled in', (_name, state) => {
    const typed = (e: ImportEvent) => importFlowReducer(state, e)
    expect(typed({ type: 'passphraseChanged', passphrase: 'x' })).toEqual({ ...state, passphrase: 'x' })
    expect(typed({ type: 'rememberChanged', remember: false })).toEqual({ ...state, remember: false })
    expect(typed({ type: 'remembered', passphrase: 'p' })).toEqual({
      ...state,
      passphrase: 'p',
      remember: true,
    })
  })

  it('leaves the state as it is for every event a stage does not act on', () => {
    let checked = 0
    for (const [name, state] of Object.entries(STATES)) {
      for (const event of EVENTS) {
        if (FIELDS.includes(event.type) || ACTS_ON[state.stage.step].includes(event.type)) continue
        expect(importFlowReducer(state, event), `${name} + ${event.type}`).toBe(state)
        checked++
      }
    }
    expect(checked).toBe(246)
  })

  it('has a row in the table for every event every stage acts on', () => {
    const covered = new Set(TRANSITIONS.map(([, from, event]) => `${from.stage.step} ${event.type}`))
    const missing = Object.entries(ACTS_ON).flatMap(([step, types]) =>
      types.filter((t) => !covered.has(`${step} ${t}`)).map((t) => `${step} ${t}`),
    )
    expect(missing).toEqual([])
  })

  it('starts idle with an empty form', () => {
    expect(INITIAL_IMPORT_FLOW).toEqual({ stage: { step: 'idle' }, passphrase: '', remember: false })
  })
})

describe('the import flow from end to end', () => {
  const run = (events: ImportEvent[], from = INITIAL_IMPORT_FLOW) => events.reduce(importFlowReducer, from)

  it('a wrong passphrase, then the right one, then the import', () => {
    const wrong = run([
      { type: 'choose' },
      { type: 'fileRead', file: encrypted },
      { type: 'passphraseChanged', passphrase: '不是这个密码' },
      { type: 'check' },
      { type: 'decodeProgress', fraction: 0 },
      { type: 'checkFailed', message: '密码不正确' },
    ])
    expect(wrong.stage).toEqual({ step: 'asking', file: encrypted, error: '密码不正确' })
    expect(wrong.passphrase).toBe('不是这个密码')
    const end = run(
      [
        { type: 'passphraseChanged', passphrase: '松江同步2025' },
        { type: 'check' },
        { type: 'checked', snapshot, plan: good },
        { type: 'apply' },
        { type: 'applyProgress', phase: 'backup', fraction: 1 },
        { type: 'applyProgress', phase: 'import', fraction: 0 },
        { type: 'applied', plan: good, outcome },
      ],
      wrong,
    )
    expect(end.stage).toEqual(done.stage)
  })

  it('a mass deletion: 导入 only once the confirmation is ticked and the plan made again', () => {
    const shown = run([
      { type: 'fileRead', file: encrypted },
      { type: 'check' },
      { type: 'checked', snapshot, plan: massDelete },
    ])
    expect(canApply(shown.stage)).toBe(false)
    const ticked = run([{ type: 'confirm', code: 'massDelete', value: true }], shown)
    expect(canApply(ticked.stage)).toBe(false)
    const replanned = run(
      [{ type: 'replanned', plan: massDeleteConfirmed, confirmed: { massDelete: true } }],
      ticked,
    )
    expect(canApply(replanned.stage)).toBe(true)
    // Unticked and ticked again before the first dry run came back: only the matching one counts.
    const raced = run(
      [
        { type: 'confirm', code: 'massDelete', value: false },
        { type: 'replanned', plan: massDeleteConfirmed, confirmed: { massDelete: true } },
      ],
      ticked,
    )
    expect(dryRunOf(raced.stage)?.plan).toBe(massDelete)
  })

  it('a mass overwrite: the same confirmation as a mass deletion, ticked on its own box', () => {
    const overwrite = plan('massOverwrite', false, [refusal('massOverwrite', true)])
    const overwriteConfirmed = plan('massOverwrite confirmed', true, [
      { ...refusal('massOverwrite', true), confirmed: true },
    ])
    const shown = run([
      { type: 'fileRead', file: encrypted },
      { type: 'check' },
      { type: 'checked', snapshot, plan: overwrite },
    ])
    expect(canApply(shown.stage)).toBe(false)
    expect(offersApply(overwrite)).toBe(true)
    expect(run([{ type: 'apply' }], shown)).toEqual(shown)
    const ticked = run([{ type: 'confirm', code: 'massOverwrite', value: true }], shown)
    expect(dryRunOf(ticked.stage)?.confirmed).toEqual({ massOverwrite: true })
    // A dry run made for another box (the mass deletion's) is not the one for this tick.
    const otherBox = run(
      [{ type: 'replanned', plan: overwriteConfirmed, confirmed: { massDelete: true } }],
      ticked,
    )
    expect(dryRunOf(otherBox.stage)?.plan).toBe(overwrite)
    const replanned = run(
      [{ type: 'replanned', plan: overwriteConfirmed, confirmed: { massOverwrite: true } }],
      ticked,
    )
    expect(canApply(replanned.stage)).toBe(true)
    expect(run([{ type: 'apply' }], replanned).stage.step).toBe('applying')
    // Unticked again before that dry run came back: the late one is dropped.
    const raced = run(
      [
        { type: 'confirm', code: 'massOverwrite', value: false },
        { type: 'replanned', plan: overwriteConfirmed, confirmed: { massOverwrite: true } },
      ],
      ticked,
    )
    expect(canApply(raced.stage)).toBe(false)
  })
})

describe('an unencrypted file', () => {
  const run = (events: ImportEvent[], from = INITIAL_IMPORT_FLOW) => events.reduce(importFlowReducer, from)

  it('is read only after the user went on past the warning', () => {
    const warned = run([
      { type: 'choose' },
      { type: 'fileRead', file: plain },
      // 检查内容 and 导入 are not offered under the warning: a stray click changes nothing.
      { type: 'check' },
      { type: 'apply' },
    ])
    expect(warned.stage).toEqual(warnPlain.stage)
    expect(asksUnencryptedConfirmation(warned.stage)).toBe(true)
    expect(asksPassphrase(warned.stage)).toBe(false)
    expect(canCheck(warned.stage)).toBe(false)
    const end = run(
      [
        { type: 'acceptUnencrypted' },
        { type: 'check' },
        { type: 'checked', snapshot, plan: good },
        { type: 'apply' },
        { type: 'applied', plan: good, outcome },
      ],
      warned,
    )
    expect(end.stage).toEqual({ step: 'done', file: plain, plan: good, outcome })
  })

  it('refused by the school rule cannot be gone on with', () => {
    const shown = run([
      { type: 'fileRead', file: plainRefused },
      { type: 'acceptUnencrypted' },
      { type: 'check' },
    ])
    expect(shown.stage).toEqual(refusedPlain.stage)
  })

  it('an encrypted file never shows the warning', () => {
    expect(run([{ type: 'fileRead', file: encrypted }]).stage.step).toBe('asking')
  })
})

describe('what the panel shows', () => {
  type Shown = {
    file: string | null
    form: boolean
    progress: string | null
    error: string | undefined
    dryRun: boolean
    busy: boolean
    choose: boolean
    check: boolean
    apply: boolean
    unencryptedWarning: boolean
  }
  const shown = (stage: ImportStage): Shown => ({
    file: chosenFile(stage)?.name ?? null,
    form: asksPassphrase(stage),
    progress: progressOf(stage)?.label ?? null,
    error: errorOf(stage),
    dryRun: dryRunOf(stage) !== null,
    busy: isBusy(stage),
    choose: canChoose(stage),
    check: canCheck(stage),
    apply: canApply(stage),
    unencryptedWarning: asksUnencryptedConfirmation(stage),
  })
  const none = {
    file: null,
    form: false,
    progress: null,
    error: undefined,
    dryRun: false,
    busy: false,
    unencryptedWarning: false,
  }
  const free = { choose: true, check: false, apply: false }
  const ROWS: [string, ImportFlowState, Shown][] = [
    ['idle', idle, { ...none, ...free }],
    ['idle with an error', idleError, { ...none, ...free, error: '这不是班务通快照文件' }],
    ['refused', refused, { ...none, ...free, file: 'other.banwu' }],
    ['refused for damage', damaged, { ...none, ...free, file: '拔早了.banwu', error: '快照文件不完整' }],
    [
      'unencrypted: the warning',
      warnPlain,
      { ...none, ...free, file: 'selected.banwu', unencryptedWarning: true },
    ],
    ['unencrypted and refused', refusedPlain, { ...none, ...free, file: 'plain.banwu' }],
    ['asking', asking, { ...none, ...free, file: 'a1.banwu', form: true, check: true }],
    [
      'asking again',
      wrongPassphrase,
      { ...none, ...free, file: 'a1.banwu', form: true, check: true, error: '密码不正确' },
    ],
    [
      'decoding',
      decoding,
      {
        ...none,
        file: 'a1.banwu',
        form: true,
        progress: IMPORT_LABELS.decrypting,
        busy: true,
        choose: false,
        check: false,
        apply: false,
      },
    ],
    ['dry run', dryRun, { ...none, ...free, file: 'a1.banwu', dryRun: true, apply: true }],
    ['dry run to confirm', dryRunBlocked, { ...none, ...free, file: 'a1.banwu', dryRun: true }],
    [
      'dry run after a failure',
      dryRunFailed,
      {
        ...none,
        ...free,
        file: 'a1.banwu',
        dryRun: true,
        apply: true,
        error: BACKUP_FAILED,
      },
    ],
    [
      'applying',
      applying,
      {
        ...none,
        file: 'a1.banwu',
        dryRun: true,
        progress: IMPORT_LABELS.backup,
        busy: true,
        choose: false,
        check: false,
        apply: false,
      },
    ],
    ['done', done, { ...none, ...free, file: 'a1.banwu' }],
  ]
  it.each(ROWS)('%s', (_name, state, expected) => {
    expect(shown(state.stage)).toEqual(expected)
  })

  it('offers 导入 only when every refusal may be confirmed away', () => {
    expect(offersApply(good)).toBe(true)
    expect(offersApply(massDelete)).toBe(true)
    expect(offersApply(newerVersion)).toBe(false)
  })
})
