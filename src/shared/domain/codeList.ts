/**
 * Closed lists of coded choices (class types, statuses, slots …) share one
 * shape: a stable code stored in records, a Chinese label shown to users.
 */
export interface CodedOption<C extends string = string> {
  code: C
  label: string
}

export function findByCode<T extends { code: string }>(list: readonly T[], code: string): T | undefined {
  return list.find((x) => x.code === code)
}

/** The label of a code, or the code itself for a value from a newer version of the app. */
export function labelOf(list: readonly CodedOption[], code: string): string {
  return findByCode(list, code)?.label ?? code
}

/** The codes of a list, typed for `z.enum`. */
export function codesOf<C extends string>(list: readonly { code: C }[]): [C, ...C[]] {
  return list.map((x) => x.code) as [C, ...C[]]
}
