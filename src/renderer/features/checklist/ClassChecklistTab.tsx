import { useEffect, useMemo, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import PrintIcon from '@mui/icons-material/Print'
import SwapHorizIcon from '@mui/icons-material/SwapHoriz'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import FormControlLabel from '@mui/material/FormControlLabel'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Switch from '@mui/material/Switch'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import {
  checklistSummary,
  checklistTable,
  DEPARTMENTS,
  filterByDepartment,
  isFinished,
  pendingTemplateUpdate,
  phaseProgress,
  type ClassChecklistItem,
  type Department,
} from '@shared/checklist'
import { classTierLabel } from '@shared/domain/trainingClass'
import { todayIso } from '../../ui/dates'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { useClassChecklist, useTemplateLibrary } from '../../db/checklist/checklistHooks'
import type { ClassRecord } from '../../db/core/database'
import { useData } from '../../db/core/DataProvider'
import { useSettings } from '../../db/core/settingsHooks'
import { ChecklistPhaseSection } from './ChecklistPhaseSection'
import type { ItemActions } from './ChecklistItemRow'
import { nowLocal } from './format'
import { ItemEditDialog } from './ItemEditDialog'
import { ProgressLine } from './ProgressLine'
import { RetiredItems } from './RetiredItems'
import { SwitchTemplateDialog } from './SwitchTemplateDialog'
import { TemplateUpdateDialog } from './TemplateUpdateDialog'
import { useActor } from './useActor'
import { useItemWrites } from './useItemWrites'
import { useReconcileChecklists } from './useReconcile'
import { printPath } from '../../ui/print/printPath'

/** The class's 班务事项 tab: its duty checklist, grouped by phase as on the paper form. */
export function ClassChecklistTab({ cls }: { cls: ClassRecord }) {
  const classList = useMemo(() => [cls], [cls])
  useReconcileChecklists(classList)
  const checklist = useClassChecklist(cls.id)
  const library = useTemplateLibrary()
  const settings = useSettings()
  const { checklists } = useData()
  const notify = useNotify()
  const navigate = useNavigate()
  const [query] = useSearchParams()
  const highlight = query.get('item')
  const [department, setDepartment] = useState<Department | ''>('')
  const [openOnly, setOpenOnly] = useState(false)
  const [editing, setEditing] = useState<ClassChecklistItem | null>(null)
  const [switching, setSwitching] = useState(false)
  const [updating, setUpdating] = useState(false)
  const actor = useActor()
  const writes = useItemWrites(actor)
  const today = todayIso()
  const loaded = Boolean(checklist)

  // Arriving from 我的待办: bring the item into view.
  useEffect(() => {
    if (highlight && loaded)
      document.getElementById(`checklist-item-${highlight}`)?.scrollIntoView({ block: 'center' })
  }, [highlight, loaded])

  if (checklist === undefined || library === undefined) return null
  if (checklist === null) return <Typography color="text.secondary">正在生成本班的班务工作事项表…</Typography>

  const fail = (e: unknown) => notify(errorMessage(e), 'error')
  const actions: ItemActions = {
    tick: (item, index, done) => writes.tick(cls.id, item, index, done),
    setStatus: (item, status) => {
      if (isFinished(status)) void actor.run((by) => checklists.setStatus(cls.id, item.code, status, by))
      else
        void checklists
          .setStatus(cls.id, item.code, status, { person: settings?.currentUser ?? '', at: nowLocal() })
          .catch(fail)
    },
    edit: setEditing,
  }

  const active = checklist.items.filter((it) => !it.retired)
  const byDepartment = department ? filterByDepartment(active, department) : active
  const shown = openOnly ? byDepartment.filter((it) => !isFinished(it.status)) : byDepartment
  const progress = new Map(phaseProgress(byDepartment).map((p) => [p.phase, p]))
  const summary = checklistSummary(checklist.items, today)
  const update = pendingTemplateUpdate(checklist, library)
  const started = today >= cls.startDate
  // The tier changed after work was recorded, so the template was not swapped by itself (a template
  // the user chose is theirs to keep and is not flagged).
  const tierMismatch = checklist.autoTier !== null && checklist.autoTier !== cls.tier
  const people = [
    ...new Set([...cls.headTeachers, ...active.flatMap((it) => it.responsible), settings?.currentUser ?? '']),
  ].filter(Boolean)

  return (
    <Box data-testid="class-checklist">
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 700 }} data-testid="checklist-template">
            {checklist.templateName}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            模板第 {checklist.templateVersion} 版 · 截止日期按班次日期 {cls.startDate} 至 {cls.endDate} 推算
          </Typography>
        </Box>
        <Button variant="outlined" startIcon={<SwapHorizIcon />} onClick={() => setSwitching(true)}>
          切换模板
        </Button>
        <Button
          variant="outlined"
          startIcon={<PrintIcon />}
          onClick={() => void navigate(printPath(cls.id, 'checklist'))}
        >
          打印事项表
        </Button>
      </Stack>

      {update && (
        <Alert
          severity="info"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" onClick={() => setUpdating(true)}>
              查看更新
            </Button>
          }
        >
          模板有更新：本班使用第 {checklist.templateVersion} 版，模板已有第 {update.version} 版。
        </Alert>
      )}
      {tierMismatch && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          本班已改为{classTierLabel(cls.tier)}，事项表已有记录，仍在使用“{checklist.templateName}”。
          {started ? '班次已开班，不能再切换模板。' : '可点击“切换模板”更换。'}
        </Alert>
      )}

      <Paper sx={{ p: 2, mb: 2 }} data-testid="checklist-summary">
        <ProgressLine counts={summary} label="全部事项进度" />
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>
          勾选一个事项的全部具体工作，该事项即记为已完成（可撤销）；也可在“状态”中直接选择已完成或不适用。
        </Typography>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ mt: 1.5, flexWrap: 'wrap', alignItems: 'center' }}
        >
          <Chip size="small" label={`已完成 ${summary.done}`} color="success" variant="outlined" />
          <Chip size="small" label={`进行中 ${summary.inProgress}`} color="info" variant="outlined" />
          <Chip size="small" label={`未开始 ${summary.notStarted}`} variant="outlined" />
          <Chip size="small" label={`不适用 ${summary.notApplicable}`} variant="outlined" />
          <Chip
            size="small"
            label={`已逾期 ${summary.overdue}`}
            color={summary.overdue > 0 ? 'error' : 'default'}
            variant={summary.overdue > 0 ? 'filled' : 'outlined'}
          />
          <Box sx={{ flexGrow: 1 }} />
          <TextField
            select
            label="责任部门"
            value={department}
            onChange={(e) => setDepartment(e.target.value as Department | '')}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            sx={{ minWidth: 150 }}
          >
            <option value="">全部部门</option>
            {DEPARTMENTS.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </TextField>
          <FormControlLabel
            control={<Switch checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} />}
            label="只看未完成"
          />
        </Stack>
      </Paper>

      {checklistTable(shown).map((block) => (
        <ChecklistPhaseSection
          key={block.phase}
          block={block}
          counts={progress.get(block.phase)!}
          today={today}
          highlight={highlight}
          actions={actions}
        />
      ))}
      {shown.length === 0 && (
        <Paper sx={{ p: 4, textAlign: 'center', color: 'text.secondary' }}>没有符合条件的事项</Paper>
      )}
      <RetiredItems items={checklist.items.filter((it) => it.retired)} />

      {editing && (
        <ItemEditDialog
          item={editing}
          people={people}
          onClose={() => setEditing(null)}
          onResetDue={async () => {
            await checklists.resetDueDate(cls, editing.code)
            setEditing(null)
            notify('已恢复模板的截止规则')
          }}
          onSave={async (v) => {
            if (v.dueDate !== editing.dueDate) await checklists.setDueDate(cls, editing.code, v.dueDate)
            await checklists.setResponsible(cls.id, editing.code, v.responsible)
            await checklists.setNote(cls.id, editing.code, v.note)
            setEditing(null)
            notify('已保存')
          }}
        />
      )}
      {switching && (
        <SwitchTemplateDialog
          checklist={checklist}
          library={library}
          started={started}
          startDate={cls.startDate}
          onClose={() => setSwitching(false)}
          onSwitch={async (templateId) => {
            const next = await checklists.switchTemplate(cls, templateId, todayIso())
            setSwitching(false)
            notify(`已切换为“${next.templateName}”`)
          }}
        />
      )}
      {updating && update && (
        <TemplateUpdateDialog
          checklist={checklist}
          update={update}
          onClose={() => setUpdating(false)}
          onApply={async () => {
            await checklists.applyTemplateUpdate(cls)
            setUpdating(false)
            notify(`已应用模板第 ${update.version} 版`)
          }}
        />
      )}
      {actor.dialog}
    </Box>
  )
}
