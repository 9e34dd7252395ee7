/**
 * What the roster worker does with one request, apart from the worker plumbing,
 * so it can be tested without a Worker: parse the workbook, find the header.
 */
import { mapHeaders } from '@shared/roster/headerMap'
import { parseWorkbook } from '@shared/roster/parseWorkbook'
import type { RosterParseMessage, RosterParseRequest, RosterParseResult } from './rosterParseProtocol'

export function handleRosterParseRequest(
  request: RosterParseRequest,
  post: (message: RosterParseMessage) => void,
) {
  const { id, fileName } = request
  let result: RosterParseResult
  try {
    const parsed = parseWorkbook(new Uint8Array(request.bytes), fileName, {
      ...(request.sheetName !== undefined ? { sheetName: request.sheetName } : {}),
      onProgress: (progress) => post({ id, type: 'progress', progress }),
    })
    result = parsed.ok
      ? { ok: true, workbook: parsed.value, mapping: mapHeaders(parsed.value.sheet.text) }
      : { ok: false, error: parsed.error }
  } catch (e) {
    // A library bug or an exhausted worker: still an answer in Chinese, with the cause kept for a report.
    result = {
      ok: false,
      error: {
        code: 'unreadable',
        message: `无法读取文件“${fileName}”，请在 Excel 中打开后另存为 .xlsx 再导入`,
        detail: e instanceof Error ? e.message : String(e),
      },
    }
  }
  post({ id, type: 'result', result })
}
