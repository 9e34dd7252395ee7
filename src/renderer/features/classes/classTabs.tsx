import type { ReactNode } from 'react'
import type { ClassRecord } from '../../db/core/database'
import { ClassSummary } from './ClassSummary'
import { RosterTab } from '../roster'
import { GroupsTab } from '../roster'
import { ClassChecklistTab } from '../checklist'
import { PlanTab } from '../plan'
import { AttendanceTab } from '../attendance'
import { LeaveTab } from '../leave'
import { AssessmentTab } from '../assessment'
import { SecondmentTab } from '../secondment'
import { EvaluationTab } from '../evaluation'

/**
 * The tabs of a class's page. Each area adds one entry here; `path` is the
 * URL segment after /classes/:classId/ ('' is the first tab).
 */
export interface ClassTab {
  path: string
  label: string
  render: (cls: ClassRecord) => ReactNode
}

export const CLASS_TABS: ClassTab[] = [
  { path: '', label: '概况', render: (cls) => <ClassSummary cls={cls} /> },
  { path: 'roster', label: '花名册', render: (cls) => <RosterTab cls={cls} /> },
  { path: 'groups', label: '分组', render: (cls) => <GroupsTab cls={cls} /> },
  { path: 'checklist', label: '班务事项', render: (cls) => <ClassChecklistTab cls={cls} /> },
  { path: 'plan', label: '教学计划', render: (cls) => <PlanTab cls={cls} /> },
  { path: 'attendance', label: '考勤', render: (cls) => <AttendanceTab cls={cls} /> },
  { path: 'leave', label: '请假', render: (cls) => <LeaveTab cls={cls} /> },
  { path: 'assessment', label: '考核', render: (cls) => <AssessmentTab cls={cls} /> },
  { path: 'secondment', label: '挂职', render: (cls) => <SecondmentTab cls={cls} /> },
  { path: 'evaluation', label: '评估', render: (cls) => <EvaluationTab cls={cls} /> },
]
