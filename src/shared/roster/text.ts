/**
 * Text clean-up shared by the roster checks.
 *
 * Rosters are typed by hand in Chinese input methods, so full-width digits and
 * letters (１２３Ｘ), ideographic spaces and stray spaces inside numbers are
 * normal input, not mistakes: they are folded away before anything is checked.
 */

/**
 * Full-width ASCII (U+FF01–U+FF5E) to half-width, ideographic space to a plain space. For codes
 * and numbers only (ID cards, phones, student numbers, dates): it also turns （）、，、； into
 * ASCII, so free text a person wrote (unit, post, notes) must not go through it (issue 11, point 12).
 */
export function toHalfWidth(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.charCodeAt(0)
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0)
    else if (code === 0x3000) out += ' '
    else out += ch
  }
  return out
}

/**
 * Every kind of space (incl. no-break, ideographic, zero-width, tabs and line breaks):
 * all of them turn up in cells pasted from Word or web pages.
 */
const ANY_SPACE = /[\s\u00a0\u200b-\u200d\u2060\u3000\ufeff]+/g

export function removeSpaces(text: string): string {
  return text.replace(ANY_SPACE, '')
}

/** Trims and collapses runs of spaces to one (for free text such as units). */
export function collapseSpaces(text: string): string {
  return text.replace(ANY_SPACE, ' ').trim()
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff'
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}·])[\\s\\u3000]+(?=[${CJK}·])`, 'g')

/**
 * A person's name: spaces are removed between Chinese characters (two-character
 * names are often padded to line up, 张  三), kept between Latin words.
 */
export function normalizeName(text: string): string {
  return collapseSpaces(toHalfWidth(text)).replace(SPACE_BETWEEN_CJK, '')
}
