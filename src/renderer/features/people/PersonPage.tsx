import { useState } from 'react'
import { Link as RouterLink, useNavigate, useParams } from 'react-router'
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined'
import EditIcon from '@mui/icons-material/Edit'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import FormControlLabel from '@mui/material/FormControlLabel'
import Grid from '@mui/material/Grid'
import Link from '@mui/material/Link'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Switch from '@mui/material/Switch'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { ROSTER_SCREEN_LABELS as SCREEN_LABEL, type PersonField } from '@shared/roster/fields'
import { maskIdNumber } from '@shared/roster/idCard'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { useNotify } from '../../ui/Notifier'
import { PageHeader } from '../../ui/PageHeader'
import { useData } from '../../db/core/DataProvider'
import { ENROLLMENT_STATUS_LABELS } from '../../db/roster/enrollmentRepository'
import { isPurgedPerson } from '../../db/roster/personPurge'
import { useAttendedClasses, usePerson } from '../../db/roster/rosterHooks'
import { sortRoles } from '@shared/roster/roles'
import { PersonFormDialog } from './PersonFormDialog'

/** What the page lists under the ID number, in this order, when known (the name is the title). */
const DETAILS: readonly Exclude<PersonField, 'idNumber' | 'name'>[] = [
  'gender',
  'ethnicity',
  'birthDate',
  'politicalStatus',
  'education',
  'phone',
  'unit',
  'post',
  'studentNo',
  'college',
  'major',
  'activistSince',
  'note',
]

/** A person across classes: who they are (edited once, for every class) and every class they attended. */
export function PersonPage() {
  const { personId } = useParams()
  const person = usePerson(personId)
  const classes = useAttendedClasses(personId)
  const { people } = useData()
  const notify = useNotify()
  const navigate = useNavigate()
  const [editing, setEditing] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const [revealId, setRevealId] = useState(false)

  if (person === undefined) return null
  if (person === null)
    return (
      <Alert severity="warning">
        找不到这位学员。
        <Link component={RouterLink} to="/people" sx={{ ml: 1 }}>
          返回学员列表
        </Link>
      </Alert>
    )

  return (
    <>
      {isPurgedPerson(person) && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="person-purged">
          这位学员已删除，个人信息已彻底清除，不能再恢复。
        </Alert>
      )}
      {person.deleted && !isPurgedPerson(person) && (
        <Alert
          severity="warning"
          sx={{ mb: 2 }}
          action={
            <Button
              color="inherit"
              onClick={() => void people.restore(person.id).then(() => notify('已恢复'))}
            >
              恢复
            </Button>
          }
        >
          这位学员在回收站中。
        </Alert>
      )}
      <PageHeader
        title={person.name}
        subtitle={
          <Link component={RouterLink} to="/people">
            ← 学员
          </Link>
        }
        actions={
          <Stack direction="row" spacing={1}>
            {!isPurgedPerson(person) && (
              <Button variant="outlined" startIcon={<EditIcon />} onClick={() => setEditing(true)}>
                编辑
              </Button>
            )}
            {!person.deleted && (
              <Button color="error" startIcon={<DeleteIcon />} onClick={() => setDeleting(true)}>
                删除
              </Button>
            )}
          </Stack>
        }
      />
      <Paper variant="outlined" sx={{ p: 2, mb: 3 }}>
        <Grid container spacing={1.5}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Typography variant="body2" color="text.secondary">
              {SCREEN_LABEL.idNumber}
            </Typography>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Typography data-testid="person-id-number">
                {person.idNumber ? (revealId ? person.idNumber : maskIdNumber(person.idNumber)) : '—'}
              </Typography>
              {person.idNumber && (
                <FormControlLabel
                  control={
                    <Switch size="small" checked={revealId} onChange={(e) => setRevealId(e.target.checked)} />
                  }
                  label="显示完整号码"
                />
              )}
            </Stack>
          </Grid>
          {DETAILS.filter((key) => person[key]).map((key) => (
            <Grid key={key} size={{ xs: 6, md: 3 }}>
              <Typography variant="body2" color="text.secondary">
                {SCREEN_LABEL[key]}
              </Typography>
              <Typography data-testid={`person-${key}`}>{person[key]}</Typography>
            </Grid>
          ))}
        </Grid>
      </Paper>
      <Typography variant="h6" gutterBottom>
        参加过的班次（{classes?.length ?? 0}）
      </Typography>
      <TableContainer component={Paper}>
        <Table size="small" aria-label="参加过的班次">
          <TableHead>
            <TableRow>
              <TableCell>班次</TableCell>
              <TableCell>日期</TableCell>
              <TableCell>状态</TableCell>
              <TableCell>座号</TableCell>
              <TableCell>小组</TableCell>
              <TableCell>班内职务</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {classes?.length === 0 && (
              <TableRow>
                <TableCell colSpan={6} align="center" sx={{ py: 3, color: 'text.secondary' }}>
                  不在任何班次的花名册中
                </TableCell>
              </TableRow>
            )}
            {classes?.map(({ cls, enrollment, groupName }) => (
              <TableRow key={enrollment.id}>
                <TableCell>
                  <Link component={RouterLink} to={`/classes/${cls.id}/roster`}>
                    {cls.name}
                  </Link>
                </TableCell>
                <TableCell>
                  {cls.startDate} 至 {cls.endDate}
                </TableCell>
                <TableCell>
                  {ENROLLMENT_STATUS_LABELS[enrollment.status]}
                  {enrollment.status === 'withdrawn' &&
                    `（${enrollment.withdrawDate}，${enrollment.withdrawReason}）`}
                </TableCell>
                <TableCell>{enrollment.seat ?? ''}</TableCell>
                <TableCell>{groupName}</TableCell>
                <TableCell>{sortRoles(enrollment.roles).join('、')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {editing && (
        <PersonFormDialog
          person={person}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false)
            notify('已保存')
          }}
        />
      )}
      <ConfirmDialog
        open={deleting}
        title="删除学员"
        message={`“${person.name}”将移入回收站，并从所有班次的花名册中消失；可随时从回收站恢复。`}
        confirmLabel="移入回收站"
        onCancel={() => setDeleting(false)}
        onConfirm={async () => {
          await people.softDelete(person.id)
          setDeleting(false)
          notify(`已将“${person.name}”移入回收站`)
          await navigate('/people')
        }}
      />
    </>
  )
}
