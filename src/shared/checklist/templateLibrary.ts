import type { ClassTier } from '../domain/trainingClass'
import { KEY_CLASS_TEMPLATE } from './keyClassTemplate'
import { ORDINARY_CLASS_TEMPLATE } from './ordinaryClassTemplate'
import type { ChecklistTemplate } from './types'

/**
 * The template library: every stored version of every template. The two built-in tables are
 * version 1 of `builtin.key` and `builtin.ordinary`; the school's edits add later versions.
 */

export const BUILTIN_TEMPLATES: readonly ChecklistTemplate[] = [KEY_CLASS_TEMPLATE, ORDINARY_CLASS_TEMPLATE]

/** The newest version of one template, the built-ins counting as stored version 1. */
export function latestVersion(
  library: readonly ChecklistTemplate[],
  id: string,
): ChecklistTemplate | undefined {
  return [...BUILTIN_TEMPLATES, ...library]
    .filter((t) => t.id === id)
    .reduce<ChecklistTemplate | undefined>(
      (best, t) => (best && best.version >= t.version ? best : t),
      undefined,
    )
}

/** The newest version of every template, built-ins first, then the others by name. */
export function latestTemplates(library: readonly ChecklistTemplate[]): ChecklistTemplate[] {
  const ids = [...new Set([...BUILTIN_TEMPLATES, ...library].map((t) => t.id))]
  const latest = ids.map((id) => latestVersion(library, id)).filter((t) => t !== undefined)
  const builtinIds = BUILTIN_TEMPLATES.map((t) => t.id)
  return [
    ...latest.filter((t) => builtinIds.includes(t.id)),
    ...latest.filter((t) => !builtinIds.includes(t.id)).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  ]
}

/**
 * The table a new class gets (issue 4): the key-class one for 重点班级, the ordinary one otherwise,
 * in the newest version the school has made of it.
 */
export function templateForTier(
  tier: ClassTier,
  library: readonly ChecklistTemplate[] = [],
): ChecklistTemplate {
  const builtin = tier === 'key' ? KEY_CLASS_TEMPLATE : ORDINARY_CLASS_TEMPLATE
  return latestVersion(library, builtin.id) ?? builtin
}
