import { useLiveQuery } from 'dexie-react-hooks'
import { useData } from '../core/DataProvider'
import type { ClassRecord } from '../core/database'

/** Live reads for components: they re-render when the data changes, and never write. */

export function useLiveClasses(): ClassRecord[] | undefined {
  const { classes } = useData()
  return useLiveQuery(() => classes.listLive(), [classes])
}

export function useDeletedClasses(): ClassRecord[] | undefined {
  const { classes } = useData()
  return useLiveQuery(() => classes.listDeleted(), [classes])
}

export function useLiveClass(id: string | undefined): ClassRecord | null | undefined {
  const { classes } = useData()
  return useLiveQuery(async () => (id ? ((await classes.get(id)) ?? null) : null), [classes, id])
}
