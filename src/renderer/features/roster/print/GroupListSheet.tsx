import { useNavigate } from 'react-router'
import FormControlLabel from '@mui/material/FormControlLabel'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import { ROSTER_FIELD_LABELS as LABEL, ROSTER_SCREEN_LABELS as SCREEN_LABEL } from '@shared/roster/fields'
import type { ClassRecord } from '../../../db/core/database'
import { GROUP_KIND_LABELS, membershipField } from '../../../db/roster/groupRepository'
import type { GroupKind } from '../../../db/roster/rosterRecords'
import { PrintSheet, PrintView } from '../../../ui/print/PrintView'
import { ClassPrintMeta } from './ClassPrintMeta'
import { PrintTable, type PrintColumn } from './PrintTable'
import { unitAndPost, unitAndPostHeader, usePrintRoster } from './usePrintRoster'
import './rosterPrint.css'
import { printPath } from '../../../ui/print/printPath'

/** 分组名单: each 小组 (or 党小组) with its leader and members; ?kind=party for 党小组. */
export function GroupListSheet(props: { cls: ClassRecord; schoolName: string; query: URLSearchParams }) {
  const { cls } = props
  const navigate = useNavigate()
  const roster = usePrintRoster(cls.id)
  const kind: GroupKind = props.query.get('kind') === 'party' ? 'party' : 'discussion'
  if (!roster) return null
  const label = GROUP_KIND_LABELS[kind]
  const leaderTitle = kind === 'discussion' ? '组长' : '党小组长'
  const field = membershipField(kind)
  const groups = roster.groups.filter((g) => g.kind === kind)
  const live = new Set(groups.map((g) => g.id))
  const ungrouped = roster.entries.filter((e) => !live.has(e.enrollment[field] ?? ''))
  const blocks = [
    ...groups.map((g) => ({
      id: g.id,
      title: g.name,
      leader: roster.entries.find((e) => e.enrollment.id === g.leaderEnrollmentId)?.person.name,
      // The leader first, then roster order.
      members: roster.entries
        .filter((e) => e.enrollment[field] === g.id)
        .sort(
          (a, b) =>
            Number(b.enrollment.id === g.leaderEnrollmentId) -
            Number(a.enrollment.id === g.leaderEnrollmentId),
        ),
    })),
    ...(ungrouped.length > 0 ? [{ id: 'none', title: '未分组', leader: undefined, members: ungrouped }] : []),
  ]
  const columns: PrintColumn[] = [
    { header: '序号', value: (_e, i) => i + 1, width: '12mm' },
    {
      header: LABEL.name,
      value: (e) =>
        e.person.name +
        (groups.some((g) => g.leaderEnrollmentId === e.enrollment.id) ? `（${leaderTitle}）` : ''),
      width: '32mm',
    },
    { header: LABEL.gender, value: (e) => e.person.gender, width: '12mm' },
    { header: unitAndPostHeader(roster.entries), value: unitAndPost, align: 'left' },
    { header: SCREEN_LABEL.phone, value: (e) => e.person.phone, width: '30mm' },
  ]
  return (
    <PrintView
      title={`${label}名单`}
      fileName={`${cls.name}-${label}名单`}
      onBack={() => void navigate(`/classes/${cls.id}/groups`)}
      options={
        <RadioGroup
          row
          value={kind}
          onChange={(e) =>
            void navigate(
              printPath(cls.id, 'roster-groups', {
                kind: e.target.value === 'party' ? 'party' : 'discussion',
              }),
              {
                replace: true,
              },
            )
          }
          aria-label="打印哪种分组"
        >
          <FormControlLabel value="discussion" control={<Radio size="small" />} label="小组" />
          <FormControlLabel value="party" control={<Radio size="small" />} label="党小组" />
        </RadioGroup>
      }
    >
      <PrintSheet
        schoolName={props.schoolName}
        title={`${cls.name}${label}名单`}
        meta={<ClassPrintMeta cls={cls} count={roster.entries.length} />}
      >
        {blocks.map((b) => (
          <section key={b.id} className="roster-print-group">
            <h2>
              {b.title}（{b.members.length} 人{b.leader ? `，${leaderTitle}：${b.leader}` : ''}）
            </h2>
            <PrintTable columns={columns} entries={b.members} label={b.title} />
          </section>
        ))}
      </PrintSheet>
    </PrintView>
  )
}
