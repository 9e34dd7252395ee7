import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { decodeText, sniffSpreadsheet } from './fileSniff'

// Issue 3 导入: "Reads .xlsx, .xls and .csv (UTF-8, UTF-8 with BOM, and GBK, as Excel in China
// saves it) … a non-spreadsheet is refused with a clear message".
const SRC = 'issue 3 导入'

/** 姓名,张三 in GBK: D0D5 C3FB 2C D5C5 C8FD. */
const GBK_NAME = Uint8Array.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd])

describe('decodeText', () => {
  const table: [Uint8Array, { text: string; encoding: string }, string][] = [
    [strToU8('姓名,张三'), { text: '姓名,张三', encoding: 'utf-8' }, `${SRC}: UTF-8`],
    [
      Uint8Array.from([0xef, 0xbb, 0xbf, ...strToU8('姓名')]),
      { text: '姓名', encoding: 'utf-8' },
      `${SRC}: UTF-8 BOM`,
    ],
    [GBK_NAME, { text: '姓名,张三', encoding: 'gbk' }, `${SRC}: GBK`],
    [
      Uint8Array.from([0xff, 0xfe, 0xd3, 0x59, 0x0d, 0x54]),
      { text: '姓名', encoding: 'utf-16le' },
      `${SRC}: Excel "Unicode text"`,
    ],
    [Uint8Array.from([0xfe, 0xff, 0x59, 0xd3, 0x54, 0x0d]), { text: '姓名', encoding: 'utf-16be' }, SRC],
    [strToU8('name,id'), { text: 'name,id', encoding: 'utf-8' }, `${SRC}: plain ASCII`],
  ]
  it.each(table)('%o → %j (%s)', (bytes, expected) => expect(decodeText(bytes)).toEqual(expected))
})

describe('sniffSpreadsheet', () => {
  const xlsxZip = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<w/>') })
  const table: [string, Uint8Array, string, string][] = [
    ['an .xlsx', xlsxZip, 'xlsx', SRC],
    [
      'an .ods',
      zipSync({
        mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
        'content.xml': strToU8('<c/>'),
      }),
      'ods',
      SRC,
    ],
    [
      'a .docx',
      zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<d/>') }),
      'notSpreadsheet',
      `${SRC}: Word is a zip too`,
    ],
    ['a broken zip', xlsxZip.subarray(0, 40), 'corruptZip', SRC],
    ['an .xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'xls', SRC],
    ['a PDF', strToU8('%PDF-1.7\n'), 'notSpreadsheet', SRC],
    ['an RTF', strToU8('{\\rtf1\\ansi 姓名}'), 'notSpreadsheet', SRC],
    [
      'a PNG',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'notSpreadsheet',
      SRC,
    ],
    ['a CSV in GBK', GBK_NAME, 'csv', SRC],
    [
      'an HTML table saved as .xls',
      strToU8('<html><body><table><tr><td>姓名</td></tr></table></body></html>'),
      'markup',
      SRC,
    ],
    ['an HTML page without a table', strToU8('<html><body><p>通知</p></body></html>'), 'notSpreadsheet', SRC],
    ['an empty file', new Uint8Array(0), 'notSpreadsheet', SRC],
  ]
  it.each(table)('%s → %s (%s)', (_what, bytes, kind) => expect(sniffSpreadsheet(bytes).kind).toBe(kind))
})
