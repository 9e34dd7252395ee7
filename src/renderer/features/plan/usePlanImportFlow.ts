import { useEffect, useReducer, useRef } from 'react'
import type { SessionFields } from '@shared/plan/session'
import { errorMessage } from '../../ui/Notifier'
import { platform } from '../../platform'
import {
  canImport,
  canRead,
  chosenSessions,
  initialPlanImport,
  planImportFlowReducer,
  previewOf,
  type PlanFile,
} from './planImportFlow'
import { readPlanFile } from './readPlanFile'

/**
 * The plan import dialog's async work — the file dialog, the worker's read, the write — reporting
 * to the pure flow in planImportFlow.ts, which decides what is shown and what may be done next.
 * A read started while another runs replaces it; closing the dialog stops it.
 */
export function usePlanImportFlow(
  existing: readonly SessionFields[],
  onImport: (sessions: SessionFields[]) => Promise<void>,
  /** Year for dates written without one, until the user types another: the class's. */
  defaultYear: number = new Date().getFullYear(),
) {
  const [state, dispatch] = useReducer(planImportFlowReducer, defaultYear, initialPlanImport)
  const { stage } = state
  const reading = useRef<AbortController | null>(null)

  useEffect(() => () => reading.current?.abort(), [])

  const stopReading = () => {
    reading.current?.abort()
    reading.current = null
  }

  const read = async (file: PlanFile, sheetName?: string, defaultYear?: number) => {
    if (!canRead(stage)) return
    stopReading()
    const controller = new AbortController()
    reading.current = controller
    const current = () => reading.current === controller
    dispatch({ type: 'read', file })
    try {
      const result = await readPlanFile(file, {
        ...(sheetName !== undefined ? { sheetName } : {}),
        ...(defaultYear !== undefined ? { defaultYear } : {}),
        onProgress: (p) => {
          if (current()) dispatch({ type: 'readProgress', fraction: p.fraction })
        },
        signal: controller.signal,
      })
      if (current()) dispatch({ type: 'readDone', result, existing })
    } catch (e) {
      if (current()) dispatch({ type: 'readFailed', message: errorMessage(e) })
    } finally {
      if (current()) reading.current = null
    }
  }

  const pick = async () => {
    const r = await platform.openFiles({
      filters: [{ name: 'Excel 或 CSV 表格', extensions: ['xlsx', 'xls', 'csv', 'et'] }],
    })
    if (!r.ok) {
      if (r.error.code !== 'cancelled') dispatch({ type: 'pickFailed', message: r.error.message })
      return
    }
    const f = r.value[0]
    if (!f) return
    await read(f)
  }

  const commit = async () => {
    if (!canImport(stage)) return
    const chosen = chosenSessions(previewOf(stage))
    // 导入所选 during a read imports what is shown on its button: the read is no longer wanted.
    stopReading()
    dispatch({ type: 'import' })
    try {
      await onImport(chosen.map(({ sourceRow: _row, ...fields }) => fields))
      dispatch({ type: 'imported' })
    } catch (e) {
      dispatch({ type: 'importFailed', message: errorMessage(e) })
    }
  }

  return {
    state,
    pick,
    read,
    commit,
    toggle: (row: number) => dispatch({ type: 'toggle', row }),
    /** Moves every session found by `days` (整体移到开班日期, or back). */
    shift: (days: number) => dispatch({ type: 'shift', days, existing }),
    setYear: (year: string) => dispatch({ type: 'yearChanged', year }),
  }
}
