import type { ReactNode } from 'react'
import type { PrintSheetId } from '../../ui/print/printPath'
import type { ClassRecord } from '../../db/core/database'
import { ChecklistPrintSheet } from '../../features/checklist'
import { DeskCardSheet } from '../../features/roster'
import { GroupListSheet } from '../../features/roster'
import { ContactsSheet, RosterCheckSheet, RosterListSheet } from '../../features/roster'
import { SignInPrintSheet } from '../../features/attendance'
import { RegisterPrintSheet } from '../../features/attendance'
import { WithdrawalNoticeSheet } from '../../features/leave'
import {
  AppraisalSheets,
  MeetingScheduleSheet,
  PlacementListSheet,
  ReminderSheet,
} from '../../features/secondment'
import { BlankQuestionnaireSheet, EvaluationSummarySheet } from '../../features/evaluation'
import {
  AssessmentRegisterSheet,
  CertificatePrintSheet,
  ExcellentListSheet,
  MakeUpListSheet,
  PeerBallotSheet,
  PeerReviewFormSheet,
  ScoreRegisterSheet,
} from '../../features/assessment'

/**
 * Every printable sheet of a class, by id. A sheet renders its pages inside
 * <PrintView>; the route is /classes/:classId/print/:sheetId (options in the query string; ui/print/printPath.ts builds the address). Areas add their sheets here.
 */
export interface PrintSheetDefinition {
  title: string
  render: (props: { cls: ClassRecord; schoolName: string; query: URLSearchParams }) => ReactNode
}

export const PRINT_SHEETS: Record<PrintSheetId, PrintSheetDefinition> = {
  roster: { title: '学员花名册', render: (p) => <RosterListSheet cls={p.cls} schoolName={p.schoolName} /> },
  'roster-check': {
    title: '学员信息核对表',
    render: (p) => <RosterCheckSheet cls={p.cls} schoolName={p.schoolName} />,
  },
  'roster-contacts': {
    title: '学员通讯录',
    render: (p) => <ContactsSheet cls={p.cls} schoolName={p.schoolName} />,
  },
  'roster-groups': { title: '分组名单', render: (p) => <GroupListSheet {...p} /> },
  'roster-desk-cards': { title: '席卡', render: (p) => <DeskCardSheet cls={p.cls} query={p.query} /> },
  checklist: {
    title: '班务工作事项表',
    render: (p) => <ChecklistPrintSheet cls={p.cls} schoolName={p.schoolName} />,
  },
  signin: { title: '签到表', render: (p) => <SignInPrintSheet {...p} /> },
  'attendance-register': {
    title: '学员考勤登记表',
    render: (p) => <RegisterPrintSheet cls={p.cls} schoolName={p.schoolName} />,
  },
  'attendance-notice': {
    title: '学员考勤情况公布',
    render: (p) => <RegisterPrintSheet cls={p.cls} schoolName={p.schoolName} publish />,
  },
  'withdrawal-notice': { title: '退学处理报告', render: (p) => <WithdrawalNoticeSheet {...p} /> },
  'secondment-placements': { title: '挂职安排表', render: (p) => <PlacementListSheet {...p} /> },
  'secondment-meetings': { title: '挂职座谈会安排', render: (p) => <MeetingScheduleSheet {...p} /> },
  'secondment-appraisals': { title: '挂职锻炼鉴定表', render: (p) => <AppraisalSheets {...p} /> },
  'secondment-reminders': { title: '挂职材料提醒单', render: (p) => <ReminderSheet {...p} /> },
  'evaluation-blank': { title: '评估问卷（空白）', render: (p) => <BlankQuestionnaireSheet {...p} /> },
  'evaluation-summary': { title: '评估结果汇总', render: (p) => <EvaluationSummarySheet {...p} /> },
  certificates: { title: '结业证书', render: (p) => <CertificatePrintSheet {...p} /> },
  'assessment-register': { title: '考核登记表', render: (p) => <AssessmentRegisterSheet {...p} /> },
  'score-register': { title: '学员成绩、证书登记表', render: (p) => <ScoreRegisterSheet {...p} /> },
  'excellent-list': { title: '优秀学员名单', render: (p) => <ExcellentListSheet {...p} /> },
  'makeup-list': { title: '补考名单', render: (p) => <MakeUpListSheet {...p} /> },
  'peer-ballot': { title: '学员互评票', render: (p) => <PeerBallotSheet {...p} /> },
  'peer-review-form': { title: '学员评议表', render: (p) => <PeerReviewFormSheet {...p} /> },
}
