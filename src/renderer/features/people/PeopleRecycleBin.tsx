import Typography from '@mui/material/Typography'
import { useData } from '../../db/core/DataProvider'
import { useDeletedRosterRecords } from '../../db/roster/rosterHooks'
import { RecycleBinTable } from '../../ui/RecycleBinTable'

/** The recycle bin's roster part: deleted people, and people taken out of one class. */
export function PeopleRecycleBin() {
  const deleted = useDeletedRosterRecords()
  const { people, enrollments } = useData()
  if (!deleted) return null
  const rows = [
    ...deleted.people.map((p) => ({
      id: p.id,
      what: '学员',
      name: p.name,
      deletedStamp: p._hlc.deleted,
      restore: () => people.restore(p.id),
    })),
    ...deleted.enrollments.map(({ enrollment: e, personName, className }) => ({
      id: e.id,
      what: `移出班次（${className}）`,
      name: personName,
      deletedStamp: e._hlc.deleted,
      restore: () => enrollments.restore(e.id),
    })),
  ]
  if (rows.length === 0) return null
  return (
    <>
      <Typography variant="h6" sx={{ mt: 3, mb: 1 }}>
        学员
      </Typography>
      <RecycleBinTable label="回收站中的学员" nameHeader="姓名" rows={rows} />
    </>
  )
}
