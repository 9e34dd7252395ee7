import { useDeferredValue, useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import Box from '@mui/material/Box'
import FormControlLabel from '@mui/material/FormControlLabel'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Switch from '@mui/material/Switch'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { DataGrid } from '@mui/x-data-grid'
import { zhCN as gridZhCN } from '@mui/x-data-grid/locales'
import { checkPhone } from '@shared/roster/phone'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { useData } from '../../db/core/DataProvider'
import type { ClassRecord } from '../../db/core/database'
import { useClassRoster } from '../../db/roster/rosterHooks'
import { platform } from '../../platform'
import { AddPersonDialog } from './AddPersonDialog'
import { safeFileName } from '@shared/fileName'
import { EnrollmentDialog } from './EnrollmentDialog'
import { RosterImportDialog } from './import/RosterImportDialog'
import type { ChosenFile } from './import/useRosterImport'
import { HIDDEN_BY_DEFAULT, isEditableField, rosterColumns } from './rosterColumns'
import { saveGridEdit } from './rosterEdits'
import { buildRosterWorkbook } from './rosterExport'
import { searchRows, toGridRows, type RosterGridRow } from './rosterGridRows'
import { RosterToolbar } from './RosterToolbar'
import { SeatDialog } from './SeatDialog'
import { printPath } from '../../ui/print/printPath'

/** Fields shown only when someone in the class has a value. */
const OPTIONAL_FIELDS = ['idNumber', 'studentNo', 'college', 'major', 'unit', 'post', 'dormRoom'] as const

/**
 * 花名册 tab: the class's people in a virtualised grid with inline editing, sorting, filtering
 * and a search box that understands pinyin initials (zs → 张三), the last digits of an ID
 * number and units. ID numbers are masked until the user chooses to see them.
 */
export function RosterTab({ cls }: { cls: ClassRecord }) {
  const data = useData()
  const notify = useNotify()
  const navigate = useNavigate()
  const roster = useClassRoster(cls.id)
  const [query, setQuery] = useState('')
  const [revealIds, setRevealIds] = useState(false)
  const [importFile, setImportFile] = useState<ChosenFile | null>(null)
  const [editing, setEditing] = useState<RosterGridRow | null>(null)
  const [removing, setRemoving] = useState<RosterGridRow | null>(null)
  const [adding, setAdding] = useState(false)
  const [seating, setSeating] = useState(false)

  const rows = useMemo(() => (roster ? toGridRows(roster) : []), [roster])
  // Keystrokes show at once; the filter and the grid follow (a 5,000-person class, issue 16).
  const searched = useDeferredValue(query)
  const shown = useMemo(() => searchRows(rows, searched), [rows, searched])
  const present = useMemo(
    () => new Set<keyof RosterGridRow>(OPTIONAL_FIELDS.filter((f) => rows.some((r) => r[f] !== ''))),
    [rows],
  )
  const columns = useMemo(
    () =>
      rosterColumns({
        revealIds,
        residential: cls.residential,
        present,
        onEdit: setEditing,
        onOpenPerson: (r) => void navigate(`/people/${encodeURIComponent(r.personId)}`),
        onRemove: setRemoving,
      }),
    [revealIds, cls.residential, present, navigate],
  )
  const withdrawn = rows.filter((r) => r.status === 'withdrawn').length

  const pickFile = async () => {
    const r = await platform.openFiles({
      filters: [{ name: '花名册（Excel 或 CSV）', extensions: ['xlsx', 'xls', 'csv'] }],
      multiple: false,
    })
    if (!r.ok) notify(r.error.message, 'error')
    else if (r.value[0]) setImportFile({ name: r.value[0].name, bytes: r.value[0].bytes })
  }

  const exportRoster = async () => {
    try {
      const bytes = buildRosterWorkbook(rows)
      const r = await platform.saveFile({
        suggestedName: `${safeFileName(cls.name, '花名册')}-花名册.xlsx`,
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
        bytes,
      })
      if (!r.ok) {
        if (r.error.code !== 'cancelled') notify(r.error.message, 'error')
      } else notify(platform.kind === 'browser' ? `已下载：${r.value.path}` : `已保存：${r.value.path}`)
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  if (!roster) return null
  return (
    <Stack spacing={1}>
      <RosterToolbar
        hasPeople={rows.length > 0}
        onImport={() => void pickFile()}
        onAdd={() => setAdding(true)}
        onSeats={() => setSeating(true)}
        onExport={() => void exportRoster()}
        onPrint={(id) => void navigate(printPath(cls.id, id))}
      />
      {rows.length === 0 ? (
        <Paper variant="outlined" sx={{ p: 4, textAlign: 'center', color: 'text.secondary' }}>
          还没有学员。可以导入组织部发来的花名册（Excel 或 CSV），也可以逐个添加。
        </Paper>
      ) : (
        <>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
            <TextField
              label="搜索"
              placeholder="姓名、拼音首字母（如 zs）、身份证号后几位、单位"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              size="small"
              sx={{ width: 380 }}
              type="search"
            />
            {present.has('idNumber') && (
              <FormControlLabel
                control={
                  <Switch size="small" checked={revealIds} onChange={(e) => setRevealIds(e.target.checked)} />
                }
                label="显示完整身份证号"
              />
            )}
            <Box sx={{ flexGrow: 1 }} />
            <Typography sx={{ fontWeight: 700 }} data-testid="roster-count">
              共 {rows.length} 人{withdrawn > 0 ? `（其中退学 ${withdrawn} 人）` : ''}
              {searched.trim() ? `，找到 ${shown.length} 人` : ''}
            </Typography>
          </Stack>
          <Box sx={{ height: 'calc(100vh - 200px)', minHeight: 360 }}>
            <DataGrid
              rows={shown}
              columns={columns}
              aria-label="花名册"
              // The prop replaces the theme's Chinese texts rather than adding to them: spread them first.
              localeText={{
                ...gridZhCN.components.MuiDataGrid.defaultProps.localeText,
                noRowsLabel: `没有找到“${searched.trim()}”，可输入姓名、拼音首字母、身份证号后几位或单位`,
              }}
              density="compact"
              // Compact rows (issue 11): the density scales these by 0.7, to 28 and 33 px.
              rowHeight={40}
              columnHeaderHeight={48}
              disableRowSelectionOnClick
              isCellEditable={(p) => isEditableField(p.field, revealIds)}
              processRowUpdate={async (next: RosterGridRow, previous: RosterGridRow) => {
                const saved = await saveGridEdit(data, next, previous)
                const warning = next.phone !== previous.phone ? checkPhone(saved.phone).warning : undefined
                notify(warning ? `已保存。${warning}` : '已保存', warning ? 'warning' : 'success')
                return saved
              }}
              onProcessRowUpdateError={(e) => notify(errorMessage(e), 'error')}
              // The MIT grid pages at most 100 rows; each page is virtualised.
              pageSizeOptions={[25, 50, 100]}
              initialState={{
                columns: { columnVisibilityModel: HIDDEN_BY_DEFAULT },
                pagination: { paginationModel: { pageSize: 100 } },
              }}
            />
          </Box>
        </>
      )}
      {importFile && (
        <RosterImportDialog
          key={`${importFile.name}:${importFile.bytes.length}`}
          classId={cls.id}
          file={importFile}
          onClose={() => setImportFile(null)}
          onPickAnother={() => {
            setImportFile(null)
            void pickFile()
          }}
        />
      )}
      {adding && (
        <AddPersonDialog
          classId={cls.id}
          onClose={() => setAdding(false)}
          onAdded={(name) => {
            setAdding(false)
            notify(`已添加${name}`)
          }}
        />
      )}
      {seating && (
        <SeatDialog
          roster={roster}
          onClose={() => setSeating(false)}
          onDone={(n) => {
            setSeating(false)
            notify(`已编排 ${n} 个座号`)
          }}
        />
      )}
      {editing && (
        <EnrollmentDialog
          row={editing}
          residential={cls.residential}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            notify('已保存')
          }}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title="移出本班"
        message={`将${removing?.name ?? ''}移出本班花名册？学员的个人信息和其他班次的记录不受影响；可在回收站恢复。`}
        confirmLabel="移出本班"
        onCancel={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return
          await data.enrollments.softDelete(removing.id)
          notify(`已将${removing.name}移出本班`)
          setRemoving(null)
        }}
      />
    </Stack>
  )
}
