import type { ImportRefusal } from '@shared/sync/importPlan'
import type { Snapshot } from '@shared/sync/snapshot'
import type { SnapshotFileHeader } from '@shared/sync/snapshotFile'
import type { ImportOutcome, LocalImportPlan } from '../../db/sync/syncRepository'

/** A snapshot file as chosen, with what its header and length alone tell. */
export interface ChosenSnapshot {
  name: string
  bytes: Uint8Array
  header: SnapshotFileHeader
  /** Why the file cannot be read whole (cut short, bytes after its end), known from its length alone. */
  damage: string | null
  /** Why it may not be imported whatever it holds (another school, a newer version), from its header. */
  refusals: ImportRefusal[]
}

/** The overridable refusals the user has ticked (已确认). */
export type Confirmations = { olderThanMerged?: boolean; massDelete?: boolean; massOverwrite?: boolean }
export type ConfirmCode = keyof Confirmations

/** A labelled progress bar's content (SyncProgress). */
export interface ImportProgress {
  label: string
  fraction: number
}

/** The dry run on screen: the decoded file, what importing it would do, what the user ticked. */
export interface ImportDryRunState {
  file: ChosenSnapshot
  snapshot: Snapshot
  /** The last dry run made; after a tick it may lag `confirmed` until `replanned` arrives. */
  plan: LocalImportPlan
  confirmed: Confirmations
}

/**
 * Where the import screen is. An error is carried by the stage the user is left in, so that what
 * can be done next stays on screen: another file (idle), another passphrase (asking), or the dry
 * run again (dryRun). Nothing is written before 'applying'.
 */
export type ImportStage =
  /** Nothing chosen; `error` when the last file could not be opened or is not a snapshot. */
  | { step: 'idle'; error?: string }
  /** Chosen, and refused from its header or length alone (`file.refusals`, `file.damage`): no passphrase asked. */
  | { step: 'refused'; file: ChosenSnapshot }
  /**
   * Chosen, unencrypted, and the school accepts such files (只接受加密快照 off): the warning that
   * anyone could have written or altered it, until the user goes on (asking) or gives up (idle).
   */
  | { step: 'unencrypted'; file: ChosenSnapshot }
  /** Chosen: its passphrase (if encrypted) and 检查内容; `error` when the last check failed (wrong passphrase). */
  | { step: 'asking'; file: ChosenSnapshot; error?: string }
  /** Decrypting and checking the file in the worker, then the dry run against the local data. */
  | { step: 'decoding'; file: ChosenSnapshot; progress: ImportProgress }
  /** The dry run shown, waiting for 导入 or 取消; `error` when a re-plan or the last 导入 failed. */
  | ({ step: 'dryRun'; error?: string } & ImportDryRunState)
  /** The backup before importing, then the import itself; the dry run stays on screen. */
  | ({ step: 'applying'; progress: ImportProgress } & ImportDryRunState)
  /** Imported: what the plan applied did, and the conflicts newly logged. */
  | { step: 'done'; file: ChosenSnapshot; plan: LocalImportPlan; outcome: ImportOutcome }

export interface ImportFlowState {
  stage: ImportStage
  /** The passphrase field: kept from file to file, filled in from the one remembered on this PC. */
  passphrase: string
  /** 在本机记住此密码. */
  remember: boolean
}

