import { useState } from 'react'
import { Link as RouterLink, useNavigate, useParams } from 'react-router'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined'
import EditIcon from '@mui/icons-material/Edit'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Link from '@mui/material/Link'
import Stack from '@mui/material/Stack'
import { useNotify } from '../../ui/Notifier'
import { PageHeader } from '../../ui/PageHeader'
import { useData } from '../../db/core/DataProvider'
import { useLiveClass } from '../../db/classes/classHooks'
import { ClassFormDialog } from './ClassFormDialog'
import { FinishSuggestions } from './FinishSuggestions'
import { CLASS_TABS } from './classTabs'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { ErrorBoundary } from '../../ui/ErrorBoundary'

export function ClassDetailPage() {
  const { classId, tab = '' } = useParams()
  const cls = useLiveClass(classId)
  const { classes } = useData()
  const notify = useNotify()
  const navigate = useNavigate()
  const [editing, setEditing] = useState(false)
  const [confirmDelete, setConfirmDelete] = useState(false)

  if (cls === undefined) return null
  if (cls === null)
    return (
      <Alert severity="warning">
        找不到这个班次。它可能已被永久移除。
        <Link component={RouterLink} to="/classes" sx={{ ml: 1 }}>
          返回班次列表
        </Link>
      </Alert>
    )

  const { id, createdAt: _c, deleted: _d, _hlc, _updated, ...fields } = cls
  return (
    <>
      {cls.deleted && (
        <Alert
          severity="warning"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" onClick={() => void classes.restore(id).then(() => notify('已恢复'))}>
              恢复
            </Button>
          }
        >
          这个班次在回收站中。
        </Alert>
      )}
      <PageHeader
        title={cls.name}
        subtitle={
          <Link component={RouterLink} to="/classes">
            ← 班次列表
          </Link>
        }
        actions={
          <Stack direction="row" spacing={1}>
            <Button variant="outlined" startIcon={<EditIcon />} onClick={() => setEditing(true)}>
              编辑
            </Button>
            {!cls.deleted && (
              <Button color="error" startIcon={<DeleteIcon />} onClick={() => setConfirmDelete(true)}>
                删除
              </Button>
            )}
          </Stack>
        }
      />
      <FinishSuggestions classes={[cls]} />
      <Tabs
        value={CLASS_TABS.some((t) => t.path === tab) ? tab : ''}
        onChange={(_, v: string) => void navigate(`/classes/${id}${v ? '/' + v : ''}`)}
        sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
        aria-label="班次内容"
      >
        {CLASS_TABS.map((t) => (
          <Tab key={t.path} value={t.path} label={t.label} />
        ))}
      </Tabs>
      {(() => {
        const current = CLASS_TABS.find((t) => t.path === tab) ?? CLASS_TABS[0]!
        // Each tab has its own boundary: a damaged record in one tab leaves the others usable.
        return (
          <ErrorBoundary area={`${cls.name} · ${current.label}`} resetKey={`${id}/${current.path}`}>
            {current.render(cls)}
          </ErrorBoundary>
        )
      })()}
      {editing && (
        <ClassFormDialog
          title="编辑班次"
          initial={fields}
          onClose={() => setEditing(false)}
          onSubmit={async (value) => {
            await classes.updateClass(id, value)
            setEditing(false)
            notify('已保存')
          }}
        />
      )}
      <ConfirmDialog
        open={confirmDelete}
        title="删除班次"
        message={`“${cls.name}”将移入回收站，可随时从回收站恢复。`}
        confirmLabel="移入回收站"
        onCancel={() => setConfirmDelete(false)}
        onConfirm={async () => {
          await classes.softDelete(id)
          setConfirmDelete(false)
          notify(`已将“${cls.name}”移入回收站`)
          await navigate('/classes')
        }}
      />
    </>
  )
}
