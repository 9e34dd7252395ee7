/** Shared by the validateRows tests: ID numbers built independently of idCard.ts. */

/** An ID number with a correct check character, computed independently of idCard.ts. */
export function id(first17: string): string {
  let s = 0
  for (let i = 0; i < 17; i++) s += Number(first17[i]) * (2 ** (17 - i) % 11)
  const v = (12 - (s % 11)) % 11
  return first17 + (v === 10 ? 'X' : String(v))
}

export const TODAY = '2025-09-01'
export const MALE_1985 = id('31011719850312001') // born 1985-03-12, male
export const FEMALE_1992 = id('31011719920202002') // born 1992-02-02, female