export type ImportEvent =
  /** The passphrase remembered on this PC was found (read once, when the panel opens). */
  | { type: 'remembered'; passphrase: string }
  | { type: 'passphraseChanged'; passphrase: string }
  | { type: 'rememberChanged'; remember: boolean }
  /** 选择快照文件…: whatever was on screen goes, before the file dialog opens. */
  | { type: 'choose' }
  /** The chosen file's header was read. */
  | { type: 'fileRead'; file: ChosenSnapshot }
  /** No file could be opened, or it is not a snapshot file at all. */
  | { type: 'fileFailed'; message: string }
  /** 我了解风险，继续 under the warning about an unencrypted file. */
  | { type: 'acceptUnencrypted' }
  /** 不导入 under that warning. */
  | { type: 'declineUnencrypted' }
  /** 检查内容（试运行）. */
  | { type: 'check' }
  | { type: 'decodeProgress'; fraction: number }
  /** Decoded, and the dry run made (with nothing confirmed yet). */
  | { type: 'checked'; snapshot: Snapshot; plan: LocalImportPlan }
  /** Wrong passphrase, damaged file, or the dry run failed. */
  | { type: 'checkFailed'; message: string }
  /** A confirmation ticked or unticked; the dry run is made again with it (`replanned`). */
  | { type: 'confirm'; code: ConfirmCode; value: boolean }
  /** The dry run made again, for these confirmations. */
  | { type: 'replanned'; plan: LocalImportPlan; confirmed: Confirmations }
  | { type: 'replanFailed'; message: string }
  /** 导入. */
  | { type: 'apply' }
  | { type: 'applyProgress'; phase: 'backup' | 'import'; fraction: number }
  /** Nothing imported: the backup failed, the data changed since the dry run (`plan`: the new one), or the write failed. */
  | { type: 'applyFailed'; message: string; plan?: LocalImportPlan }
  | { type: 'applied'; plan: LocalImportPlan; outcome: ImportOutcome }
  /** 取消 under the dry run. */
  | { type: 'cancel' }

export const IMPORT_LABELS = {
  checking: '正在检查文件…',
  decrypting: '正在解密并检查文件…',
  backup: '正在备份本机数据（导入前自动备份）…',
  import: '正在导入…',
} as const

export const INITIAL_IMPORT_FLOW: ImportFlowState = {
  stage: { step: 'idle' },
  passphrase: '',
  remember: false,
}

/** Whether 选择快照文件… may be used: not while a file is being checked or imported. */
export function canChoose(stage: ImportStage): boolean {
  return !isBusy(stage)
}

/** Whether 检查内容（试运行） may start. */
export function canCheck(stage: ImportStage): stage is Extract<ImportStage, { step: 'asking' }> {
  return stage.step === 'asking'
}

/** Whether 导入 may start: the dry run shown, nothing refused that stands, nothing under way. */
export function canApply(stage: ImportStage): stage is Extract<ImportStage, { step: 'dryRun' }> {
  return stage.step === 'dryRun' && stage.plan.canApply
}

/** Whether the dry run offers 导入 at all: only when every refusal may be confirmed away. */
export function offersApply(plan: LocalImportPlan): boolean {
  return plan.refusals.every((r) => r.overridable)
}

/** A long step is under way: the buttons wait for it. */
export function isBusy(stage: ImportStage): boolean {
  return stage.step === 'decoding' || stage.step === 'applying'
}

/** The chosen file, whose header is shown from the moment it is read until another is chosen. */
export function chosenFile(stage: ImportStage): ChosenSnapshot | null {
  return stage.step === 'idle' ? null : stage.file
}

/** Whether the warning about an unencrypted file, and its confirmation, is shown. */
export function asksUnencryptedConfirmation(
  stage: ImportStage,
): stage is Extract<ImportStage, { step: 'unencrypted' }> {
  return stage.step === 'unencrypted'
}

/** Whether the passphrase form (and 检查内容) is shown. */
export function asksPassphrase(stage: ImportStage): boolean {
  return stage.step === 'asking' || stage.step === 'decoding'
}

export function progressOf(stage: ImportStage): ImportProgress | null {
  return stage.step === 'decoding' || stage.step === 'applying' ? stage.progress : null
}

export function errorOf(stage: ImportStage): string | undefined {
  switch (stage.step) {
    case 'idle':
    case 'asking':
    case 'dryRun':
      return stage.error
    case 'refused':
      return stage.file.damage ?? undefined
    default:
      return undefined
  }
}

/** The dry run on screen, if any: shown from the check until the import is done. */
export function dryRunOf(stage: ImportStage): ImportDryRunState | null {
  return stage.step === 'dryRun' || stage.step === 'applying' ? stage : null
}

function sameConfirmations(a: Confirmations, b: Confirmations): boolean {
  const codes = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<ConfirmCode>
  return [...codes].every((code) => !!a[code] === !!b[code])
}

/** The confirmations after one tick: what the dry run is made again with. */
export function withConfirmation(confirmed: Confirmations, code: ConfirmCode, value: boolean): Confirmations {
  return { ...confirmed, [code]: value }
}

