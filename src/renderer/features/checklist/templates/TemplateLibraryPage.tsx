import { useState } from 'react'
import ContentCopyIcon from '@mui/icons-material/ContentCopy'
import EditIcon from '@mui/icons-material/Edit'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Card from '@mui/material/Card'
import CardActionArea from '@mui/material/CardActionArea'
import CardContent from '@mui/material/CardContent'
import Chip from '@mui/material/Chip'
import Grid from '@mui/material/Grid'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import {
  addItem,
  BUILTIN_TEMPLATES,
  latestTemplates,
  moveItem,
  reinstateItem,
  retireItem,
  rewordItem,
  setItemDepartments,
  setItemDueRule,
  defaultDueRule,
  type ChecklistTemplate,
  type ChecklistTemplateItem,
} from '@shared/checklist'
import { errorMessage, useNotify } from '../../../ui/Notifier'
import { PageHeader } from '../../../ui/PageHeader'
import { useTemplateLibrary } from '../../../db/checklist/checklistHooks'
import { useData } from '../../../db/core/DataProvider'
import { templateTierLabel } from '../templateLabels'
import { TemplateItemDialog, type TemplateItemInput } from './TemplateItemDialog'
import { TemplateItemsTable, type TemplateEditActions } from './TemplateItemsTable'
import { TemplateNameDialog } from './TemplateNameDialog'

type ItemDialog = { mode: 'add'; initial: TemplateItemInput } | { mode: 'edit'; item: ChecklistTemplateItem }

/**
 * 事项模板: the built-in tables and the school's own. Editing works on a draft; saving makes the next
 * version. Classes keep the version they copied until they apply the update themselves.
 */
