import RestoreIcon from '@mui/icons-material/RestoreFromTrash'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { stampTime } from '@shared/sync/record'
import { useNotify } from '../../app/Notifier'
import { formatDateTime } from '../../app/dates'
import { useData } from '../../db/DataProvider'
import { useDeletedRosterRecords } from '../../db/rosterHooks'

/** The recycle bin's roster part: deleted people, and people taken out of one class. */
export function PeopleRecycleBin() {
  const deleted = useDeletedRosterRecords()
  const { people, enrollments } = useData()
  const notify = useNotify()
  if (!deleted) return null
  const when = (stamp: string | undefined) => (stamp ? formatDateTime(stampTime(stamp)) : '')
  const rows = [
    ...deleted.people.map((p) => ({
      id: p.id,
      what: '学员',
      name: p.name,
      stamp: p._hlc.deleted,
      restore: () => people.restore(p.id),
    })),
    ...deleted.enrollments.map(({ enrollment: e, personName, className }) => ({
      id: e.id,
      what: `移出班次（${className}）`,
      name: personName,
      stamp: e._hlc.deleted,
      restore: () => enrollments.restore(e.id),
    })),
  ].sort((a, b) => (b.stamp ?? '').localeCompare(a.stamp ?? ''))
  if (rows.length === 0) return null
  return (
    <>
      <Typography variant="h6" sx={{ mt: 3, mb: 1 }}>
        学员
      </Typography>
      <TableContainer component={Paper}>
        <Table size="small" aria-label="回收站中的学员">
          <TableHead>
            <TableRow>
              <TableCell>类别</TableCell>
              <TableCell>姓名</TableCell>
              <TableCell>删除时间</TableCell>
              <TableCell align="right">操作</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.what}</TableCell>
                <TableCell>{r.name}</TableCell>
                <TableCell>{when(r.stamp)}</TableCell>
                <TableCell align="right">
                  <Button
                    size="small"
                    startIcon={<RestoreIcon />}
                    aria-label={`恢复${r.name}`}
                    onClick={() => void r.restore().then(() => notify(`已恢复“${r.name}”`))}
                  >
                    恢复
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  )
}