function dryRunPart({ file, snapshot, plan, confirmed }: ImportDryRunState): ImportDryRunState {
  return { file, snapshot, plan, confirmed }
}

function stage(state: ImportFlowState, next: ImportStage): ImportFlowState {
  return { ...state, stage: next }
}

/**
 * The import screen, as a pure function of what happened. An event that does not fit the stage
 * (a late result, a click on a button that is disabled) returns the state as it is.
 */
export function importFlowReducer(state: ImportFlowState, event: ImportEvent): ImportFlowState {
  const s = state.stage
  switch (event.type) {
    case 'remembered':
      return { ...state, passphrase: event.passphrase, remember: true }
    case 'passphraseChanged':
      return { ...state, passphrase: event.passphrase }
    case 'rememberChanged':
      return { ...state, remember: event.remember }

    case 'choose':
      return canChoose(s) ? stage(state, { step: 'idle' }) : state
    case 'fileRead': {
      if (s.step !== 'idle') return state
      const { file } = event
      const refused = file.damage !== null || file.refusals.length > 0
      if (refused) return stage(state, { step: 'refused', file })
      return stage(state, file.header.encryption ? { step: 'asking', file } : { step: 'unencrypted', file })
    }
    case 'fileFailed':
      return s.step === 'idle' ? stage(state, { step: 'idle', error: event.message }) : state

    case 'acceptUnencrypted':
      return s.step === 'unencrypted' ? stage(state, { step: 'asking', file: s.file }) : state
    case 'declineUnencrypted':
      return s.step === 'unencrypted' ? stage(state, { step: 'idle' }) : state

    case 'check':
      if (!canCheck(s)) return state
      return stage(state, {
        step: 'decoding',
        file: s.file,
        progress: {
          label: s.file.header.encryption ? IMPORT_LABELS.decrypting : IMPORT_LABELS.checking,
          fraction: 0,
        },
      })
    case 'decodeProgress':
      if (s.step !== 'decoding') return state
      // As the panel always did: once the worker reports, the label is the decrypting one.
      return stage(state, { ...s, progress: { label: IMPORT_LABELS.decrypting, fraction: event.fraction } })
    case 'checked':
      if (s.step !== 'decoding') return state
      return stage(state, {
        step: 'dryRun',
        file: s.file,
        snapshot: event.snapshot,
        plan: event.plan,
        confirmed: {},
      })
    case 'checkFailed':
      return s.step === 'decoding'
        ? stage(state, { step: 'asking', file: s.file, error: event.message })
        : state

    case 'confirm':
      // The boxes stay live while importing, as they always were; the import goes on with its plan.
      if (s.step !== 'dryRun' && s.step !== 'applying') return state
      return stage(state, { ...s, confirmed: withConfirmation(s.confirmed, event.code, event.value) })
    case 'replanned':
      // A dry run made for confirmations since changed again is not the one to show.
      if (s.step !== 'dryRun' && s.step !== 'applying') return state
      if (!sameConfirmations(s.confirmed, event.confirmed)) return state
      return stage(state, { ...s, plan: event.plan })
    case 'replanFailed':
      return s.step === 'dryRun' ? stage(state, { ...s, error: event.message }) : state

    case 'apply':
      if (!canApply(s)) return state
      return stage(state, {
        step: 'applying',
        ...dryRunPart(s),
        progress: { label: IMPORT_LABELS.backup, fraction: 0 },
      })
    case 'applyProgress':
      if (s.step !== 'applying') return state
      return stage(state, { ...s, progress: { label: IMPORT_LABELS[event.phase], fraction: event.fraction } })
    case 'applyFailed':
      if (s.step !== 'applying') return state
      return stage(state, {
        step: 'dryRun',
        ...dryRunPart(s),
        ...(event.plan ? { plan: event.plan } : {}),
        error: event.message,
      })
    case 'applied':
      if (s.step !== 'applying') return state
      return stage(state, { step: 'done', file: s.file, plan: event.plan, outcome: event.outcome })

    case 'cancel':
      return s.step === 'dryRun' ? stage(state, { step: 'idle' }) : state
  }
}
