import RestoreIcon from '@mui/icons-material/RestoreFromTrash'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import { stampTime } from '@shared/sync/record'
import { errorMessage, useNotify } from './Notifier'
import { formatDateTime } from './dates'

/** One deleted record as the recycle bin lists it. */
export interface BinRow {
  id: string
  /** 类别, e.g. 班次（中青班） or 移出班次（…）. */
  what: string
  name: string
  /** The HLC stamp of the deletion. */
  deletedStamp: string | undefined
  restore: () => Promise<unknown>
}

/** Deleted records, newest deletion first, each with 恢复. */
export function RecycleBinTable(props: {
  label: string
  nameHeader: string
  rows: BinRow[]
  empty?: string
}) {
  const notify = useNotify()
  const rows = [...props.rows].sort((a, b) => (b.deletedStamp ?? '').localeCompare(a.deletedStamp ?? ''))
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label={props.label}>
        <TableHead>
          <TableRow>
            <TableCell>类别</TableCell>
            <TableCell>{props.nameHeader}</TableCell>
            <TableCell>删除时间</TableCell>
            <TableCell align="right">操作</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.length === 0 && props.empty && (
            <TableRow>
              <TableCell colSpan={4} align="center" sx={{ py: 4, color: 'text.secondary' }}>
                {props.empty}
              </TableCell>
            </TableRow>
          )}
          {rows.map((r) => (
            <TableRow key={r.id}>
              <TableCell>{r.what}</TableCell>
              <TableCell>{r.name}</TableCell>
              <TableCell>{r.deletedStamp ? formatDateTime(stampTime(r.deletedStamp)) : ''}</TableCell>
              <TableCell align="right">
                <Button
                  size="small"
                  startIcon={<RestoreIcon />}
                  aria-label={`恢复${r.name}`}
                  onClick={() =>
                    void r.restore().then(
                      () => notify(`已恢复“${r.name}”`),
                      (e: unknown) => notify(errorMessage(e), 'error'),
                    )
                  }
                >
                  恢复
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
