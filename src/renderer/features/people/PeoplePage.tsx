import { useDeferredValue, useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { DataGrid, type GridColDef, type GridColumnVisibilityModel } from '@mui/x-data-grid'
import { ROSTER_SCREEN_LABELS as SCREEN_LABEL } from '@shared/roster/fields'
import { maskIdNumber } from '@shared/roster/idCard'
import { buildSearchKey, compileSearch, type PersonSearchKey } from '@shared/roster/pinyinSearch'
import { PageHeader } from '../../ui/PageHeader'
import { usePeopleDirectory } from '../../db/roster/rosterHooks'

interface PeopleRow {
  id: string
  name: string
  gender: string
  idNumber: string
  unit: string
  post: string
  phone: string
  classes: string
  classCount: number
  key: PersonSearchKey
}

const COLUMNS: GridColDef<PeopleRow>[] = [
  { field: 'name', headerName: SCREEN_LABEL.name, width: 100 },
  { field: 'gender', headerName: SCREEN_LABEL.gender, width: 60 },
  {
    field: 'idNumber',
    headerName: SCREEN_LABEL.idNumber,
    width: 180,
    valueFormatter: (v: string) => maskIdNumber(v),
  },
  { field: 'unit', headerName: `${SCREEN_LABEL.unit} / ${SCREEN_LABEL.college}`, flex: 1, minWidth: 160 },
  { field: 'post', headerName: '职务 / 专业', flex: 1, minWidth: 120 },
  { field: 'phone', headerName: SCREEN_LABEL.phone, width: 124 },
  { field: 'classCount', headerName: '班次数', type: 'number', width: 80 },
  { field: 'classes', headerName: '参加过的班次', flex: 2, minWidth: 220 },
]

/** 学员: everyone who attended any class, each once; a click opens the person's page. */
export function PeoplePage() {
  const directory = usePeopleDirectory()
  const navigate = useNavigate()
  const [query, setQuery] = useState('')
  const rows: PeopleRow[] = useMemo(
    () =>
      (directory ?? []).map(({ person: p, classes }) => ({
        id: p.id,
        name: p.name,
        gender: p.gender,
        idNumber: p.idNumber,
        unit: p.unit || p.college,
        post: p.post || p.major,
        phone: p.phone,
        classes: classes.map((c) => c.name).join('、'),
        classCount: classes.length,
        key: buildSearchKey(p),
      })),
    [directory],
  )
  const [visibility, setVisibility] = useState<GridColumnVisibilityModel>({})
  const hasIds = rows.some((r) => r.idNumber !== '')
  // The box shows each keystroke at once; the 20,000-row filter and the grid follow when React
  // has time, and a keystroke typed meanwhile replaces the pending one (issue 16).
  const searched = useDeferredValue(query)
  const shown = useMemo(() => {
    if (!searched.trim()) return rows
    const matches = compileSearch(searched)
    return rows.filter((r) => matches(r.key))
  }, [rows, searched])
  return (
    <>
      <PageHeader title="学员" subtitle="所有班次的学员，同一人只列一次；点击查看其参加过的班次。" />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <TextField
          label="搜索"
          type="search"
          placeholder="姓名、拼音首字母、身份证号后几位、单位"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          sx={{ width: 380 }}
        />
        <Box sx={{ flexGrow: 1 }} />
        <Typography sx={{ fontWeight: 700 }} data-testid="people-count">
          共 {rows.length} 人{searched.trim() ? `，找到 ${shown.length} 人` : ''}
        </Typography>
      </Stack>
      <Box sx={{ height: 'calc(100vh - 230px)', minHeight: 360 }}>
        <DataGrid
          rows={shown}
          columns={COLUMNS}
          loading={directory === undefined}
          density="compact"
          aria-label="学员列表"
          disableRowSelectionOnClick
          columnVisibilityModel={{ idNumber: hasIds, ...visibility }}
          onColumnVisibilityModelChange={setVisibility}
          onRowClick={(p) => void navigate(`/people/${encodeURIComponent(String(p.id))}`)}
          pageSizeOptions={[25, 50, 100]}
          initialState={{ pagination: { paginationModel: { pageSize: 100 } } }}
          sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
        />
      </Box>
    </>
  )
}
