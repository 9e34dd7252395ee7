import { useNavigate, useParams } from 'react-router'
import Badge from '@mui/material/Badge'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import { PageHeader } from '../../ui/PageHeader'
import { isSupersededBySameReplica } from '@shared/sync/merge'
import { useConflicts } from '../../db/sync/syncHooks'
import { ConflictLogPanel } from './ConflictLogPanel'
import { ExportPanel } from './ExportPanel'
import { ImportPanel } from './ImportPanel'
import { SyncLogPanel } from './SyncLogPanel'

const TABS = [
  { path: 'export', label: '导出快照' },
  { path: 'import', label: '导入快照' },
  { path: 'conflicts', label: '冲突记录' },
  { path: 'log', label: '同步记录' },
] as const

/** 数据同步: exchange snapshot files with the other offices, and review what the merges did. */
export function SyncPage() {
  const { tab = 'export' } = useParams()
  const navigate = useNavigate()
  // The badge counts what 冲突记录 shows by default: open entries, without sequential edits of one office.
  const open = (useConflicts() ?? []).filter((c) => c.resolved === '' && !isSupersededBySameReplica(c)).length
  const current = TABS.some((t) => t.path === tab) ? tab : 'export'
  return (
    <>
      <PageHeader
        title="数据同步"
        subtitle="各校区、科室的电脑不联网：用U盘带快照文件往返，导入时逐项合并，任何一方的修改都不会丢失。"
      />
      <Tabs
        value={current}
        onChange={(_, v: string) => void navigate(`/sync/${v}`)}
        sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
        aria-label="数据同步"
      >
        {TABS.map((t) => (
          <Tab
            key={t.path}
            value={t.path}
            label={
              t.path === 'conflicts' && open > 0 ? (
                <Badge badgeContent={open} color="primary" sx={{ pr: 1.5 }}>
                  {t.label}
                </Badge>
              ) : (
                t.label
              )
            }
          />
        ))}
      </Tabs>
      {current === 'export' && <ExportPanel />}
      {current === 'import' && <ImportPanel />}
      {current === 'conflicts' && <ConflictLogPanel />}
      {current === 'log' && <SyncLogPanel />}
    </>
  )
}
