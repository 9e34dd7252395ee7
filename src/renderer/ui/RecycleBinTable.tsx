import { useState } from 'react'
import PurgeIcon from '@mui/icons-material/DeleteForeverOutlined'
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
import { ConfirmDialog } from './ConfirmDialog'
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
  /** null: the record cannot come back (a purged person), and the row says so instead. */
  restore: (() => Promise<unknown>) | null
  /** 彻底清除, with what the confirmation says it erases; absent for records that hold no personal data. */
  purge?: { run: () => Promise<unknown>; what: string }
}

/** Deleted records, newest deletion first, each with 恢复 (and 彻底清除 where personal data can be erased). */
export function RecycleBinTable(props: {
  label: string
  nameHeader: string
  rows: BinRow[]
  empty?: string
}) {
  const notify = useNotify()
  const [purging, setPurging] = useState<BinRow | null>(null)
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
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {r.restore === null ? (
                  <Typography variant="body2" color="text.secondary" component="span">
                    个人信息已彻底清除
                  </Typography>
                ) : (
                  <Button
                    size="small"
                    startIcon={<RestoreIcon />}
                    aria-label={`恢复${r.name}`}
                    onClick={() =>
                      void r.restore!().then(
                        () => notify(`已恢复“${r.name}”`),
                        (e: unknown) => notify(errorMessage(e), 'error'),
                      )
                    }
                  >
                    恢复
                  </Button>
                )}
                {r.purge && (
                  <Button
                    size="small"
                    color="error"
                    startIcon={<PurgeIcon />}
                    aria-label={`彻底清除${r.name}`}
                    onClick={() => setPurging(r)}
                    sx={{ ml: 1 }}
                  >
                    彻底清除
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ConfirmDialog
        open={purging !== null}
        title={`彻底清除“${purging?.name ?? ''}”的个人信息？`}
        message={`将清除${purging?.purge?.what ?? ''}清除后无法撤销，也不能再恢复；其他电脑导入本机的快照后也会一并清除。`}
        confirmLabel="彻底清除"
        onCancel={() => setPurging(null)}
        onConfirm={async () => {
          const row = purging!
          await row.purge!.run()
          setPurging(null)
          notify(`已彻底清除“${row.name}”的个人信息`)
        }}
      />
    </TableContainer>
  )
}