export function TemplateLibraryPage() {
  const library = useTemplateLibrary()
  const { checklistTemplates } = useData()
  const notify = useNotify()
  const [selectedId, setSelectedId] = useState(BUILTIN_TEMPLATES[0]!.id)
  const [viewVersion, setViewVersion] = useState<number | null>(null)
  const [draft, setDraft] = useState<{ base: ChecklistTemplate; template: ChecklistTemplate } | null>(null)
  const [itemDialog, setItemDialog] = useState<ItemDialog | null>(null)
  const [duplicating, setDuplicating] = useState(false)
  const [busy, setBusy] = useState(false)

  if (!library) return null
  const latest = latestTemplates(library)
  const current = latest.find((t) => t.id === selectedId) ?? latest[0]!
  const versions = [...BUILTIN_TEMPLATES, ...library]
    .filter((t) => t.id === current.id)
    .sort((a, b) => b.version - a.version)
  const viewed = draft?.template ?? versions.find((t) => t.version === viewVersion) ?? current
  const isLatest = viewed.version === current.version || draft !== null

  const change = (edit: (t: ChecklistTemplate) => ChecklistTemplate) => {
    if (!draft) return
    try {
      setDraft({ ...draft, template: edit(draft.template) })
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }
  const phaseItems = (t: ChecklistTemplate, item: ChecklistTemplateItem) =>
    t.items.filter((x) => x.phase === item.phase)
  const actions: TemplateEditActions = {
    add: (phase) =>
      setItemDialog({
        mode: 'add',
        initial: { phase, matter: '', tasks: [], departments: [], due: defaultDueRule(phase) },
      }),
    edit: (item) => setItemDialog({ mode: 'edit', item }),
    move: (item, by) =>
      change((t) =>
        moveItem(t, item.code, { index: phaseItems(t, item).findIndex((x) => x.code === item.code) + by }),
      ),
    retire: (item, retired) =>
      change((t) => (retired ? retireItem(t, item.code) : reinstateItem(t, item.code))),
  }
  const changed =
    draft !== null &&
    (draft.template.name !== draft.base.name ||
      JSON.stringify(draft.template.items) !== JSON.stringify(draft.base.items))

  const save = async () => {
    if (!draft) return
    setBusy(true)
    try {
      const saved = await checklistTemplates.saveNewVersion(draft.template, draft.base.version)
      setDraft(null)
      setViewVersion(null)
      notify(`已保存为第 ${saved.version} 版；已有班次可在“班务事项”中应用更新`)
    } catch (e) {
      notify(errorMessage(e), 'error')
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <PageHeader
        title="事项模板"
        subtitle="班主任班务工作事项表的模板库。修改后保存为新版本；已有班次保留原来的版本，可在班次的“班务事项”中查看并应用更新。"
      />
      <Grid container spacing={2} sx={{ mb: 2 }}>
        {latest.map((t) => (
          <Grid key={t.id} size={{ xs: 12, sm: 6, md: 4 }}>
            <Card
              variant="outlined"
              sx={{
                height: '100%',
                borderWidth: 2,
                borderColor: t.id === current.id ? 'primary.main' : 'transparent',
              }}
            >
              <CardActionArea
                disabled={draft !== null}
                onClick={() => {
                  setSelectedId(t.id)
                  setViewVersion(null)
                }}
                aria-current={t.id === current.id ? 'true' : undefined}
                sx={{ height: '100%' }}
              >
                <CardContent>
                  <Typography sx={{ fontWeight: 700 }}>{t.name}</Typography>
                  <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                    <Chip size="small" label={templateTierLabel(t.tier)} />
                    <Chip size="small" variant="outlined" label={`第 ${t.version} 版`} />
                    <Chip
                      size="small"
                      variant="outlined"
                      label={`${t.items.filter((it) => !it.retired).length} 项`}
                    />
                  </Stack>
                </CardContent>
              </CardActionArea>
            </Card>
          </Grid>
        ))}
      </Grid>

      <Paper sx={{ p: 2, mb: 2 }} data-testid="template-detail">
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Box sx={{ flexGrow: 1, minWidth: 260 }}>
            {draft ? (
              <TextField
                label="模板名称"
                fullWidth
                value={draft.template.name}
                onChange={(e) =>
                  setDraft({ ...draft, template: { ...draft.template, name: e.target.value } })
                }
              />
            ) : (
              <Typography variant="h6" component="h2">
                {viewed.name}
              </Typography>
            )}
          </Box>
          {!draft && (
            <TextField
              select
              label="版本"
              value={viewed.version}
              onChange={(e) => setViewVersion(Number(e.target.value))}
              slotProps={{ select: { native: true } }}
              sx={{ width: 150 }}
            >
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  第 {v.version} 版{v.version === current.version ? '（最新）' : ''}
                </option>
              ))}
            </TextField>
          )}
          {draft ? (
            <>
              <Button onClick={() => setDraft(null)}>放弃修改</Button>
              <Button variant="contained" disabled={!changed || busy} onClick={() => void save()}>
                保存为第 {draft.base.version + 1} 版
              </Button>
            </>
          ) : (
            <>
              <Button
                variant="outlined"
                startIcon={<EditIcon />}
                disabled={!isLatest}
                onClick={() => setDraft({ base: current, template: current })}
              >
                修改模板
              </Button>
              <Button variant="outlined" startIcon={<ContentCopyIcon />} onClick={() => setDuplicating(true)}>
                复制为本校模板
              </Button>
            </>
          )}
        </Stack>
        {viewed.derivedFrom && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            复制自 {viewed.derivedFrom.templateId} 第 {viewed.derivedFrom.version} 版
          </Typography>
        )}
        {!isLatest && (
          <Alert severity="info" sx={{ mt: 2 }}>
            这是第 {viewed.version} 版（只读）。修改请查看最新版本。
          </Alert>
        )}
        {draft && (
          <Alert severity="info" sx={{ mt: 2 }}>
            正在修改：调整顺序、措辞、责任人和截止规则，或停用不再需要的事项（停用的事项不会复制到新班次，已有班次的记录保留）。保存后成为第{' '}
            {draft.base.version + 1} 版。
          </Alert>
        )}
      </Paper>

      <TemplateItemsTable template={viewed} actions={draft ? actions : undefined} />

      {itemDialog && (
        <TemplateItemDialog
          title={itemDialog.mode === 'add' ? '添加事项' : '修改事项'}
          initial={itemDialog.mode === 'add' ? itemDialog.initial : itemDialog.item}
          onClose={() => setItemDialog(null)}
          onSubmit={(v) => {
            if (!draft) return
            let t = draft.template
            if (itemDialog.mode === 'add') t = addItem(t, v)
            else {
              const code = itemDialog.item.code
              t = rewordItem(t, code, { matter: v.matter, tasks: v.tasks })
              t = setItemDepartments(t, code, v.departments)
              t = setItemDueRule(t, code, v.due)
              if (v.phase !== itemDialog.item.phase)
                t = moveItem(t, code, { index: Number.MAX_SAFE_INTEGER, phase: v.phase })
            }
            setDraft({ ...draft, template: t })
            setItemDialog(null)
          }}
        />
      )}
      {duplicating && (
        <TemplateNameDialog
          title="复制为本校模板"
          message={`以“${viewed.name}”第 ${viewed.version} 版为底稿，建立本校自己的模板。新班次仍按班级层次使用内置模板，可在班次的“班务事项”中切换为本校模板。`}
          initial={`${viewed.name}（本校）`}
          onClose={() => setDuplicating(false)}
          onSubmit={async (name) => {
            const copy = await checklistTemplates.duplicate(viewed, name)
            setDuplicating(false)
            setSelectedId(copy.id)
            setViewVersion(null)
            notify(`已建立“${copy.name}”`)
          }}
        />
      )}
    </>
  )
}
