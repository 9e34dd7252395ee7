/**
 * Roles in a class: the temporary Party branch committee (临时党支部, 支委) and the class
 * committee (班委). Seed 000 附1 开班仪式 "宣布班委名单"; seed 002 (三) 学员临时党支部 and its 支部委员;
 * DOMAIN.md glossary. Offered as suggestions: schools name roles their own way, so any text is
 * accepted.
 */
export const COMMITTEE_ROLES = [
  '临时党支部书记',
  '临时党支部副书记',
  '组织委员',
  '宣传委员',
  '纪检委员',
  '学习委员',
  '生活委员',
  '文体委员',
  '班长',
  '副班长',
] as const

/** Roles in the order above first (a committee list reads 书记 first), then the rest as given. */
export function sortRoles(roles: readonly string[]): string[] {
  const rank = (r: string) => {
    const i = (COMMITTEE_ROLES as readonly string[]).indexOf(r)
    return i === -1 ? COMMITTEE_ROLES.length : i
  }
  return [...roles].sort((a, b) => rank(a) - rank(b))
}
