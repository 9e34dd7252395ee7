import { useState } from 'react'
import UploadFileIcon from '@mui/icons-material/UploadFile'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { importMemberList, type ImportProblem, type ImportedMember } from '@shared/ledger/ledgerImport'
import { MEMBER_STATUS_LABELS } from '@shared/ledger/records'
import { FormDialog } from '../../ui/FormDialog'
import { useData } from '../../db/core/DataProvider'
import { pickLedgerFile } from './readLedgerFile'
import { DEFAULT_SCHEME, SchemeSelect, schemeRecordFor } from './schemeChoice'

/**
 * 从 Excel 名单新建支部: the branch's own member list, read tolerantly; any problem refuses the
 * whole file (listed by row and column) and nothing is written.
 */
export function CreateBranchDialog(props: { onClose: () => void; onCreated: (id: string) => void }) {
  const { ledger } = useData()
  const [name, setName] = useState('')
  const [scheme, setScheme] = useState(DEFAULT_SCHEME)
  const [year, setYear] = useState(String(new Date().getFullYear()))
  const [file, setFile] = useState<{ name: string; members: ImportedMember[] } | null>(null)
  const [problems, setProblems] = useState<{ file: string; list: ImportProblem[] } | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})

  const pick = async () => {
    const r = await pickLedgerFile('党员名单')
    if (!r.ok) {
      if (r.message) setProblems({ file: '', list: [{ row: null, column: null, message: r.message }] })
      return
    }
    const imported = importMemberList(r.sheet, r.fileName)
    if (imported.ok) {
      setFile({ name: r.fileName, members: imported.members })
      setProblems(null)
      if (!name) setName(r.fileName.replace(/\.[^.]+$/, ''))
    } else {
      setFile(null)
      setProblems({ file: r.fileName, list: imported.problems })
    }
  }

  const submit = async () => {
    const y = Number(year)
    if (!name.trim()) throw new Error('请填写支部名称')
    if (!Number.isInteger(y) || y < 2000 || y > 2100) throw new Error('年度应为四位数字，例如 2026')
    if (!file) throw new Error('请先选择支部的 Excel 党员名单')
    const schemeRecordId = await schemeRecordFor(ledger, scheme)
    const branch = await ledger.createBranch(
      { name: name.trim(), schemeRecordId, year: y },
      file.members.map(({ excelRow: _, ...m }) => ({ ...m, from: '', to: '' })),
    )
    props.onCreated(branch.id)
  }

  return (
    <FormDialog
      title="从 Excel 名单新建党支部"
      submitLabel="新建支部"
      maxWidth="md"
      onClose={props.onClose}
      onSubmit={submit}
      onFieldErrors={setErrors}
    >
      <TextField
        label="支部名称"
        value={name}
        onChange={(e) => setName(e.target.value)}
        fullWidth
        margin="dense"
        autoFocus
        error={!!errors.name}
        helperText={errors.name}
      />
      <Box sx={{ display: 'flex', gap: 2 }}>
        <SchemeSelect value={scheme} onChange={setScheme} />
        <TextField
          label="年度"
          value={year}
          onChange={(e) => setYear(e.target.value)}
          margin="dense"
          sx={{ width: 140 }}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 1 }}>
        <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => void pick()}>
          选择党员名单（Excel）
        </Button>
        <Typography variant="body2" color="text.secondary">
          列：姓名、学号/工号、党员/预备党员、入党日期、转正日期、党内职务
        </Typography>
      </Box>
      {problems && (
        <Alert severity="error" sx={{ mt: 2 }} data-testid="import-problems">
          {problems.file
            ? `“${problems.file}”有 ${problems.list.length} 处问题，没有导入任何人，请改正后重新选择：`
            : ''}
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {problems.list.slice(0, 30).map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </Alert>
      )}
      {file && (
        <Box sx={{ mt: 2 }} data-testid="member-preview">
          <Typography variant="subtitle2">
            “{file.name}”：{file.members.length} 名党员
          </Typography>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>行</TableCell>
                <TableCell>姓名</TableCell>
                <TableCell>学号/工号</TableCell>
                <TableCell>党员/预备党员</TableCell>
                <TableCell>入党日期</TableCell>
                <TableCell>党内职务</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {file.members.slice(0, 8).map((m) => (
                <TableRow key={m.excelRow}>
                  <TableCell>{m.excelRow}</TableCell>
                  <TableCell>{m.name}</TableCell>
                  <TableCell>{m.staffNo}</TableCell>
                  <TableCell>{MEMBER_STATUS_LABELS[m.status]}</TableCell>
                  <TableCell>{m.joinedOn}</TableCell>
                  <TableCell>{m.partyPost}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {file.members.length > 8 && (
            <Typography variant="caption" color="text.secondary">
              另有 {file.members.length - 8} 人
            </Typography>
          )}
        </Box>
      )}
    </FormDialog>
  )
}
