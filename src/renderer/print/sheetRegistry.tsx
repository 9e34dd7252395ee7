import type { ReactNode } from 'react'
import type { ClassRecord } from '../db/database'
import { ChecklistPrintSheet } from '../features/checklist/ChecklistPrintSheet'

/**
 * Every printable sheet of a class, by id. A sheet renders its pages inside
 * <PrintView>; the route is /classes/:classId/print/:sheetId (with optional
 * ?query for options such as a session id). Areas add their sheets here.
 */
export interface PrintSheetDefinition {
  title: string
  render: (props: { cls: ClassRecord; schoolName: string; query: URLSearchParams }) => ReactNode
}

export const PRINT_SHEETS: Record<string, PrintSheetDefinition> = {
  checklist: {
    title: '班务工作事项表',
    render: (p) => <ChecklistPrintSheet cls={p.cls} schoolName={p.schoolName} />,
  },
}
