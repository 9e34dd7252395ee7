import { SYNCED_TABLES, type SyncedTableName } from '../core/database'

/**
 * The areas (synced tables) in the user's words, for the dry run, the
 * conflict log and messages. A table added later without a label still shows
 * up, under its code name, until it gets one here.
 */
export const SYNC_TABLE_LABELS: Readonly<Record<SyncedTableName, string>> = {
  classes: '班次',
  checklists: '班务事项表',
  checklistItems: '班务事项',
  checklistTemplates: '事项模板',
  people: '学员',
  enrollments: '报名',
  groups: '分组',
  sessions: '教学计划',
  attendance: '考勤',
  leaveRequests: '请假',
  disciplineEvents: '纪律记录',
  attachments: '附件',
  schoolSettings: '规则设置',
}

export function syncTableLabel(table: string): string {
  return (SYNC_TABLE_LABELS as Record<string, string | undefined>)[table] ?? table
}

export function isSyncedTable(table: string): table is SyncedTableName {
  return (SYNCED_TABLES as readonly string[]).includes(table)
}
