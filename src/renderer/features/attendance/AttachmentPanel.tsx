import { useEffect, useState } from 'react'
import AttachFileIcon from '@mui/icons-material/AttachFile'
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined'
import DownloadIcon from '@mui/icons-material/Download'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Tooltip from '@mui/material/Tooltip'
import Typography from '@mui/material/Typography'
import { errorMessage, useNotify } from '../../ui/Notifier'
import {
  MAX_ATTACHMENT_BYTES,
  sniffAttachmentType,
  type AttachmentSummary,
} from '../../db/attendance/attachmentRepository'
import { useSessionAttachments } from '../../db/attendance/attendanceHooks'
import { useData } from '../../db/core/DataProvider'
import { platform } from '../../platform'

/** Photos or scans of the signed sheet, kept with the session (签到表原件留档). */
export function AttachmentPanel(props: { classId: string; sessionId: string }) {
  const list = useSessionAttachments(props.sessionId)
  const { attachments } = useData()
  const notify = useNotify()

  const add = async () => {
    const r = await platform.openFiles({
      filters: [
        {
          name: '照片或扫描件',
          extensions: ['jpg', 'jpeg', 'png', 'pdf', 'webp', 'gif', 'bmp', 'tif', 'tiff'],
        },
      ],
      multiple: true,
    })
    if (!r.ok) {
      if (r.error.code !== 'cancelled') notify(r.error.message, 'error')
      return
    }
    try {
      // Every file is checked before any is kept: one bad file in a batch changes nothing.
      const files = r.value.map((f) => {
        const mimeType = sniffAttachmentType(f.bytes)
        if (!mimeType)
          throw new Error(`文件“${f.name}”不是图片或 PDF，请附上签到表的照片或扫描件；没有附上任何文件`)
        if (f.bytes.byteLength === 0) throw new Error(`文件“${f.name}”是空的；没有附上任何文件`)
        if (f.bytes.byteLength > MAX_ATTACHMENT_BYTES)
          throw new Error(
            `文件“${f.name}”超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB，请压缩后再附上；没有附上任何文件`,
          )
        return { ...f, mimeType }
      })
      for (const f of files) {
        await attachments.attach({
          classId: props.classId,
          sessionId: props.sessionId,
          name: f.name,
          mimeType: f.mimeType,
          bytes: f.bytes,
        })
      }
      if (files.length) notify(`已附上 ${files.length} 个文件`)
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  const download = async (a: AttachmentSummary) => {
    const full = await attachments.get(a.id)
    if (!full) return
    const saved = await platform.saveFile({ suggestedName: a.name, bytes: new Uint8Array(full.bytes) })
    if (!saved.ok && saved.error.code !== 'cancelled') notify(saved.error.message, 'error')
  }

  return (
    <Paper sx={{ p: 2 }} data-testid="attachments">
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700, flexGrow: 1 }}>
          签到表原件
        </Typography>
        <Button startIcon={<AttachFileIcon />} onClick={() => void add()}>
          附上照片或扫描件
        </Button>
      </Stack>
      {list && list.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          还没有附件。签好的签到表拍照或扫描后附在这里留档。
        </Typography>
      )}
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {list?.map((a) => (
          <Box key={a.id} sx={{ width: 160 }} data-testid="attachment">
            <Thumbnail attachment={a} />
            <Stack direction="row" sx={{ alignItems: 'center' }}>
              <Tooltip title={a.name}>
                <Typography variant="caption" noWrap sx={{ flexGrow: 1 }}>
                  {a.name}（{Math.max(1, Math.round(a.size / 1024))} KB）
                </Typography>
              </Tooltip>
              <IconButton size="small" aria-label={`下载${a.name}`} onClick={() => void download(a)}>
                <DownloadIcon fontSize="small" />
              </IconButton>
              <IconButton
                size="small"
                aria-label={`删除${a.name}`}
                onClick={() => void attachments.softDelete(a.id).then(() => notify('已删除附件'))}
              >
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Stack>
          </Box>
        ))}
      </Stack>
    </Paper>
  )
}

/** An image preview from the stored bytes (object URL, revoked when it goes away); PDFs get a label. */
function Thumbnail({ attachment }: { attachment: AttachmentSummary }) {
  const { attachments } = useData()
  const [url, setUrl] = useState<string | null>(null)
  const isImage = attachment.mimeType.startsWith('image/')
  useEffect(() => {
    if (!isImage) return
    let made: string | null = null
    let live = true
    void attachments.get(attachment.id).then((full) => {
      if (!full || !live) return
      made = URL.createObjectURL(new Blob([full.bytes as Uint8Array<ArrayBuffer>], { type: full.mimeType }))
      setUrl(made)
    })
    return () => {
      live = false
      if (made) URL.revokeObjectURL(made)
    }
  }, [attachments, attachment.id, isImage])
  return (
    <Box
      sx={{
        height: 110,
        border: 1,
        borderColor: 'grey.300',
        borderRadius: 1,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        overflow: 'hidden',
        bgcolor: 'grey.50',
      }}
    >
      {isImage && url ? (
        <img src={url} alt={attachment.name} style={{ maxWidth: '100%', maxHeight: '100%' }} />
      ) : (
        <Typography color="text.secondary">{isImage ? '…' : 'PDF'}</Typography>
      )}
    </Box>
  )
}
