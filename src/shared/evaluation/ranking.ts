/**
 * Ranks for the year-end review of head teachers (seed 000 正文三(二)): higher scores first, ties
 * share a rank and the next rank skips (1, 2, 2, 4), names in 拼音/Unicode order within a tie so
 * the list reads the same on every PC.
 */
export interface Ranked<T> {
  rank: number
  item: T
}

export function rankByScore<T>(
  items: readonly T[],
  score: (t: T) => number,
  name: (t: T) => string,
): Ranked<T>[] {
  const sorted = [...items].sort((a, b) => score(b) - score(a) || name(a).localeCompare(name(b), 'zh-CN'))
  return sorted.map((item, i) => {
    let first = i
    while (first > 0 && score(sorted[first - 1]!) === score(item)) first--
    return { rank: first + 1, item }
  })
}
