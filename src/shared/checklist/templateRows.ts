import type {
  ChecklistPhase,
  ChecklistTemplateItem,
  Department,
  DepartmentRole,
  DueRule,
  ResponsibleDepartment,
} from './types'

/**
 * Small builders so that the transcribed tables read like the seed's rows:
 * `[...lead('班主任'), ...assist('行政科')]` is the cell "★班主任 ☆行政科".
 */

function marked(role: DepartmentRole, names: Department[]): ResponsibleDepartment[] {
  return names.map((department) => ({ department, role }))
}

/** ★ */
export const lead = (...names: Department[]) => marked('lead', names)
/** ☆ */
export const assist = (...names: Department[]) => marked('assist', names)
/** Named in the cell with no mark before it. */
export const listed = (...names: Department[]) => marked('listed', names)

export function row(
  code: string,
  phase: ChecklistPhase,
  matter: string,
  tasks: string[],
  departments: ResponsibleDepartment[],
  due: DueRule,
): ChecklistTemplateItem {
  // Copies, so that no two items share a rule object.
  return { code, phase, matter, tasks: [...tasks], departments, due: { ...due }, retired: false }
}
