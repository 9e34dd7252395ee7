/**
 * The import screen's way to parse a roster file: a Promise around a short-lived
 * worker, with progress callbacks and cancellation. One worker per file: it is
 * terminated when done, so the workbook's memory goes with it.
 *
 *   const result = await parseRosterFile(await file.arrayBuffer(), file.name, {
 *     onProgress: (p) => setProgress(p.fraction),
 *   })
 *
 * The bytes are transferred to the worker, so the ArrayBuffer is empty afterwards;
 * to read another sheet, call again with a fresh `await file.arrayBuffer()`.
 */
import type { ParseProgress } from '@shared/roster/parseWorkbook'
import type { RosterParseMessage, RosterParseRequest, RosterParseResult } from './rosterParseProtocol'

export interface ParseRosterOptions {
  sheetName?: string
  onProgress?: (progress: ParseProgress) => void
  /** Aborting terminates the worker and rejects with an AbortError. */
  signal?: AbortSignal
  /** For tests: how to start the worker. */
  createWorker?: () => Worker
}

function createRosterWorker(): Worker {
  return new Worker(new URL('./rosterParse.worker.ts', import.meta.url), { type: 'module' })
}

let nextId = 1

export function parseRosterFile(
  bytes: ArrayBuffer,
  fileName: string,
  options: ParseRosterOptions = {},
): Promise<RosterParseResult> {
  return new Promise<RosterParseResult>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(abortError())
      return
    }
    const worker = (options.createWorker ?? createRosterWorker)()
    const id = nextId++
    const finish = () => {
      worker.terminate()
      options.signal?.removeEventListener('abort', onAbort)
    }
    const onAbort = () => {
      finish()
      reject(abortError())
    }
    options.signal?.addEventListener('abort', onAbort, { once: true })

    worker.onmessage = (event: MessageEvent<RosterParseMessage>) => {
      const message = event.data
      if (message.id !== id) return
      if (message.type === 'progress') options.onProgress?.(message.progress)
      else {
        finish()
        resolve(message.result)
      }
    }
    // The worker could not start or died (e.g. out of memory): an answer, not a hang.
    const onFailure = (detail: string) => {
      finish()
      resolve({
        ok: false,
        error: {
          code: 'unreadable',
          message: `读取文件“${fileName}”时出错，请重试或另存为 .xlsx 后再导入`,
          detail,
        },
      })
    }
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault()
      onFailure(event.message || 'worker error')
    }
    worker.onmessageerror = () => onFailure('message could not be read')

    const request: RosterParseRequest = { id, fileName, bytes }
    if (options.sheetName !== undefined) request.sheetName = options.sheetName
    worker.postMessage(request, [bytes])
  })
}

function abortError(): DOMException {
  return new DOMException('读取已取消', 'AbortError')
}
