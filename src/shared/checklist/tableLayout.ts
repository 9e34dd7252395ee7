import { CHECKLIST_PHASES, type ChecklistPhase, type ResponsibleDepartment } from './types'

/**
 * The seed's table layout (000 附1) for the screen and the printout: one block per part, and in it
 * the 事项 cell merged over consecutive rows of the same 事项, as the paper form draws it.
 */

export interface MatterGroup<T> {
  matter: string
  rows: T[]
}

export interface PhaseBlock<T> {
  phase: ChecklistPhase
  label: string
  groups: MatterGroup<T>[]
}

type Row = { phase: ChecklistPhase; matter: string; retired: boolean }

/** Parts with at least one active row, in the table's order; retired rows are left out. */
export function checklistTable<T extends Row>(items: readonly T[]): PhaseBlock<T>[] {
  return CHECKLIST_PHASES.map((p) => {
    const groups: MatterGroup<T>[] = []
    for (const item of items) {
      if (item.phase !== p.code || item.retired) continue
      const last = groups[groups.length - 1]
      if (last && last.matter === item.matter) last.rows.push(item)
      else groups.push({ matter: item.matter, rows: [item] })
    }
    return { phase: p.code, label: p.label, groups }
  }).filter((block) => block.groups.length > 0)
}

const MARK = { lead: '★', assist: '☆', listed: '' } as const

/**
 * The 责任人 cell as text: a mark before each run of offices that share it, e.g.
 * "★班主任、临时党支部 ☆学员工作科", or "学员工作科 ★班主任" for an unmarked office.
 */
export function formatDepartments(departments: readonly ResponsibleDepartment[]): string {
  const runs: { mark: string; names: string[] }[] = []
  for (const d of departments) {
    const last = runs[runs.length - 1]
    if (last && last.mark === MARK[d.role]) last.names.push(d.department)
    else runs.push({ mark: MARK[d.role], names: [d.department] })
  }
  return runs.map((r) => r.mark + r.names.join('、')).join(' ')
}
