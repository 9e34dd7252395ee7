import { describe, expect, it } from 'vitest'
import { utils, write } from 'xlsx'
import { handleRosterParseRequest } from './rosterParseHandler'
import type { RosterParseMessage } from './rosterParseProtocol'

// Issue 3 导入: "Parsing runs in a Web Worker with a progress bar".
function rosterBytes(): ArrayBuffer {
  const book = utils.book_new()
  const ws = utils.aoa_to_sheet([
    ['2025年春季中青班学员名单'],
    ['序号', '姓名', '身份证号', '手机'],
    [1, '张三', '11010519491231002X', '13812345678'],
  ])
  ws['!merges'] = [utils.decode_range('A1:D1')]
  utils.book_append_sheet(book, ws, '名单')
  return write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer
}

describe('handleRosterParseRequest', () => {
  it('posts progress, then the workbook with its detected header', () => {
    const messages: RosterParseMessage[] = []
    handleRosterParseRequest({ id: 7, fileName: '名单.xlsx', bytes: rosterBytes() }, (m) => messages.push(m))
    const last = messages.at(-1)!
    expect(messages.slice(0, -1).every((m) => m.type === 'progress' && m.id === 7)).toBe(true)
    expect(messages.length).toBeGreaterThan(2)
    expect(last.type).toBe('result')
    if (last.type !== 'result' || !last.result.ok) throw new Error('expected a workbook')
    expect(last.result.workbook.sheet.text[2]).toEqual(['1', '张三', '11010519491231002X', '13812345678'])
    expect(last.result.mapping).toMatchObject({
      headerRowIndex: 1,
      byField: { name: 1, idNumber: 2, phone: 3 },
    })
  })

  it('passes a refusal through in Chinese', () => {
    const messages: RosterParseMessage[] = []
    const pdf = new TextEncoder().encode('%PDF-1.4\n').buffer
    handleRosterParseRequest({ id: 1, fileName: '通知.pdf', bytes: pdf }, (m) => messages.push(m))
    expect(messages.at(-1)).toEqual({
      id: 1,
      type: 'result',
      result: {
        ok: false,
        error: {
          code: 'notSpreadsheet',
          message: '文件“通知.pdf”不是 Excel 或 CSV 表格，请另存为 .xlsx 后再导入',
        },
      },
    })
  })

  it('answers even when something throws inside', () => {
    const messages: RosterParseMessage[] = []
    handleRosterParseRequest({ id: 2, fileName: 'a.xlsx', bytes: rosterBytes() }, (m) => {
      if (m.type === 'progress') throw new Error('boom')
      messages.push(m)
    })
    expect(messages).toEqual([
      {
        id: 2,
        type: 'result',
        result: {
          ok: false,
          error: {
            code: 'unreadable',
            message: '无法读取文件“a.xlsx”，请在 Excel 中打开后另存为 .xlsx 再导入',
            detail: 'boom',
          },
        },
      },
    ])
  })

  it('reads the sheet the user picked', () => {
    const book = utils.book_new()
    utils.book_append_sheet(
      book,
      utils.aoa_to_sheet([
        ['姓名', '学号'],
        ['甲', '1'],
      ]),
      '一班',
    )
    utils.book_append_sheet(
      book,
      utils.aoa_to_sheet([
        ['姓名', '学号'],
        ['乙', '2'],
      ]),
      '二班',
    )
    const bytes = write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer
    const messages: RosterParseMessage[] = []
    handleRosterParseRequest({ id: 3, fileName: 'b.xlsx', bytes, sheetName: '二班' }, (m) => messages.push(m))
    const last = messages.at(-1)!
    expect(last.type === 'result' && last.result.ok && last.result.workbook.sheet.text[1]).toEqual([
      '乙',
      '2',
    ])
  })
})
