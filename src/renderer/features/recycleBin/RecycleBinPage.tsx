import RestoreIcon from '@mui/icons-material/RestoreFromTrash'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import { classTypeLabel } from '@shared/domain/trainingClass'
import { stampTime } from '@shared/sync/record'
import { useNotify } from '../../app/Notifier'
import { PageHeader } from '../../app/PageHeader'
import { formatDateTime } from '../../app/dates'
import { useData } from '../../db/DataProvider'
import { useDeletedClasses } from '../../db/hooks'
import { PeopleRecycleBin } from '../people/PeopleRecycleBin'

/** Deleted records wait here; restoring is one click and syncs like any edit. */
export function RecycleBinPage() {
  const deleted = useDeletedClasses()
  const { classes } = useData()
  const notify = useNotify()
  const rows = [...(deleted ?? [])].sort((a, b) => (b._hlc.deleted ?? '').localeCompare(a._hlc.deleted ?? ''))
  return (
    <>
      <PageHeader
        title="回收站"
        subtitle="删除的班次和学员保存在这里，可随时恢复；同步到其他电脑时删除和恢复都会一并同步。"
      />
      <TableContainer component={Paper}>
        <Table size="small" aria-label="回收站">
          <TableHead>
            <TableRow>
              <TableCell>类别</TableCell>
              <TableCell>名称</TableCell>
              <TableCell>删除时间</TableCell>
              <TableCell align="right">操作</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={4} align="center" sx={{ py: 4, color: 'text.secondary' }}>
                  回收站是空的
                </TableCell>
              </TableRow>
            )}
            {rows.map((c) => (
              <TableRow key={c.id}>
                <TableCell>班次（{classTypeLabel(c.type)}）</TableCell>
                <TableCell>{c.name}</TableCell>
                <TableCell>{c._hlc.deleted ? formatDateTime(stampTime(c._hlc.deleted)) : ''}</TableCell>
                <TableCell align="right">
                  <Button
                    size="small"
                    startIcon={<RestoreIcon />}
                    onClick={() => void classes.restore(c.id).then(() => notify(`已恢复“${c.name}”`))}
                  >
                    恢复
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <PeopleRecycleBin />
    </>
  )
}
