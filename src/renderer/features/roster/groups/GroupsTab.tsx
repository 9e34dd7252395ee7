import { useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import AddIcon from '@mui/icons-material/Add'
import AutoIcon from '@mui/icons-material/AutoAwesomeOutlined'
import PrintIcon from '@mui/icons-material/PrintOutlined'
import Button from '@mui/material/Button'
import Grid from '@mui/material/Grid'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import { ConfirmDialog } from '../../../ui/ConfirmDialog'
import { errorMessage, useNotify } from '../../../ui/Notifier'
import { useData } from '../../../db/core/DataProvider'
import type { ClassRecord } from '../../../db/core/database'
import { GROUP_KIND_LABELS, membershipField } from '../../../db/roster/groupRepository'
import { useClassRoster } from '../../../db/roster/rosterHooks'
import type { GroupKind, GroupRecord } from '../../../db/roster/rosterRecords'
import { AutoSplitDialog } from './AutoSplitDialog'
import { GroupCard } from './GroupCard'
import { GroupNameDialog } from './GroupNameDialog'
import { printPath } from '../../../ui/print/printPath'

const UNGROUPED = '__none__'

const CARD_SIZE = { xs: 12, sm: 6, md: 3, lg: 2 }

/**
 * 分组 tab: 小组 and 党小组 of the class. Create groups, split automatically (balanced by unit and
 * gender), then adjust: drag members between cards, or tick them and choose 移到 (keyboard).
 * Leaders are starred. Withdrawn students are left out.
 */
export function GroupsTab({ cls }: { cls: ClassRecord }) {
  const { groups: repo } = useData()
  const notify = useNotify()
  const navigate = useNavigate()
  const roster = useClassRoster(cls.id)
  const [kind, setKind] = useState<GroupKind>('discussion')
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [target, setTarget] = useState<string>('')
  const [naming, setNaming] = useState<GroupRecord | 'new' | null>(null)
  const [deleting, setDeleting] = useState<GroupRecord | null>(null)
  const [splitting, setSplitting] = useState(false)
  const label = GROUP_KIND_LABELS[kind]
  const leaderLabel = kind === 'discussion' ? '组长' : '党小组长'
  const field = membershipField(kind)

  const members = useMemo(
    () => (roster?.entries ?? []).filter((e) => e.enrollment.status !== 'withdrawn'),
    [roster],
  )
  const groups = useMemo(() => (roster?.groups ?? []).filter((g) => g.kind === kind), [roster, kind])
  if (!roster) return null
  // University rosters have 学院 where cadre rosters have 工作单位: either keeps colleagues apart.
  const splitMembers = members.map((m) => ({
    id: m.enrollment.id,
    unit: m.person.unit || m.person.college,
    gender: m.person.gender,
  }))
  const live = new Set(groups.map((g) => g.id))
  const inGroup = (groupId: string | null) =>
    members.filter((m) =>
      groupId === null ? !live.has(m.enrollment[field] ?? '') : m.enrollment[field] === groupId,
    )

  const run = (action: Promise<unknown>, done?: string) =>
    void action.then(
      () => done && notify(done),
      (e: unknown) => notify(errorMessage(e), 'error'),
    )
  const move = (ids: string[], groupId: string | null) => {
    const name = groupId ? groups.find((g) => g.id === groupId)?.name : '未分组'
    run(repo.assign(kind, ids, groupId), `已将 ${ids.length} 人移到${name ?? ''}`)
    setSelected(new Set())
  }
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  // Dragging a ticked member takes every ticked member along.
  const dragIds = (id: string) => (selected.has(id) ? [...selected] : [id])

  const cardProps = { selected, onToggle: toggle, onDropMembers: move, dragIds, leaderLabel }

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={kind}
          onChange={(_, v: GroupKind | null) => {
            if (!v) return
            setKind(v)
            setSelected(new Set())
          }}
          aria-label="分组类型"
        >
          <ToggleButton value="discussion">小组</ToggleButton>
          <ToggleButton value="party">党小组</ToggleButton>
        </ToggleButtonGroup>
        <Button size="small" startIcon={<AddIcon />} variant="outlined" onClick={() => setNaming('new')}>
          新建{label}
        </Button>
        <Button
          size="small"
          startIcon={<AutoIcon />}
          variant="outlined"
          disabled={members.length === 0}
          onClick={() => setSplitting(true)}
        >
          自动分{label}
        </Button>
        <Button
          size="small"
          startIcon={<PrintIcon />}
          disabled={groups.length === 0}
          onClick={() => void navigate(printPath(cls.id, 'roster-groups', { kind }))}
        >
          打印分组名单
        </Button>
      </Stack>
      {members.length === 0 ? (
        <Paper variant="outlined" sx={{ p: 4, textAlign: 'center', color: 'text.secondary' }}>
          花名册中还没有在读学员，请先导入花名册。
        </Paper>
      ) : (
        <>
          <Paper variant="outlined" sx={{ px: 1.5, py: 0.75 }}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
              <Typography>已选 {selected.size} 人</Typography>
              <TextField
                select
                size="small"
                label="移到"
                value={target}
                onChange={(e) => setTarget(e.target.value)}
                sx={{ minWidth: 160 }}
              >
                <MenuItem value={UNGROUPED}>未分组</MenuItem>
                {groups.map((g) => (
                  <MenuItem key={g.id} value={g.id}>
                    {g.name}
                  </MenuItem>
                ))}
              </TextField>
              <Button
                variant="contained"
                size="small"
                disabled={selected.size === 0 || target === ''}
                onClick={() => move([...selected], target === UNGROUPED ? null : target)}
              >
                移动
              </Button>
              {selected.size > 0 && (
                <Button size="small" onClick={() => setSelected(new Set())}>
                  取消选择
                </Button>
              )}
            </Stack>
          </Paper>
          {/* Six groups to a row at 1366 px, and 未分组 a thin strip once empty (issue 11). */}
          <Grid container spacing={1}>
            <Grid size={inGroup(null).length === 0 ? 12 : CARD_SIZE}>
              <GroupCard
                {...cardProps}
                groupId={null}
                title="未分组"
                leaderId={null}
                members={inGroup(null)}
              />
            </Grid>
            {groups.map((g) => (
              <Grid key={g.id} size={CARD_SIZE}>
                <GroupCard
                  {...cardProps}
                  groupId={g.id}
                  title={g.name}
                  leaderId={g.leaderEnrollmentId}
                  members={inGroup(g.id)}
                  onSetLeader={(id) =>
                    run(repo.setLeader(g.id, id), id ? `已设为${leaderLabel}` : `已取消${leaderLabel}`)
                  }
                  onRename={() => setNaming(g)}
                  onDelete={() => setDeleting(g)}
                />
              </Grid>
            ))}
          </Grid>
        </>
      )}
      {naming && (
        <GroupNameDialog
          title={naming === 'new' ? `新建${label}` : `${naming.name}改名`}
          initial={naming === 'new' ? '' : naming.name}
          onClose={() => setNaming(null)}
          onSubmit={async (name) => {
            if (naming === 'new') await repo.createGroup(cls.id, kind, name.trim() || undefined)
            else await repo.rename(naming.id, name)
            setNaming(null)
          }}
        />
      )}
      {splitting && (
        <AutoSplitDialog
          kind={kind}
          kindLabel={label}
          existing={groups}
          members={splitMembers}
          onClose={() => setSplitting(false)}
          onApply={async (count) => {
            await repo.applySplit(cls.id, kind, splitMembers, count)
            setSplitting(false)
            notify(`已分为 ${count} 个${label}`)
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`删除${label}`}
        message={`删除“${deleting?.name ?? ''}”？组内学员将变为未分组。`}
        confirmLabel="删除"
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          if (deleting) await repo.deleteGroup(deleting.id)
          setDeleting(null)
        }}
      />
    </Stack>
  )
}
