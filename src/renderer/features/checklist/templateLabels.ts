import type { ChecklistTemplateTier } from '@shared/checklist'

const TIER_LABELS: Record<ChecklistTemplateTier, string> = {
  key: '重点班级',
  ordinary: '一般班级',
  custom: '本校自定',
}

export function templateTierLabel(tier: ChecklistTemplateTier): string {
  return TIER_LABELS[tier]
}
