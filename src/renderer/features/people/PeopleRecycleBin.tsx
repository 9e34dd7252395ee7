import Typography from '@mui/material/Typography'
import { useData } from '../../db/core/DataProvider'
import { useDeletedRosterRecords } from '../../db/roster/rosterHooks'
import { RecycleBinTable } from '../../ui/RecycleBinTable'
import { isPurgedPerson, PURGED_PERSON_NAME } from '../../db/roster/personPurge'

/** What 彻底清除 erases, as its confirmation says it. */
const PURGE_WHAT =
  '此学员的全部个人信息（姓名、身份证号、手机、出生日期、工作单位、职务、备注等），以及各班次中关于此人的住宿、备注、退学原因、请假事由和考勤备注。回收站中只留下“已清除的学员”和删除时间；考勤、请假的次数和时间仍计入班次统计。'

/** The recycle bin's roster part: deleted people, and people taken out of one class. */
export function PeopleRecycleBin() {
  const deleted = useDeletedRosterRecords()
  const { people, enrollments, rosterWrites } = useData()
  if (!deleted) return null
  const rows = [
    ...deleted.people.map((p) =>
      isPurgedPerson(p)
        ? { id: p.id, what: '学员', name: PURGED_PERSON_NAME, deletedStamp: p._hlc.deleted, restore: null }
        : {
            id: p.id,
            what: '学员',
            name: p.name,
            deletedStamp: p._hlc.deleted,
            restore: () => people.restore(p.id),
            purge: { run: () => rosterWrites.purgeDeletedPerson(p.id), what: PURGE_WHAT },
          },
    ),
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
