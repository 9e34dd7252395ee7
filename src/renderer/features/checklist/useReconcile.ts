import { useEffect } from 'react'
import { errorMessage, useNotify } from '../../ui/Notifier'
import type { ChecklistClass } from '../../db/checklist/checklistRepository'
import { useData } from '../../db/core/DataProvider'

/**
 * Keeps the classes' checklists in line with the classes whenever a screen that shows them is open:
 * creates a missing one (the template of the class's tier), moves due dates after a change of dates,
 * follows a change of head teachers. This also covers classes that arrived by sync from an office
 * that had not opened them yet. Writing nothing when nothing changed, it is safe to run on every view.
 */
export function useReconcileChecklists(classes: readonly ChecklistClass[] | undefined): void {
  const { checklists } = useData()
  const notify = useNotify()
  // The classes' own fields are the dependency, not the array's identity.
  const key = JSON.stringify(
    (classes ?? []).map((c) => [c.id, c.tier, c.startDate, c.endDate, c.headTeachers]),
  )
  useEffect(() => {
    const list = JSON.parse(key) as [string, ChecklistClass['tier'], string, string, string[]][]
    let cancelled = false
    void (async () => {
      for (const [id, tier, startDate, endDate, headTeachers] of list) {
        if (cancelled) return
        try {
          await checklists.reconcile({ id, tier, startDate, endDate, headTeachers })
        } catch (e) {
          notify(`班务事项表更新失败：${errorMessage(e)}`, 'error')
        }
      }
    })()
    return () => {
      cancelled = true
    }
  }, [checklists, key, notify])
}
