import EditIcon from '@mui/icons-material/EditOutlined'
import PersonIcon from '@mui/icons-material/PersonOutlined'
import RemoveIcon from '@mui/icons-material/PersonRemoveOutlined'
import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import Tooltip from '@mui/material/Tooltip'
import { GridActionsCellItem, type GridColDef } from '@mui/x-data-grid'
import {
  ROSTER_FIELD_SPECS,
  ROSTER_SCREEN_LABELS,
  isRosterField,
  rosterFieldsWhere,
  type RosterField,
} from '@shared/roster/fields'
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

/** Fields an inline edit may change: the roster fields so marked (a masked one only while shown in full), and the dormitory. */
export function isEditableField(field: string, revealIds: boolean): boolean {
  if (isRosterField(field) && ROSTER_FIELD_SPECS[field].masked) return revealIds && EDITABLE.has(field)
  return EDITABLE.has(field)
}
const EDITABLE = new Set<string>([...rosterFieldsWhere((s) => s.gridEditable === true), 'dormRoom'])

/** The roster grid's columns: person fields, then what belongs to this class, then actions. */
export function rosterColumns(o: RosterColumnOptions): GridColDef<RosterGridRow>[] {
  const text = (
    field: keyof RosterGridRow,
    headerName: string,
    extra: Partial<GridColDef<RosterGridRow>> = {},
  ) =>
    ({
      field,
      headerName,
      editable: isEditableField(field, o.revealIds),
      ...extra,
    }) as GridColDef<RosterGridRow>
  /** A roster field's column: heading and editability from fields.ts. */
  const field = (name: keyof RosterGridRow & RosterField, extra: Partial<GridColDef<RosterGridRow>> = {}) =>
    text(name, ROSTER_SCREEN_LABELS[name], extra)
  // Widths add up to what fits beside the navigation at 1366 px, 宿舍/状态/操作 included (issue 11).
  const columns: (GridColDef<RosterGridRow> | false)[] = [
    field('seat', { type: 'number', width: 56, align: 'center', headerAlign: 'center' }),
    field('name', { width: 80 }),
    field('gender', { type: 'singleSelect', valueOptions: ['男', '女'], width: 56 }),
    o.present.has('idNumber') &&
      field('idNumber', {
        width: 164,
        valueFormatter: (v: string) => (o.revealIds ? v : maskIdNumber(v)),
      }),
    o.present.has('studentNo') && field('studentNo', { width: 110 }),
    o.present.has('college') && field('college', { width: 120 }),
    o.present.has('major') && field('major', { width: 120 }),
    o.present.has('unit') && field('unit', { flex: 1, minWidth: 120 }),
    o.present.has('post') && field('post', { flex: 1, minWidth: 96 }),
    field('phone', { width: 110 }),
    field('politicalStatus', { width: 96 }),
    field('ethnicity', { width: 70 }),
    field('birthDate', { width: 104 }),
    text('groupName', '小组', { width: 64 }),
    text('partyGroupName', '党小组', { width: 96 }),
    text('roles', '班内职务', {
      width: 112,
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
    (o.residential || o.present.has('dormRoom')) && text('dormRoom', '宿舍', { width: 64 }),
    text('status', '状态', {
      width: 72,
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
      width: 108,
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
