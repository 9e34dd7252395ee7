import { useMemo, useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import DownloadIcon from '@mui/icons-material/Download'
import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd'
import PrintIcon from '@mui/icons-material/Print'
import PersonAddIcon from '@mui/icons-material/PersonAddAlt'
import UploadFileIcon from '@mui/icons-material/UploadFile'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import { importVolunteerHours } from '@shared/ledger/ledgerImport'
import { branchOverview } from '@shared/ledger/overview'
import { safeFileName } from '@shared/fileName'
import { lastEndedQuarter, quarterKey } from '@shared/ledger/quarter'
import { PageHeader } from '../../ui/PageHeader'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { todayIso } from '../../ui/dates'
import { useData } from '../../db/core/DataProvider'
import { useLiveClass } from '../../db/classes/classHooks'
import { useBranchData, useBranchOrgLife, useLedgerSchemes } from '../../db/ledger/ledgerHooks'
import type { BranchData } from '../../db/ledger/ledgerRepository'
import type { LedgerMemberRecord } from '../../db/ledger/ledgerRecords'
import { platform } from '../../platform'
import { BranchCharts } from './BranchCharts'
import { BranchItemsTable } from './BranchItemsTable'
import { BranchScoreTable } from './BranchScoreTable'
import { EntryDialog } from './EntryDialog'
import { MemberDialog } from './MemberDialog'
import { pickLedgerFile } from './readLedgerFile'
import { ledgerWorkbook } from './ledgerWorkbook'
import { ledgerPrintPath } from './ledgerPrintPath'

/** A branch at a glance: members × items (or scores), who is behind, entry, import, prints. */
export function BranchPage() {
  const { branchId } = useParams()
  const data = useBranchData(branchId)
  if (data === undefined) return null
  if (data === null)
    return (
      <Alert severity="warning" action={<a href="#/ledger">返回党性锻炼</a>}>
        找不到这个党支部（可能已被删除）。
      </Alert>
    )
  return <BranchView data={data} />
}

function BranchView({ data }: { data: BranchData }) {
  const { branch, scheme, members } = data
  const navigate = useNavigate()
  const notify = useNotify()
  const { ledger } = useData()
  const schemes = useLedgerSchemes()
  // Scheme 2's period is the class's duration, not a natural year: name the class and its dates.
  const cls = useLiveClass(branch.classId || undefined)
  const period =
    scheme.period === 'year'
      ? `${branch.year} 年`
      : cls
        ? `${cls.name}（${cls.startDate}${cls.endDate ? ` 至 ${cls.endDate}` : ' 起'}）`
        : '本班次'
  const [entry, setEntry] = useState<{ memberIds: string[]; bulk: boolean } | null>(null)
  const [importProblems, setImportProblems] = useState<{ file: string; list: string[] } | null>(null)
  const [printMenu, setPrintMenu] = useState<HTMLElement | null>(null)
  const [adding, setAdding] = useState(false)
  const today = todayIso()
  const orgLife = useBranchOrgLife(data)
  const rows = useMemo(
    () => branchOverview(scheme, members, data.entries, data.reviews, branch.year, today, orgLife),
    [scheme, members, data.entries, data.reviews, branch.year, today, orgLife],
  )
  const volunteerItem = scheme.items.find((i) => i.rule === 'volunteer')
  const newer = schemes?.find((s) => s.schemeId === scheme.schemeId && s.version > scheme.version)

  const importHours = async () => {
    if (!volunteerItem) return
    const r = await pickLedgerFile('义工时长表')
    if (!r.ok) {
      if (r.message) notify(r.message, 'error')
      return
    }
    const parsed = importVolunteerHours(r.sheet, r.fileName, members)
    if (!parsed.ok) {
      setImportProblems({ file: r.fileName, list: parsed.problems.map((p) => p.message) })
      return
    }
    setImportProblems(null)
    try {
      const { added, skipped } = await ledger.importVolunteerHours(branch, volunteerItem.code, parsed.rows)
      notify(
        `已导入义工时长 ${added} 条${skipped ? `，${skipped} 条已在台账中，未重复导入` : ''}（待支部审核）`,
      )
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  const exportExcel = async () => {
    try {
      const bytes = ledgerWorkbook(data, rows, today)
      const r = await platform.saveFile({
        suggestedName: `${safeFileName(branch.name)}-${branch.year}年党性锻炼台账.xlsx`,
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
        bytes,
      })
      if (r.ok) notify(platform.kind === 'browser' ? `已下载：${r.value.path}` : `已保存：${r.value.path}`)
      else if (r.error.code !== 'cancelled') notify(r.error.message, 'error')
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  const open = (m: LedgerMemberRecord) => void navigate(`/ledger/${branch.id}/members/${m.id}`)
  const print = (sheet: Parameters<typeof ledgerPrintPath>[1], quarter?: string) => {
    setPrintMenu(null)
    void navigate(ledgerPrintPath(branch.id, sheet, undefined, quarter))
  }
  // 阶段性总结: the quarter that ended last (or the current one, early in the year).
  const quarter =
    scheme.period === 'year' && scheme.kind === 'items'
      ? (lastEndedQuarter(branch.year, today) ?? currentQuarter(today))
      : null

  return (
    <>
      <PageHeader
        title={branch.name}
        subtitle={`${scheme.name}（第 ${scheme.version} 版） · ${period} · 党员 ${members.length} 人`}
        actions={
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button
              variant="contained"
              startIcon={<PlaylistAddIcon />}
              onClick={() => setEntry({ memberIds: [], bulk: true })}
            >
              批量记录
            </Button>
            {volunteerItem && (
              <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => void importHours()}>
                导入义工时长
              </Button>
            )}
            <Button variant="outlined" startIcon={<PersonAddIcon />} onClick={() => setAdding(true)}>
              添加党员
            </Button>
            <Button
              variant="outlined"
              startIcon={<PrintIcon />}
              onClick={(e) => setPrintMenu(e.currentTarget)}
            >
              打印
            </Button>
            <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => void exportExcel()}>
              导出 Excel
            </Button>
          </Stack>
        }
      />
      <Menu open={!!printMenu} anchorEl={printMenu} onClose={() => setPrintMenu(null)}>
        <MenuItem onClick={() => print('ledger')}>党性锻炼台账（横向）</MenuItem>
        <MenuItem onClick={() => print('appraisal')}>党员年度考核表（全体）</MenuItem>
        <MenuItem onClick={() => print('register')}>党性锻炼登记本（全体）</MenuItem>
        <MenuItem onClick={() => print('publish')}>考核结果张榜公布</MenuItem>
        <MenuItem onClick={() => print('survey')}>民主测评表（空白）</MenuItem>
        <MenuItem onClick={() => print('satisfaction')}>满意度测评表（空白）</MenuItem>
        {quarter && (
          <MenuItem onClick={() => print('quarter', quarterKey(branch.year, quarter))}>
            阶段性总结（{branch.year}年第{quarter}季度）
          </MenuItem>
        )}
      </Menu>
      {newer && (
        <Alert
          severity="info"
          sx={{ mb: 2 }}
          action={
            <Button
              color="inherit"
              onClick={() => void ledger.branches.update(branch.id, { schemeRecordId: newer.id })}
            >
              改用第 {newer.version} 版
            </Button>
          }
        >
          方案“{scheme.name}”已有第 {newer.version} 版。
        </Alert>
      )}
      {importProblems && (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          onClose={() => setImportProblems(null)}
          data-testid="import-problems"
        >
          “{importProblems.file}”有 {importProblems.list.length} 处问题，没有导入任何记录，请改正后重新导入：
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {importProblems.list.slice(0, 30).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      )}
      <Paper sx={{ mb: 2, overflowX: 'auto' }}>
        {scheme.kind === 'items' ? (
          <BranchItemsTable
            data={data}
            rows={rows}
            onOpen={open}
            onRecord={(m) => setEntry({ memberIds: [m.id], bulk: false })}
          />
        ) : (
          <BranchScoreTable data={data} rows={rows} onOpen={open} />
        )}
      </Paper>
      <BranchCharts data={data} rows={rows} />
      {adding && <MemberDialog data={data} onClose={() => setAdding(false)} />}
      {entry && (
        <EntryDialog
          data={data}
          memberIds={entry.memberIds}
          bulk={entry.bulk}
          fromAttendance={!!orgLife && orgLife.size > 0}
          onClose={() => setEntry(null)}
        />
      )}
    </>
  )
}

function currentQuarter(today: string): number {
  return Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1
}
