import type { ReactNode } from 'react'
import type { ClassRecord } from '../../db/database'
import { ClassSummary } from './ClassSummary'
import { ClassChecklistTab } from '../checklist/ClassChecklistTab'

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
  { path: 'checklist', label: '班务事项', render: (cls) => <ClassChecklistTab cls={cls} /> },
]
