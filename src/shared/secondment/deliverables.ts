/**
 * 三个一 (seed 000 附4 第八条(三)): a plan, a summary, and a report of suggestions to the host unit
 * "一般不少于1500字"; and at least two 谈心谈话 with the host's 联络人 (第七条(一)).
 *
 * How characters are counted (stated in the UI): every character except whitespace — Chinese
 * characters, letters, digits and punctuation each count one (Word's 字数 without spaces counts
 * the same way for Chinese text). Below 1,500 the screen warns and does not block: the seed says 一般.
 */
export const REPORT_MIN_CHARACTERS = 1500
export const MIN_TALKS = 2

export function reportCharacters(text: string): number {
  let n = 0
  for (const ch of text) if (!/\s/u.test(ch)) n++
  return n
}

export function reportWarning(text: string): string | null {
  const n = reportCharacters(text)
  return n >= REPORT_MIN_CHARACTERS
    ? null
    : `工作建议报告共 ${n} 字，一般不少于 ${REPORT_MIN_CHARACTERS} 字（附4 第八条）`
}
