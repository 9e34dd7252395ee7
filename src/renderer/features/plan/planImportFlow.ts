import { shiftSessions } from '@shared/plan/planDates'
import type { ImportedSession } from '@shared/plan/planImport'
import type { SessionFields } from '@shared/plan/session'
import { matchExisting } from './planRows'
import type { PlanFileResult } from './readPlanFile'

export interface PlanFile {
  name: string
  bytes: Uint8Array
}

export type LoadedPlan = Extract<PlanFileResult, { ok: true }>

/** A file read and shown: every session found, every problem, and the rows the user unticked. */
export interface PlanPreview {
  file: PlanFile
  loaded: LoadedPlan
  /** Sheet rows (`sourceRow`) not to import. */
  unticked: ReadonlySet<number>
  /** Days the whole plan was moved from the file's dates (整体移到开班日期); 0 or absent: as read. */
  shiftedBy?: number
}

/**
 * Where the plan import dialog is. Errors stay with the stage they leave the user in, so what can
 * be done next stays on screen. Nothing is written before 'importing'.
 */
export type PlanImportStage =
  /** 选择文件…; `error` when the last file could not be opened, or is not a plan workbook. */
  | { step: 'start'; error?: string }
  /**
   * Reading a file (or another sheet of it, or with another year) in the worker. `previous` is the
   * preview it replaces, whose buttons stay as they were until the read ends.
   */
  | { step: 'reading'; file: PlanFile; fraction: number; previous: PlanPreview | null; error?: string }
  /** The preview: ticks, sheet, year; `error` when opening another file or the import failed. */
  | ({ step: 'preview'; error?: string } & PlanPreview)
  /** Writing the ticked sessions, in one transaction. */
  | ({ step: 'importing' } & PlanPreview)

export interface PlanImportState {
  stage: PlanImportStage
  /** 无年份的日期按此年份, as typed. */
  year: string
}

export type PlanImportEvent =
  /** A read starts: a file just picked, another sheet of the file shown, or 重新识别 with the year. */
  | { type: 'read'; file: PlanFile }
  | { type: 'readProgress'; fraction: number }
  /** The read ended: the plan found (ticks start from the sessions already in `existing`) or why not. */
  | { type: 'readDone'; result: PlanFileResult; existing: readonly SessionFields[] }
  /** The reader itself failed (not a refusal of the file). */
  | { type: 'readFailed'; message: string }
  /** No file could be opened. */
  | { type: 'pickFailed'; message: string }
  /** A row's 导入 box. */
  | { type: 'toggle'; row: number }
  /**
   * Move every session found by `days` (whole weeks, to the class's start; the negative of the
   * shift so far to undo it). Ticks start again from the sessions already in `existing`.
   */
  | { type: 'shift'; days: number; existing: readonly SessionFields[] }
  | { type: 'yearChanged'; year: string }
  /** 导入所选. */
  | { type: 'import' }
  | { type: 'importFailed'; message: string }
  /** Written (the dialog is normally closed by then). */
  | { type: 'imported' }

export function initialPlanImport(year: number): PlanImportState {
  return { stage: { step: 'start' }, year: String(year) }
}

/** The preview whose buttons (换一个文件, 导入所选) are shown: the one being replaced while reading. */
export function previewOf(stage: PlanImportStage): PlanPreview | null {
  switch (stage.step) {
    case 'preview':
    case 'importing':
      return stage
    case 'reading':
      return stage.previous
    default:
      return null
  }
}

/** The preview shown in the dialog's body: not while a read is under way. */
export function shownPreview(stage: PlanImportStage): PlanPreview | null {
  return stage.step === 'preview' || stage.step === 'importing' ? stage : null
}

export function errorOf(stage: PlanImportStage): string | undefined {
  return stage.step === 'importing' ? undefined : stage.error
}

/** The sessions that 导入所选 would write. */
export function chosenSessions(preview: PlanPreview | null): ImportedSession[] {
  return preview?.loaded.plan.sessions.filter((s) => !preview.unticked.has(s.sourceRow)) ?? []
}

/** Whether the plan has dates without a year, to be read again with one. */
export function needsYear(loaded: LoadedPlan): boolean {
  return loaded.plan.problems.some((p) => p.message.includes('没有年份'))
}

