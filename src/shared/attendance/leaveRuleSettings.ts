import { formatHours, hoursFromDecimal } from '../plan/hours'
import { DEFAULT_LEAVE_RULE_SETTINGS, type LeaveRuleSettings } from './leaveLimit'

/**
 * What a school sets about unapproved absence (seed 000 附2 第九条), as stored: plain numbers and
 * booleans, turned into the engine's exact settings on load. The 1/7 share and the 50 %/80 %
 * warnings are the seed's and the issue's, and stay as they are.
 *
 * 第九条 has two readings of "擅自离校": 1. alone ("未经批准擅自离校的，责令退学") flags at once;
 * 3.(1) ("…擅自离校或无故超假，经批评教育仍不能纠正者") flags only after a recorded 批评教育. The
 * default is 3.(1) (docs/leave-rules.md §9). A school may also tolerate some class hours of
 * 旷课/无故超假 before flagging; 擅自离校 is never tolerated.
 */
export interface StoredLeaveRules {
  /** Only incidents after a recorded 批评教育 count toward 应作退学处理. Default true. */
  afterCriticismOnly?: boolean
  /** Class hours of 旷课/无故超假 tolerated; only more is flagged. Default 0. */
  toleratedHours?: number
}

export const MAX_TOLERATED_HOURS = 100

/** Problems with what the user typed, in Chinese, by field; empty when it can be saved. */
export function leaveRulesProblems(stored: StoredLeaveRules): Record<string, string> {
  const out: Record<string, string> = {}
  const t = stored.toleratedHours
  if (t !== undefined) {
    if (!Number.isFinite(t)) out.toleratedHours = '可容忍的旷课、超假学时应为数字'
    else if (t < 0) out.toleratedHours = '可容忍的旷课、超假学时不能为负数'
    else if (t > MAX_TOLERATED_HOURS)
      out.toleratedHours = `可容忍的旷课、超假学时不能超过 ${MAX_TOLERATED_HOURS}`
    else if (Math.round(t * 100) !== t * 100) out.toleratedHours = '可容忍的旷课、超假学时最多两位小数'
  }
  return out
}

/** The engine's settings for what is stored; anything missing or unusable keeps the default. */
export function leaveRuleSettingsOf(stored: StoredLeaveRules = {}): LeaveRuleSettings {
  const d = DEFAULT_LEAVE_RULE_SETTINGS
  const usable = Object.keys(leaveRulesProblems(stored)).length === 0
  return {
    limit: d.limit,
    unapproved: {
      afterCriticismOnly: stored.afterCriticismOnly ?? d.unapproved.afterCriticismOnly,
      toleratedHours:
        usable && stored.toleratedHours !== undefined
          ? hoursFromDecimal(stored.toleratedHours)
          : d.unapproved.toleratedHours,
    },
  }
}

/** One sentence for the 请假 tab: what unapproved absence leads to under these settings. */
export function describeLeaveRules(settings: LeaveRuleSettings): string {
  const { afterCriticismOnly, toleratedHours } = settings.unapproved
  const tolerated = formatHours(toleratedHours)
  const beyond = tolerated === '0' ? '' : `超过 ${tolerated} 学时的`
  return afterCriticismOnly
    ? `旷课、无故超假或擅自离校的，先批评教育；经批评教育后仍有${beyond}旷课、超假或擅自离校的，应作退学处理。`
    : `未经批准擅自离校或${beyond}旷课、无故超假的，应作退学处理。`
}
