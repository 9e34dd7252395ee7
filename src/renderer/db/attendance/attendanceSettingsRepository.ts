import type { StoredLeaveRules } from '@shared/attendance/leaveRuleSettings'
import { leaveRulesProblems } from '@shared/attendance/leaveRuleSettings'
import { statusSettingsProblems, type AttendanceStatusSettings } from '@shared/attendance/status'
import {
  leaveRulesFieldsFrom,
  leaveRulesFromFields,
  statusFieldsFromSettings,
  statusSettingsFromFields,
} from '@shared/settings/schoolSettings'
import type { SchoolSettingsRepository } from '../core/schoolSettingsRepository'
import { ValidationError } from '@shared/validationError'

/**
 * The school's attendance settings: the labels, colours and keys of the statuses (the codes are
 * fixed: rules depend on them) and the rule for unapproved absence (附2 第九条: at once or after
 * 批评教育, hours tolerated). School-wide: kept in the synced `schoolSettings` table (groups
 * `attendanceStatuses` and `leaveRules`), so every office judges students by the same rules.
 * Each save refuses what cannot be used, with the field's Chinese message; nothing is written then.
 */
export class AttendanceSettingsRepository {
  constructor(private readonly school: SchoolSettingsRepository) {}

  async statuses(): Promise<AttendanceStatusSettings> {
    return statusSettingsFromFields(await this.school.group('attendanceStatuses'))
  }

  async saveStatuses(settings: AttendanceStatusSettings): Promise<void> {
    const problems = statusSettingsProblems(settings)
    if (problems.length > 0)
      throw new ValidationError(Object.fromEntries(problems.map((p, i) => [`s${i}`, p])))
    await this.school.saveGroup('attendanceStatuses', statusFieldsFromSettings(settings))
  }

  async leaveRules(): Promise<StoredLeaveRules> {
    return leaveRulesFromFields(await this.school.group('leaveRules'))
  }

  async saveLeaveRules(rules: StoredLeaveRules): Promise<void> {
    const problems = leaveRulesProblems(rules)
    if (Object.keys(problems).length > 0) throw new ValidationError(problems)
    await this.school.saveGroup('leaveRules', leaveRulesFieldsFrom(rules))
  }
}
