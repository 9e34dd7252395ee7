import { describe, expect, it } from 'vitest'
import { utils, write } from 'xlsx'
import { parseRosterFile } from './rosterParseClient'
import { handleRosterParseRequest } from './rosterParseHandler'
import type { RosterParseMessage, RosterParseRequest } from './rosterParseProtocol'

/** Runs the real handler asynchronously, as the worker would, and records what the client did. */
class FakeWorker {
  onmessage: ((event: { data: RosterParseMessage }) => void) | null = null
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null
  onmessageerror: (() => void) | null = null
  terminated = false
  transferred: unknown[] = []
  constructor(private readonly behaviour: 'handle' | 'crash' | 'hang' = 'handle') {}
  postMessage(request: RosterParseRequest, transfer: unknown[]) {
    this.transferred = transfer
    setTimeout(() => {
      if (this.terminated) return
      if (this.behaviour === 'crash') this.onerror?.({ message: 'Out of memory', preventDefault: () => {} })
      else if (this.behaviour === 'handle') {
        handleRosterParseRequest(request, (data) => {
          if (!this.terminated) this.onmessage?.({ data })
        })
      }
    }, 0)
  }
  terminate() {
    this.terminated = true
  }
  asWorker() {
    return this as unknown as Worker
  }
}

function rosterBytes(): ArrayBuffer {
  const book = utils.book_new()
  utils.book_append_sheet(
    book,
    utils.aoa_to_sheet([
      ['姓名', '身份证号'],
      ['张三', '11010519491231002X'],
    ]),
    'S',
  )
  return write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer
}

describe('parseRosterFile', () => {
  it('resolves with the parsed workbook, reports progress, transfers the bytes, ends the worker', async () => {
    const fake = new FakeWorker()
    const bytes = rosterBytes()
    const fractions: number[] = []
    const result = await parseRosterFile(bytes, '名单.xlsx', {
      createWorker: () => fake.asWorker(),
      onProgress: (p) => fractions.push(p.fraction),
    })
    expect(result.ok && result.workbook.sheet.text[1]).toEqual(['张三', '11010519491231002X'])
    expect(result.ok && result.mapping?.byField).toEqual({ name: 0, idNumber: 1 })
    expect(fractions.at(-1)).toBe(1)
    expect(fake.transferred).toEqual([bytes])
    expect(fake.terminated).toBe(true)
  })

  it('answers with a Chinese error when the worker dies', async () => {
    const fake = new FakeWorker('crash')
    const result = await parseRosterFile(rosterBytes(), '名单.xlsx', { createWorker: () => fake.asWorker() })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'unreadable',
        message: '读取文件“名单.xlsx”时出错，请重试或另存为 .xlsx 后再导入',
        detail: 'Out of memory',
      },
    })
    expect(fake.terminated).toBe(true)
  })

  it('cancels: rejects with AbortError and ends the worker', async () => {
    const fake = new FakeWorker('hang')
    const controller = new AbortController()
    const pending = parseRosterFile(rosterBytes(), '名单.xlsx', {
      createWorker: () => fake.asWorker(),
      signal: controller.signal,
    })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    expect(fake.terminated).toBe(true)
  })

  it('does not start a worker when already cancelled', async () => {
    let started = false
    const controller = new AbortController()
    controller.abort()
    const pending = parseRosterFile(rosterBytes(), '名单.xlsx', {
      createWorker: () => {
        started = true
        return new FakeWorker().asWorker()
      },
      signal: controller.signal,
    })
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    expect(started).toBe(false)
  })
})
