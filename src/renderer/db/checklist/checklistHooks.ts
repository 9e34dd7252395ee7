import { useLiveQuery } from 'dexie-react-hooks'
import type { ChecklistTemplate } from '@shared/checklist'
import { useData } from '../core/DataProvider'
import type { ClassChecklistView } from './checklistRecords'

/** Live reads of duty checklists for components: they re-render when the data changes, and never write. */

/** `null` when the class has no checklist yet; `undefined` while loading. */
export function useClassChecklist(classId: string | undefined): ClassChecklistView | null | undefined {
  const { checklists } = useData()
  return useLiveQuery(
    async () => (classId ? ((await checklists.get(classId)) ?? null) : null),
    [checklists, classId],
  )
}

export function useAllChecklists(): ClassChecklistView[] | undefined {
  const { checklists } = useData()
  return useLiveQuery(() => checklists.listAll(), [checklists])
}

/** The stored template versions (the built-ins' version 1 lives in code). */
export function useTemplateLibrary(): ChecklistTemplate[] | undefined {
  const { checklistTemplates } = useData()
  return useLiveQuery(() => checklistTemplates.listVersions(), [checklistTemplates])
}
