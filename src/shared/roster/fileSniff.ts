/**
 * What kind of file the user picked, judged by its bytes, not its name: staff
 * rename files, and systems export HTML tables or CSV with an .xls name.
 */
import { readZipDirectory, type ZipEntryInfo } from './zipGuard'

export type SpreadsheetKind = 'xlsx' | 'ods' | 'xls' | 'csv' | 'markup'
export type TextEncoding = 'utf-8' | 'gbk' | 'utf-16le' | 'utf-16be'

export type Sniffed =
  | { kind: 'xlsx' | 'ods'; entries: ZipEntryInfo[] }
  | { kind: 'xls' }
  | { kind: 'csv' | 'markup'; text: string; encoding: TextEncoding }
  | { kind: 'notSpreadsheet' }
  | { kind: 'corruptZip' }

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

export function sniffSpreadsheet(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const entries = readZipDirectory(bytes)
    if (!entries) return { kind: 'corruptZip' }
    const names = new Set(entries.map((e) => e.name))
    // A .docx or .pptx is a zip with [Content_Types].xml too; only a workbook part makes it Excel.
    if (names.has('[Content_Types].xml') && (names.has('xl/workbook.xml') || names.has('xl/workbook.bin'))) {
      return { kind: 'xlsx', entries }
    }
    if (names.has('mimetype') && names.has('content.xml')) return { kind: 'ods', entries }
    return { kind: 'notSpreadsheet' }
  }
  // Compound file: .xls, WPS .et, and also .doc and password-protected .xlsx (told apart by SheetJS).
  if (startsWith(bytes, CFB_MAGIC)) return { kind: 'xls' }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { kind: 'notSpreadsheet' } // %PDF

  const decoded = decodeText(bytes)
  if (!decoded || !looksLikeText(decoded.text)) return { kind: 'notSpreadsheet' }
  const head = decoded.text.slice(0, 4096).trimStart().toLowerCase()
  if (head.startsWith('{\\rtf')) return { kind: 'notSpreadsheet' }
  if (head.startsWith('<')) {
    // HTML tables saved as .xls by many office systems, and Excel 2003 XML: both are sheets.
    const isSheet =
      /<table[\s>]/.test(decoded.text.slice(0, 1 << 20).toLowerCase()) || head.includes('office:spreadsheet')
    return isSheet ? { kind: 'markup', ...decoded } : { kind: 'notSpreadsheet' }
  }
  return { kind: 'csv', ...decoded }
}

/**
 * CSV saved by Excel in China is GBK unless "CSV UTF-8" was chosen; that one
 * starts with a BOM. Valid UTF-8 without a BOM is UTF-8 (GBK text with Chinese
 * characters is almost never valid UTF-8); anything else is read as GBK.
 * "Unicode text" from Excel is UTF-16 with a BOM.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeWith('utf-8', bytes.subarray(3))
  if (startsWith(bytes, [0xff, 0xfe])) return decodeWith('utf-16le', bytes.subarray(2))
  if (startsWith(bytes, [0xfe, 0xff])) return decodeWith('utf-16be', bytes.subarray(2))
  // GBK is decoded leniently: a stray bad byte becomes U+FFFD, which looksLikeText counts.
  return decodeWith('utf-8', bytes) ?? decodeWith('gbk', bytes, false)
}

function decodeWith(
  encoding: TextEncoding,
  bytes: Uint8Array,
  fatal = true,
): { text: string; encoding: TextEncoding } | null {
  try {
    // Browsers map the label 'gbk' to GB18030, a superset: every GBK file decodes the same.
    return { text: new TextDecoder(encoding, { fatal }).decode(bytes), encoding }
  } catch {
    return null
  }
}

/** No NULs and hardly any control characters in the first few thousand characters. */
function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 8192)
  if (sample.length === 0) return false
  let odd = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c === 0) return false
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) odd++
  }
  return odd / sample.length < 0.01
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)
}
