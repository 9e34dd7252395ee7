import { useState } from 'react'
import UploadFileIcon from '@mui/icons-material/UploadFile'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { PLACEMENT_COLUMNS, readPlacements, type PlacementImport } from '@shared/secondment/placementImport'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { useData } from '../../db/core/DataProvider'
import type { ClassStudent } from '../../db/roster/classStudents'
import { pickGrid } from './readGrid'

/**
 * 从 Excel 导入挂职安排: the list is matched to the roster; any problem (row, column, what to do)
 * refuses the whole file, and nothing is written until 导入 (one transaction).
 */
export function PlacementImportDialog(props: {
  classId: string
  students: readonly ClassStudent[]
  onClose: () => void
}) {
  const { placements } = useData()
  const notify = useNotify()
  const [result, setResult] = useState<(PlacementImport & { fileName: string }) | null>(null)
  const [error, setError] = useState<string>()
  const pick = async () => {
    setError(undefined)
    const grid = await pickGrid('挂职安排表')
    if (!grid.ok) {
      if (grid.message) setError(grid.message)
      return
    }
    setResult({ ...readPlacements(grid.fileName, grid.text, props.students), fileName: grid.fileName })
  }
  const commit = async () => {
    if (!result?.ok) return
    try {
      await placements.importRows(props.classId, result.rows)
      notify(`已导入 ${result.rows.length} 名学员的挂职安排`)
      props.onClose()
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  return (
    <Dialog open onClose={props.onClose} maxWidth="lg" fullWidth>
      <DialogTitle>从 Excel 导入挂职安排</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" sx={{ mb: 1 }}>
          表头需有“姓名”“挂职单位”，可有“
          {PLACEMENT_COLUMNS.slice(3)
            .map((c) => c.label)
            .join('”“')}
          ”“身份证号码”（区分同名）。学员按姓名对应本班花名册；有任何问题时整份文件不导入。
        </Typography>
        <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => void pick()}>
          选择文件…
        </Button>
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
        {result && !result.ok && (
          <Alert severity="error" sx={{ mt: 1 }} data-testid="placement-import-problems">
            {result.fileName} 有 {result.problems.length} 处问题，未导入任何数据：
            {result.problems.map((p, i) => (
              <div key={i}>{p.message}</div>
            ))}
          </Alert>
        )}
        {result?.ok && (
          <Table size="small" sx={{ mt: 1 }} data-testid="placement-import-preview">
            <TableHead>
              <TableRow>
                <TableCell>行</TableCell>
                <TableCell>姓名</TableCell>
                <TableCell>挂职单位</TableCell>
                <TableCell>挂职岗位</TableCell>
                <TableCell>联络人</TableCell>
                <TableCell>带教责任人</TableCell>
                <TableCell>派出单位</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {result.rows.map((r) => (
                <TableRow key={r.row}>
                  <TableCell>{r.row}</TableCell>
                  <TableCell>{r.name}</TableCell>
                  <TableCell>{r.hostUnit}</TableCell>
                  <TableCell>{r.post}</TableCell>
                  <TableCell>{r.contact}</TableCell>
                  <TableCell>{r.mentor}</TableCell>
                  <TableCell>{r.dispatchingUnit}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>取消</Button>
        <Button variant="contained" disabled={!result?.ok} onClick={() => void commit()}>
          {result?.ok ? `导入 ${result.rows.length} 条挂职安排` : '导入'}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
