import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import {
  DEPARTMENTS,
  type Department,
  type DepartmentRole,
  type ResponsibleDepartment,
} from '@shared/checklist'

const MARK: Record<DepartmentRole, string> = { lead: '★', assist: '☆', listed: '' }
const NEXT_ROLE: Record<DepartmentRole, DepartmentRole> = { lead: 'assist', assist: 'listed', listed: 'lead' }
const ROLE_LABEL: Record<DepartmentRole, string> = { lead: '负责', assist: '协助', listed: '列名' }

/**
 * The 责任人 cell: offices in the cell's order, each ★ (负责), ☆ (协助) or unmarked. Clicking a chip
 * (or Enter on it) cycles its mark; Delete removes it; new offices are added at the end.
 */
export function DepartmentsEditor(props: {
  value: ResponsibleDepartment[]
  onChange: (value: ResponsibleDepartment[]) => void
}) {
  const present = new Set(props.value.map((d) => d.department))
  const cycle = (i: number) =>
    props.onChange(props.value.map((d, k) => (k === i ? { ...d, role: NEXT_ROLE[d.role] } : d)))
  return (
    <div>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        责任人（点击切换 ★负责 / ☆协助 / 不标记）
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        {props.value.map((d, i) => (
          <Chip
            key={d.department}
            label={`${MARK[d.role]}${d.department}`}
            title={`${d.department}：${ROLE_LABEL[d.role]}`}
            color={d.role === 'lead' ? 'primary' : 'default'}
            variant={d.role === 'lead' ? 'filled' : 'outlined'}
            onClick={() => cycle(i)}
            onDelete={() => props.onChange(props.value.filter((_, k) => k !== i))}
          />
        ))}
        <TextField
          select
          label="添加部门"
          value=""
          onChange={(e) =>
            e.target.value &&
            props.onChange([...props.value, { department: e.target.value as Department, role: 'lead' }])
          }
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          sx={{ minWidth: 140 }}
        >
          <option value="">选择…</option>
          {DEPARTMENTS.filter((d) => !present.has(d)).map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </TextField>
      </Box>
    </div>
  )
}
