import AttachFileIcon from '@mui/icons-material/AttachFile'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { REVIEW_STATE_LABELS } from '@shared/ledger/records'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { useData } from '../../db/core/DataProvider'
import { useBranchAttachments } from '../../db/ledger/ledgerHooks'
import type { BranchData } from '../../db/ledger/ledgerRepository'
import type { LedgerEntryRecord } from '../../db/ledger/ledgerRecords'
import { platform } from '../../platform'

/** A member's entries with 支部审核 (通过 / 退回 with a reason / 重新提交) and their evidence. */
export function MemberEntriesTable(props: {
  data: BranchData
  entries: LedgerEntryRecord[]
  label: Map<string, string>
  onVerify: (e: LedgerEntryRecord) => void
  onReturn: (e: LedgerEntryRecord) => void
  onResubmit: (e: LedgerEntryRecord) => void
  onDelete: (e: LedgerEntryRecord) => void
}) {
  const { ledger } = useData()
  const notify = useNotify()
  const attachments = useBranchAttachments(props.data.branch.id) ?? []
  const attach = async (e: LedgerEntryRecord) => {
    const r = await platform.openFiles({
      filters: [
        {
          name: '照片、扫描件或 PDF',
          extensions: ['jpg', 'jpeg', 'png', 'pdf', 'webp', 'gif', 'bmp', 'tif', 'tiff'],
        },
      ],
    })
    if (!r.ok || !r.value[0]) return
    try {
      await ledger.attach(e, r.value[0])
      notify(`已附上“${r.value[0].name}”`)
    } catch (err) {
      notify(errorMessage(err), 'error')
    }
  }
  const download = async (id: string, name: string) => {
    const full = await ledger.attachmentBytes(id)
    if (!full) return
    const saved = await platform.saveFile({ suggestedName: name, bytes: new Uint8Array(full.bytes) })
    if (!saved.ok && saved.error.code !== 'cancelled') notify(saved.error.message, 'error')
  }
  return (
    <Table size="small" aria-label="台账记录" data-testid="member-entries">
      <TableHead>
        <TableRow>
          <TableCell>日期</TableCell>
          <TableCell>项目</TableCell>
          <TableCell align="right">数量</TableCell>
          <TableCell>说明</TableCell>
          <TableCell>佐证材料</TableCell>
          <TableCell>支部审核</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {props.entries.map((e) => (
          <TableRow key={e.id} data-testid="entry-row">
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{e.date}</TableCell>
            <TableCell>{props.label.get(e.item) ?? e.item}</TableCell>
            <TableCell align="right">{e.amount}</TableCell>
            <TableCell>{e.note}</TableCell>
            <TableCell>
              {attachments
                .filter((a) => a.entryId === e.id)
                .map((a) => (
                  <Button key={a.id} size="small" onClick={() => void download(a.id, a.name)}>
                    {a.name}
                  </Button>
                ))}
              <Button
                size="small"
                startIcon={<AttachFileIcon />}
                aria-label={`附上佐证材料 ${e.date}`}
                onClick={() => void attach(e)}
              >
                附上
              </Button>
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <Chip
                size="small"
                color={e.review === 'verified' ? 'success' : e.review === 'returned' ? 'error' : 'default'}
                label={REVIEW_STATE_LABELS[e.review]}
              />
              {e.review === 'returned' && (
                <Typography variant="caption" color="error" sx={{ display: 'block' }}>
                  {e.returnReason}
                </Typography>
              )}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {e.review !== 'verified' && (
                <Button size="small" onClick={() => props.onVerify(e)}>
                  通过
                </Button>
              )}
              {e.review !== 'returned' && (
                <Button size="small" color="warning" onClick={() => props.onReturn(e)}>
                  退回
                </Button>
              )}
              {e.review === 'returned' && (
                <Button size="small" onClick={() => props.onResubmit(e)}>
                  重新提交
                </Button>
              )}
              <Button size="small" color="error" onClick={() => props.onDelete(e)}>
                删除
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
