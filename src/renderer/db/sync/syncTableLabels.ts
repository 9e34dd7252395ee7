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
  ledgerSchemes: '党性锻炼方案',
  ledgerBranches: '党支部',
  ledgerMembers: '支部党员',
  ledgerEntries: '党性锻炼台账',
  ledgerAttachments: '台账佐证材料',
  ledgerReviews: '党员年度评议',
  assessmentSchemes: '考核方案',
  assessments: '考核',
  assessmentEntries: '考核记录',
  assessmentEvaluations: '定性评价',
  exams: '考试',
  examScores: '考试成绩',
  assessmentGrades: '考核等次',
  quotaAdjustments: '优秀名额调整',
  assessmentLog: '考核定稿记录',
  certificates: '结业证书',
  placements: '挂职安排',
  secondments: '挂职锻炼',
  secondmentWork: '挂职日志与三个一',
  secondmentTalks: '谈心谈话',
  secondmentAppraisals: '挂职鉴定',
  questionnaires: '评估问卷',
  questionnaireResponses: '问卷答卷',
  reviewWeightings: '班主任评估权重',
}

export function syncTableLabel(table: string): string {
  return (SYNC_TABLE_LABELS as Record<string, string | undefined>)[table] ?? table
}

export function isSyncedTable(table: string): table is SyncedTableName {
  return (SYNCED_TABLES as readonly string[]).includes(table)
}
