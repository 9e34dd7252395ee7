import EditIcon from '@mui/icons-material/EditOutlined'
import PersonIcon from '@mui/icons-material/PersonOutlined'
import RemoveIcon from '@mui/icons-material/PersonRemoveOutlined'
import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import Tooltip from '@mui/material/Tooltip'
import { GridActionsCellItem, type GridColDef } from '@mui/x-data-grid'
import { maskIdNumber } from '@shared/roster/idCard'
import { ENROLLMENT_STATUS_LABELS } from '../../db/roster/enrollmentRepository'
import type { RosterGridRow } from './rosterGridRows'

export interface RosterColumnOptions {
  revealIds: boolean
  residential: boolean
  /** Columns that only make sense when someone has a value (学号 on university rosters …). */
  present: ReadonlySet<keyof RosterGridRow>
  onEdit: (row: RosterGridRow) => void
  onOpenPerson: (row: RosterGridRow) => void
  onRemove: (row: RosterGridRow) => void
}

const STATUS_COLOR = { enrolled: 'default', withdrawn: 'error', graduated: 'success' } as const

/** Fields an inline edit may change; the ID number only while it is shown in full. */
export function isEditableField(field: string, revealIds: boolean): boolean {
  if (field === 'idNumber') return revealIds
  return EDITABLE.has(field)
}
const EDITABLE = new Set([
  'seat',
  'name',
  'gender',
  'unit',
  'post',
  'phone',
  'studentNo',
  'college',
  'major',
  'dormRoom',
])

/** The roster grid's columns: person fields, then what belongs to this class, then actions. */
export function rosterColumns(o: RosterColumnOptions): GridColDef<RosterGridRow>[] {
  const text = (
    field: keyof RosterGridRow,
    headerName: string,
    extra: Partial<GridColDef<RosterGridRow>> = {},
  ) => ({ field, headerName, editable: EDITABLE.has(field), ...extra }) as GridColDef<RosterGridRow>
  const columns: (GridColDef<RosterGridRow> | false)[] = [
    text('seat', '座号', { type: 'number', width: 72, align: 'center', headerAlign: 'center' }),
    text('name', '姓名', { width: 96 }),
    text('gender', '性别', { type: 'singleSelect', valueOptions: ['男', '女'], width: 70 }),
    o.present.has('idNumber') &&
      text('idNumber', '身份证号', {
        width: 180,
        editable: o.revealIds,
        valueFormatter: (v: string) => (o.revealIds ? v : maskIdNumber(v)),
      }),
    o.present.has('studentNo') && text('studentNo', '学号', { width: 110 }),
    o.present.has('college') && text('college', '学院', { width: 120 }),
    o.present.has('major') && text('major', '专业班级', { width: 120 }),
    o.present.has('unit') && text('unit', '工作单位', { flex: 1, minWidth: 160 }),
    o.present.has('post') && text('post', '职务', { flex: 1, minWidth: 120 }),
    text('phone', '手机', { width: 124 }),
    text('politicalStatus', '政治面貌', { width: 96 }),
    text('ethnicity', '民族', { width: 70 }),
    text('birthDate', '出生日期', { width: 104 }),
    text('groupName', '小组', { width: 80 }),
    text('partyGroupName', '党小组', { width: 96 }),
    text('roles', '班内职务', {
      width: 180,
      sortable: false,
      valueGetter: (_v, r) => [...r.roles, ...r.leads].join('、'),
      renderCell: ({ row }) => (
        <Stack
          direction="row"
          spacing={0.5}
          sx={{ alignItems: 'center', height: '100%', overflow: 'hidden' }}
        >
          {row.roles.map((r) => (
            <Chip key={r} size="small" label={r} color="primary" variant="outlined" />
          ))}
          {row.leads.map((r) => (
            <Chip key={r} size="small" label={r} />
          ))}
        </Stack>
      ),
    }),
    (o.residential || o.present.has('dormRoom')) && text('dormRoom', '宿舍', { width: 80 }),
    text('status', '状态', {
      width: 84,
      type: 'singleSelect',
      valueOptions: Object.entries(ENROLLMENT_STATUS_LABELS).map(([value, label]) => ({ value, label })),
      renderCell: ({ row }) => {
        const chip = (
          <Chip
            size="small"
            variant="outlined"
            color={STATUS_COLOR[row.status]}
            label={ENROLLMENT_STATUS_LABELS[row.status]}
          />
        )
        return row.status === 'withdrawn' ? (
          <Tooltip title={`${row.withdrawDate} 退学：${row.withdrawReason}`}>{chip}</Tooltip>
        ) : (
          chip
        )
      },
    }),
    {
      field: 'actions',
      type: 'actions',
      headerName: '操作',
      width: 116,
      getActions: ({ row }) => [
        <GridActionsCellItem
          key="edit"
          icon={<EditIcon />}
          label={`编辑${row.name}在本班的信息`}
          onClick={() => o.onEdit(row)}
        />,
        <GridActionsCellItem
          key="person"
          icon={<PersonIcon />}
          label={`${row.name}的学员页`}
          onClick={() => o.onOpenPerson(row)}
        />,
        <GridActionsCellItem
          key="remove"
          icon={<RemoveIcon />}
          label={`将${row.name}移出本班`}
          onClick={() => o.onRemove(row)}
        />,
      ],
    },
  ]
  return columns.filter((c): c is GridColDef<RosterGridRow> => c !== false)
}

/** Columns hidden until the user shows them (column menu → 管理列). */
export const HIDDEN_BY_DEFAULT = {
  politicalStatus: false,
  ethnicity: false,
  birthDate: false,
  partyGroupName: false,
}
