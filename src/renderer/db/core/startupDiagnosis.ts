import { parseHlc } from '@shared/sync/hlc'

/**
 * Recovery at start (issue 12, point 6): when the database or this
 * installation's local state cannot be opened or read, which screen the user
 * gets and what a repair would change. Pure: the probe (recovery.ts) reads
 * the stored values with plain IndexedDB and hands them here.
 */

/** What the probe found: the database did not open, or the raw values of the local table. */
export type StartupProbe =
  | { opened: false; errorName: string; message: string }
  | { opened: true; replicaId: unknown; clock: unknown; settings: unknown }

export type ProblemArea = 'database' | 'replicaId' | 'clock' | 'settings' | 'unknown'

export interface StartupProblem {
  area: ProblemArea
  /** Chinese, for the recovery screen. */
  detail: string
}

/** How the local table is put right before a restore (or a plain repair). */
export interface LocalRepair {
  /** The replica id to keep or write: the stored one, the one in the clock stamp, or null for a new id. */
  replicaId: string | null
  /** Rebuild the clock from the highest stamp in the data (the stored one is unreadable). */
  rebuildClock: boolean
  /** Drop unreadable settings: the first-run screen asks for them again. */
  resetSettings: boolean
}

export type StartupDiagnosis =
  /** Another window is upgrading or holding the database: close it and retry, nothing is wrong with the data. */
  | { screen: 'blocked'; detail: string }
  /**
   * The recovery screen: restore a backup, export the raw database, start fresh.
   * `repair` is null when the database itself does not open (a restore recreates it).
   */
  | { screen: 'recovery'; problems: StartupProblem[]; repair: LocalRepair | null }

const REPLICA_ID = /^[0-9A-Za-z]{1,64}$/

/** The replica id in the probe, if it is one. */
export function validReplicaId(value: unknown): string | null {
  return typeof value === 'string' && REPLICA_ID.test(value) ? value : null
}

/** The clock stamp's replica, when the stamp itself is readable. */
function clockReplica(value: unknown): string | null {
  if (typeof value !== 'string') return null
  try {
    return validReplicaId(parseHlc(value).replica)
  } catch {
    return null
  }
}

function settingsProblem(value: unknown): string | null {
  if (value === undefined) return null // not set up yet: the first-run screen, not a failure
  if (typeof value !== 'object' || value === null) return '本机设置不是有效的记录'
  const s = value as Record<string, unknown>
  for (const [key, label] of [
    ['schoolName', '学校名称'],
    ['officeName', '本机名称'],
  ] as const) {
    const v = s[key]
    if (typeof v !== 'string' || !v.trim()) return `本机设置缺少“${label}”`
  }
  if (s.currentUser !== undefined && typeof s.currentUser !== 'string') return '本机设置中的“当前使用人”无效'
  return null
}

const short = (v: unknown) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v)
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 60)}…` : s
}

/**
 * The local table's problems, empty when it is sound. Used at start (openData
 * refuses to go on with any) and by the recovery screen.
 */
export function localStateProblems(replicaId: unknown, clock: unknown, settings: unknown): StartupProblem[] {
  const problems: StartupProblem[] = []
  // A missing replica id on a database that has never been used is created at start.
  if (replicaId !== undefined && !validReplicaId(replicaId))
    problems.push({ area: 'replicaId', detail: `本机编号（replica id）无法识别：${short(replicaId)}` })
  if (clock !== undefined) {
    let readable = typeof clock === 'string'
    if (readable) {
      try {
        parseHlc(clock as string)
      } catch {
        readable = false
      }
    }
    if (!readable) problems.push({ area: 'clock', detail: `本机同步时钟无法识别：${short(clock)}` })
  }
  const s = settingsProblem(settings)
  if (s) problems.push({ area: 'settings', detail: s })
  return problems
}

/**
 * Which screen a failed start leads to. `error` is what opening threw; the
 * probe says what is actually stored.
 */
export function diagnoseStartup(probe: StartupProbe, error: string): StartupDiagnosis {
  if (!probe.opened) {
    if (probe.errorName === 'BlockedError' || probe.errorName === 'DatabaseClosedError')
      return {
        screen: 'blocked',
        detail: '数据库正被另一个班务通窗口占用。请关闭其他班务通窗口或浏览器标签页后点“重试”。',
      }
    return {
      screen: 'recovery',
      problems: [{ area: 'database', detail: `本机数据库无法打开：${probe.message || probe.errorName}` }],
      repair: null,
    }
  }
  const problems = localStateProblems(probe.replicaId, probe.clock, probe.settings)
  const replicaId = validReplicaId(probe.replicaId) ?? clockReplica(probe.clock)
  const repair: LocalRepair = {
    replicaId,
    rebuildClock: problems.some((p) => p.area === 'clock'),
    resetSettings: problems.some((p) => p.area === 'settings'),
  }
  if (problems.length === 0)
    // The stored state reads well, yet opening failed: say what failed and still offer the way out.
    return { screen: 'recovery', problems: [{ area: 'unknown', detail: `启动失败：${error}` }], repair }
  return { screen: 'recovery', problems, repair }
}
