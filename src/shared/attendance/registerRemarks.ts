import { formatHours } from '../plan/hours'
import type { LeaveStanding } from './leaveLimit'

/**
 * The 备注 of the printed 学员考勤登记表: facts about the student's record, nothing else. An
 * official sheet carries no advice of the app's (请报学员工作科, 请提醒学员, 须持医院证明, 应作退学
 * 处理…): those are the screen's 提示 (leaveStanding().flags). The leave per type, 旷课 and 超假
 * have their own columns; the remark states what the columns do not: where the total stands
 * against the limit, and recorded 擅自离校.
 */
export function registerRemarks(standing: Pick<LeaveStanding, 'meter' | 'unapproved'>): string[] {
  const m = standing.meter
  const used = formatHours(m.used)
  const allowed = formatHours(m.allowed)
  const leftSchool = standing.unapproved.incidents.filter((i) => i.kind === 'leftSchool').length
  return [
    m.level === 'overLimit' ? `累计请假 ${used} 学时，超过总学时的1/7（${allowed} 学时）` : '',
    m.level === 'atLimit' ? `累计请假 ${used} 学时，达到总学时的1/7` : '',
    leftSchool ? `擅自离校 ${leftSchool} 次` : '',
  ].filter(Boolean)
}
