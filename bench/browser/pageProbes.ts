/**
 * Code the browser benchmark runs inside the page (page.evaluate / addInitScript). Each function
 * is sent as its source text, so it must use nothing from outside its own body. The app's page
 * has a Content-Security-Policy without 'unsafe-eval': conditions are data, not code.
 */

/** When a watched step has finished: the first element matching `selector` must… */
export interface Condition {
  selector: string
  /** …contain this text, */
  text?: string
  /** …have this attribute value, */
  attr?: [string, string]
  /** …or have a text different from the one it had when the watch was armed; */
  changed?: boolean
  /** and there must be at least this many matches. */
  minCount?: number
  /** The input may leave the condition unmet: after 5 s the watch gives null instead of failing. */
  optional?: boolean
}

/** Milliseconds from the user's input (the event's timestamp) to each point. */
export interface Watched {
  /** The DOM shows the result (the mutation that made the condition true). */
  done: number
  /** The frame after it has been drawn (a rAF, then a task after it). */
  paint: number
  /** No long task for 500 ms after the paint: the end of the last one, or the paint. */
  settled: number
  /** Long tasks (≥ 50 ms) between the input and `settled`: the longest and their sum. */
  longestTask: number
  blocking: number
}

interface ProbeWindow {
  __benchTasks?: { start: number; end: number }[]
  __benchWatch?: Promise<Watched | null>
}

/** addInitScript: keeps every long task of the page from its first moment. */
export function installLongTaskLog(): void {
  const w = window as unknown as ProbeWindow
  w.__benchTasks = []
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__benchTasks!.push({ start: e.startTime, end: e.startTime + e.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    // No long-task timing in this engine: `settled` is then the paint.
  }
}

/**
 * Arms a watch: the next pointerdown, keydown, beforeinput or change event starts the clock (its timestamp),
 * and the first DOM mutation after it that makes `cond` true stops it. Await `awaitWatch` after
 * the input.
 */
export function armWatch(cond: Condition): void {
  const w = window as unknown as ProbeWindow
  const first = () => document.querySelector(cond.selector)
  const before = first()?.textContent ?? null
  const holds = () => {
    const all = document.querySelectorAll(cond.selector)
    if (cond.minCount !== undefined && all.length < cond.minCount) return false
    const el = all[0]
    if (!el) return false
    const text = el.textContent ?? ''
    if (cond.text !== undefined && !text.includes(cond.text)) return false
    if (cond.attr && el.getAttribute(cond.attr[0]) !== cond.attr[1]) return false
    if (cond.changed && text === before) return false
    return true
  }
  let t0 = NaN
  // beforeinput too: Chinese text arrives as inserted text, without a keydown (as from an IME).
  const types = ['pointerdown', 'keydown', 'beforeinput', 'change']
  const start = (e: Event) => {
    if (Number.isNaN(t0)) t0 = e.timeStamp
    for (const type of types) window.removeEventListener(type, start, true)
  }
  for (const type of types) window.addEventListener(type, start, true)
  w.__benchWatch = new Promise<Watched | null>((resolve, reject) => {
    const timer = setTimeout(
      () => {
        observer.disconnect()
        if (cond.optional) resolve(null)
        else reject(new Error(`never saw ${JSON.stringify(cond)}`))
      },
      cond.optional ? 5000 : 180_000,
    )
    const observer = new MutationObserver(() => {
      if (Number.isNaN(t0) || !holds()) return
      const done = performance.now() - t0
      observer.disconnect()
      clearTimeout(timer)
      requestAnimationFrame(() =>
        setTimeout(() => {
          const paintAt = performance.now()
          const tasks = () => (w.__benchTasks ?? []).filter((t) => t.end > t0)
          const poll = () => {
            const lastEnd = Math.max(paintAt, ...tasks().map((t) => t.end))
            if (performance.now() - lastEnd < 500) return void setTimeout(poll, 100)
            const spans = tasks().map((t) => t.end - Math.max(t.start, t0))
            resolve({
              done,
              paint: paintAt - t0,
              settled: lastEnd - t0,
              longestTask: Math.max(0, ...spans),
              blocking: spans.reduce((s, d) => s + Math.max(0, d - 50), 0),
            })
          }
          poll()
        }, 0),
      )
    })
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    })
  })
}

export function awaitWatch(): Promise<Watched | null> {
  return (window as unknown as ProbeWindow).__benchWatch!
}

/**
 * Cold start: from navigation (time origin) to the first moment the page shows `text`, then to
 * the end of the last long task before 500 quiet ms.
 */
export async function awaitStart(text: string): Promise<Watched> {
  const w = window as unknown as ProbeWindow
  const shows = () => (document.body?.innerText ?? '').includes(text)
  const done = await new Promise<number>((resolve) => {
    if (shows()) return resolve(performance.now())
    const observer = new MutationObserver(() => {
      if (!shows()) return
      observer.disconnect()
      resolve(performance.now())
    })
    observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true })
  })
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
  const paint = performance.now()
  let lastEnd = paint
  for (;;) {
    lastEnd = Math.max(paint, ...(w.__benchTasks ?? []).map((t) => t.end))
    if (performance.now() - lastEnd >= 500) break
    await new Promise((r) => setTimeout(r, 100))
  }
  const spans = (w.__benchTasks ?? []).map((t) => t.end - t.start)
  return {
    done,
    paint,
    settled: lastEnd,
    longestTask: Math.max(0, ...spans),
    blocking: spans.reduce((s, d) => s + Math.max(0, d - 50), 0),
  }
}

/** Writes the cached records into the app's database with plain IndexedDB puts, chunk by chunk. */
export async function storeChunks(arg: { files: string[]; db: string }): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(arg.db)
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(new Error(String(open.error)))
  })
  let stored = 0
  for (const file of arg.files) {
    const { table, rows } = (await (await fetch(`/__bench-cache/${file}`)).json()) as {
      table: string
      rows: Record<string, unknown>[]
    }
    for (const row of rows)
      for (const [k, v] of Object.entries(row))
        if (v && typeof v === 'object' && '$bytes' in v)
          row[k] = Uint8Array.from(atob((v as { $bytes: string }).$bytes), (c) => c.charCodeAt(0))
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(table, 'readwrite')
      const store = tx.objectStore(table)
      for (const row of rows) store.put(row)
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(new Error(String(tx.error)))
    })
    stored += rows.length
  }
  db.close()
  return stored
}
