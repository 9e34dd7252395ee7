import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import { classStatusLabel, classTierLabel, classTypeLabel } from '@shared/domain/trainingClass'
import type { ClassRecord } from '../../db/core/database'

const STATUS_COLOR = {
  preparing: 'default',
  running: 'success',
  finished: 'info',
  archived: 'default',
} as const

/** Classes as rows; a row opens with a click or Enter. */
export function ClassTable({ classes, onOpen }: { classes: ClassRecord[]; onOpen: (id: string) => void }) {
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label="班次列表">
        <TableHead>
          <TableRow>
            <TableCell>班次名称</TableCell>
            <TableCell>类型</TableCell>
            <TableCell>层次</TableCell>
            <TableCell>起止日期</TableCell>
            <TableCell align="right">总学时</TableCell>
            <TableCell>班主任</TableCell>
            <TableCell>状态</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {classes.length === 0 && (
            <TableRow>
              <TableCell colSpan={7} align="center" sx={{ color: 'text.secondary', py: 4 }}>
                没有符合条件的班次
              </TableCell>
            </TableRow>
          )}
          {classes.map((c) => (
            <TableRow
              key={c.id}
              hover
              tabIndex={0}
              sx={{ cursor: 'pointer' }}
              onClick={() => onOpen(c.id)}
              onKeyDown={(e) => e.key === 'Enter' && onOpen(c.id)}
            >
              <TableCell sx={{ fontWeight: 600 }}>{c.name}</TableCell>
              <TableCell>{classTypeLabel(c.type)}</TableCell>
              <TableCell>{classTierLabel(c.tier)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {c.startDate} 至 {c.endDate}
              </TableCell>
              <TableCell align="right">{c.totalHours}</TableCell>
              <TableCell>{c.headTeachers.join('、')}</TableCell>
              <TableCell>
                <Chip size="small" label={classStatusLabel(c.status)} color={STATUS_COLOR[c.status]} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
