import type { ReactNode } from 'react'
import type { ClassRecord } from '../db/database'

/**
 * Every printable sheet of a class, by id. A sheet renders its pages inside
 * <PrintView>; the route is /classes/:classId/print/:sheetId (with optional
 * ?query for options such as a session id). Areas add their sheets here.
 */
export interface PrintSheetDefinition {
  title: string
  render: (props: { cls: ClassRecord; schoolName: string; query: URLSearchParams }) => ReactNode
}

export const PRINT_SHEETS: Record<string, PrintSheetDefinition> = {}
