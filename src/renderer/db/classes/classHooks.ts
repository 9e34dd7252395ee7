import { useLiveQuery } from 'dexie-react-hooks'
import { useData } from '../core/DataProvider'
import type { ClassRecord } from '../core/database'
import { z } from 'zod'
import { trainingClassInput } from '@shared/domain/trainingClass'
import { checkStoredRecords } from '../core/recordCheck'

/** A stored class's fields as the screens expect them; unknown extra fields allowed. */
const storedClass = z.looseObject(trainingClassInput.shape)
const CLASS_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: '班次名称',
  type: '班次类型',
  tier: '班级层次',
  startDate: '开班日期',
  endDate: '结业日期',
  totalHours: '总学时',
  residential: '住宿',
  noLeave: '不准请假',
  headTeachers: '班主任 / 组织员',
  status: '状态',
  note: '备注',
}
const checked = (rows: ClassRecord[]) => checkStoredRecords('班次', storedClass, rows, CLASS_FIELD_LABELS)

/** Live reads for components: they re-render when the data changes, and never write. */

export function useLiveClasses(): ClassRecord[] | undefined {
  const { classes } = useData()
  return useLiveQuery(async () => checked(await classes.listLive()), [classes])
}

export function useDeletedClasses(): ClassRecord[] | undefined {
  const { classes } = useData()
  return useLiveQuery(async () => checked(await classes.listDeleted()), [classes])
}

export function useLiveClass(id: string | undefined): ClassRecord | null | undefined {
  const { classes } = useData()
  return useLiveQuery(async () => {
    const found = id ? await classes.get(id) : undefined
    return found ? checked([found])[0]! : null
  }, [classes, id])
}
