import { useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import AddIcon from '@mui/icons-material/Add'
import GroupsIcon from '@mui/icons-material/Groups'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { branchOverview } from '@shared/ledger/overview'
import { PageHeader } from '../../ui/PageHeader'
import { todayIso } from '../../ui/dates'
import { useAllBranchData } from '../../db/ledger/ledgerHooks'
import { useLiveClasses } from '../../db/classes/classHooks'
import { CreateBranchDialog } from './CreateBranchDialog'
import { ClassBranchDialog } from './ClassBranchDialog'
import { SchemesPanel } from './SchemesPanel'

/** 党性锻炼: the branches (党支部, a class's 临时党支部) and the school's ledger schemes. */
export function LedgerPage() {
  const all = useAllBranchData()
  const classes = useLiveClasses()
  const navigate = useNavigate()
  const [dialog, setDialog] = useState<'excel' | 'class' | null>(null)
  const today = todayIso()
  const rows = useMemo(
    () =>
      (all ?? []).map((d) => {
        const overview = branchOverview(d.scheme, d.members, d.entries, d.reviews, d.branch.year, today)
        const behind = overview.filter((r) => r.standing?.behind).length
        const pending = d.entries.filter((e) => e.review === 'submitted').length
        return { d, behind, pending }
      }),
    [all, today],
  )
  const className = (id: string | undefined) => classes?.find((c) => c.id === id)?.name
  return (
    <>
      <PageHeader
        title="党性锻炼"
        subtitle="党支部、党员党性锻炼台账与考核"
        actions={
          <Stack direction="row" spacing={1}>
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog('excel')}>
              从 Excel 名单新建支部
            </Button>
            <Button variant="outlined" startIcon={<GroupsIcon />} onClick={() => setDialog('class')}>
              建立班次临时党支部
            </Button>
          </Stack>
        }
      />
      <Paper sx={{ mb: 3 }}>
        <Table size="small" aria-label="党支部">
          <TableHead>
            <TableRow>
              <TableCell>党支部</TableCell>
              <TableCell>方案</TableCell>
              <TableCell>年度</TableCell>
              <TableCell align="right">党员</TableCell>
              <TableCell>需要关注</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(({ d, behind, pending }) => (
              <TableRow
                key={d.branch.id}
                hover
                sx={{ cursor: 'pointer' }}
                onClick={() => void navigate(`/ledger/${d.branch.id}`)}
              >
                <TableCell>
                  <Button size="small" onClick={() => void navigate(`/ledger/${d.branch.id}`)}>
                    {d.branch.name}
                  </Button>
                  {d.branch.classId && (
                    <Typography variant="caption" color="text.secondary">
                      {className(d.branch.classId) ?? '班次'}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  {d.scheme.name}（第 {d.scheme.version} 版）
                </TableCell>
                <TableCell>{d.branch.year} 年</TableCell>
                <TableCell align="right">{d.members.length}</TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1}>
                    {behind > 0 && <Chip size="small" color="warning" label={`${behind} 人落后进度`} />}
                    {pending > 0 && <Chip size="small" label={`${pending} 条待审核`} />}
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {all && all.length === 0 && (
          <Alert severity="info" sx={{ m: 2 }}>
            还没有党支部。可以从支部的 Excel 党员名单新建，或由班次学员中的党员建立临时党支部。
          </Alert>
        )}
      </Paper>
      <SchemesPanel />
      {dialog === 'excel' && (
        <CreateBranchDialog
          onClose={() => setDialog(null)}
          onCreated={(id) => void navigate(`/ledger/${id}`)}
        />
      )}
      {dialog === 'class' && (
        <ClassBranchDialog
          onClose={() => setDialog(null)}
          onCreated={(id) => void navigate(`/ledger/${id}`)}
        />
      )}
    </>
  )
}
