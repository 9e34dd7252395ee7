import type { StoredLeaveRules } from '@shared/attendance/leaveRuleSettings'
import { leaveRulesProblems } from '@shared/attendance/leaveRuleSettings'
import { statusSettingsProblems, type AttendanceStatusSettings } from '@shared/attendance/status'
import type { BanwuDatabase } from '../core/database'
import { ValidationError } from '@shared/validationError'

const STATUSES_KEY = 'attendanceStatuses'
const LEAVE_RULES_KEY = 'leaveRules'

/**
 * The school's attendance settings: the labels, colours and keys of the statuses (the codes are
 * fixed: rules depend on them) and the rule for unapproved absence (附2 第九条: at once or after
 * 批评教育, hours tolerated). Kept in this installation's local table, like the school's name.
 * Each save refuses what cannot be used, with the field's Chinese message; nothing is written then.
 */
export class AttendanceSettingsRepository {
  constructor(private readonly db: BanwuDatabase) {}

  async statuses(): Promise<AttendanceStatusSettings> {
    return ((await this.db.local.get(STATUSES_KEY))?.value as AttendanceStatusSettings | undefined) ?? {}
  }

  async saveStatuses(settings: AttendanceStatusSettings): Promise<void> {
    const problems = statusSettingsProblems(settings)
    if (problems.length > 0)
      throw new ValidationError(Object.fromEntries(problems.map((p, i) => [`s${i}`, p])))
    await this.db.local.put({ key: STATUSES_KEY, value: settings })
  }

  async leaveRules(): Promise<StoredLeaveRules> {
    return ((await this.db.local.get(LEAVE_RULES_KEY))?.value as StoredLeaveRules | undefined) ?? {}
  }

  async saveLeaveRules(rules: StoredLeaveRules): Promise<void> {
    const problems = leaveRulesProblems(rules)
    if (Object.keys(problems).length > 0) throw new ValidationError(problems)
    await this.db.local.put({ key: LEAVE_RULES_KEY, value: rules })
  }
}