/** Whether a read may start (a file picked, another sheet, 重新识别): not while importing. */
export function canRead(stage: PlanImportStage): boolean {
  return stage.step !== 'importing'
}

/** Whether 换一个文件 is enabled (it is shown whenever `previewOf` is). */
export function canPickAnother(stage: PlanImportStage): boolean {
  return previewOf(stage) !== null && stage.step !== 'importing'
}

/** Whether 导入所选 may start: something ticked, nothing being written. */
export function canImport(stage: PlanImportStage): boolean {
  return stage.step !== 'importing' && chosenSessions(previewOf(stage)).length > 0
}

/** Sessions already in the plan start unticked: importing the same file twice adds nothing. */
export function alreadyPlanned(loaded: LoadedPlan, existing: readonly SessionFields[]): Set<number> {
  return new Set(
    loaded.plan.sessions.filter((s) => matchExisting(s, existing)?.kind === 'same').map((s) => s.sourceRow),
  )
}

function preview({ file, loaded, unticked, shiftedBy }: PlanPreview): PlanPreview {
  return { file, loaded, unticked, ...(shiftedBy ? { shiftedBy } : {}) }
}

function stage(state: PlanImportState, next: PlanImportStage): PlanImportState {
  return { ...state, stage: next }
}

/**
 * The plan import dialog, as a pure function of what happened. An event that does not fit the
 * stage (a late result, a click on a disabled button) returns the state as it is.
 */
export function planImportFlowReducer(state: PlanImportState, event: PlanImportEvent): PlanImportState {
  const s = state.stage
  switch (event.type) {
    case 'read': {
      if (!canRead(s)) return state
      const previous = s.step === 'reading' ? s.previous : s.step === 'preview' ? preview(s) : null
      return stage(state, { step: 'reading', file: event.file, fraction: 0, previous })
    }
    case 'readProgress':
      return s.step === 'reading' ? stage(state, { ...s, fraction: event.fraction }) : state
    case 'readDone': {
      if (s.step !== 'reading') return state
      const { result } = event
      if (!result.ok) return stage(state, { step: 'start', error: result.message })
      return stage(state, {
        step: 'preview',
        file: s.file,
        loaded: result,
        unticked: alreadyPlanned(result, event.existing),
        ...(s.error !== undefined ? { error: s.error } : {}),
      })
    }
    case 'readFailed':
      if (s.step !== 'reading') return state
      // The preview before the read stays, with the reason; without one, the start.
      return stage(
        state,
        s.previous
          ? { step: 'preview', ...s.previous, error: event.message }
          : { step: 'start', error: event.message },
      )
    case 'pickFailed':
      return s.step === 'importing' ? state : stage(state, { ...s, error: event.message })

    case 'toggle': {
      // The boxes stay live while importing, as they always were; the import goes on with its rows.
      if (s.step !== 'preview' && s.step !== 'importing') return state
      const unticked = new Set(s.unticked)
      if (unticked.has(event.row)) unticked.delete(event.row)
      else unticked.add(event.row)
      return stage(state, { ...s, unticked })
    }
    case 'shift': {
      if (s.step !== 'preview' || event.days === 0) return state
      const plan = { ...s.loaded.plan, sessions: shiftSessions(s.loaded.plan.sessions, event.days) }
      const loaded = { ...s.loaded, plan }
      const shiftedBy = (s.shiftedBy ?? 0) + event.days
      return stage(state, {
        step: 'preview',
        file: s.file,
        loaded,
        unticked: alreadyPlanned(loaded, event.existing),
        ...(shiftedBy ? { shiftedBy } : {}),
        ...(s.error !== undefined ? { error: s.error } : {}),
      })
    }
    case 'yearChanged':
      return { ...state, year: event.year }

    case 'import': {
      const shown = previewOf(s)
      if (!canImport(s) || !shown) return state
      return stage(state, { step: 'importing', ...preview(shown) })
    }
    case 'importFailed':
      return s.step === 'importing'
        ? stage(state, { step: 'preview', ...preview(s), error: event.message })
        : state
    case 'imported':
      return s.step === 'importing' ? stage(state, { step: 'preview', ...preview(s) }) : state
  }
}
