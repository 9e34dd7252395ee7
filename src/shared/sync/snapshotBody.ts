import { SnapshotError } from './snapshotError'
import { MAX_ROW_CHARS } from './snapshotLimits'

/**
 * Reads a snapshot body — `{"table":[{row},{row},…],…}` as JSON text — as it comes out of the
 * inflater, a few MB of rows at a time.
 *
 * Why not JSON.parse on the whole text: JavaScript engines cap a string's length (V8: about
 * 2^29 characters), and the body of a school's ten years of attendance is larger than that, so
 * joining it into one string fails. Here no string ever holds more than one batch of rows (or one
 * row, however large, such as a scan in base64). Any JSON text of this shape is read, whatever its
 * whitespace; anything else is refused as `corrupt`.
 */

const QUOTE = 34
const BACKSLASH = 92
const OPEN_BRACE = 123
const CLOSE_BRACE = 125
const OPEN_BRACKET = 91
const CLOSE_BRACKET = 93
const COLON = 58
const COMMA = 44

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9

/** Characters of row text parsed together: big enough to amortise JSON.parse, small next to the cap. */
const BATCH_CHARS = 4 * 1024 * 1024

type Phase =
  | 'start' // before '{'
  | 'key' // after '{' or ',': a table name or '}'
  | 'inKey'
  | 'colon'
  | 'open' // before a table's '['
  | 'rows' // inside a table: a row, ',' or ']'
  | 'row' // inside a row
  | 'next' // after a table: ',' or '}'
  | 'end'

function corrupt(detail: string): never {
  throw new SnapshotError('corrupt', `body: ${detail}`)
}

/** Receives the rows as they are read, a batch at a time, in order; each batch is of one table. */
export type BodyRowSink = (table: string, rows: unknown[]) => void

export class SnapshotBodyReader {
  private phase: Phase = 'start'
  /** Rows read per table, every table named in the text included. */
  private readonly counts: Record<string, number> = Object.create(null) as Record<string, number>
  private table = ''
  /** Text of the key or row being read, from earlier pushes. */
  private parts: string[] = []
  private inString = false
  private escape = false
  /** Nesting inside the current row ({ and [). */
  private depth = 0
  /** Whether a ',' was just read in `rows` (a row must follow). */
  private afterComma = false
  private batch: string[] = []
  private batchChars = 0

  /** Characters of the key or row being read held in `parts`. */
  private partChars = 0

  /**
   * `onRows` gets the rows batch by batch; keeping them (or not, when checking a file) is its
   * business. A row (or table name) longer than `maxRowChars` is refused as `rowTooLarge` as soon
   * as the text read of it passes the cap, before it is joined or parsed.
   */
  constructor(
    private readonly onRows: BodyRowSink,
    private readonly maxRowChars: number = MAX_ROW_CHARS,
  ) {}

  push(text: string): void {
    const n = text.length
    let i = 0
    /** Where the key or row being read starts in `text`. */
    let from = this.phase === 'row' || this.phase === 'inKey' ? 0 : -1
    /** The next backslash at or after the last look (backslashes are rare: look once per stretch). */
    let backslash = -1
    while (i < n) {
      if (this.phase === 'row') {
        // The hot loop: most of the body is row text. Only quotes, escapes and nesting matter;
        // inside strings (most of a row) the engine's indexOf jumps to the next quote.
        let { inString, escape, depth } = this
        for (; i < n; i++) {
          if (inString) {
            if (escape) {
              escape = false
              continue
            }
            const quote = text.indexOf('"', i)
            if (backslash < i) backslash = text.indexOf('\\', i)
            if (backslash < 0) backslash = n
            if (backslash < (quote < 0 ? n : quote)) {
              i = backslash
              escape = true
            } else if (quote < 0)
              i = n - 1 // the string goes on in the next piece
            else {
              i = quote
              inString = false
            }
            continue
          }
          const c = text.charCodeAt(i)
          if (c === QUOTE) inString = true
          else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++
          else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) break
        }
        this.inString = inString
        this.escape = escape
        this.depth = depth
        if (i === n) break
        this.endRow(text.slice(from, ++i))
        from = -1
        continue
      }
      if (this.phase === 'inKey') {
        let { escape } = this
        for (; i < n; i++) {
          const c = text.charCodeAt(i)
          if (escape) escape = false
          else if (c === BACKSLASH) escape = true
          else if (c === QUOTE) break
        }
        this.escape = escape
        if (i === n) break
        this.endKey(text.slice(from, ++i))
        from = -1
        continue
      }
      const c = text.charCodeAt(i)
      if (isSpace(c)) {
        i++
        continue
      }
      switch (this.phase) {
        case 'start':
          if (c !== OPEN_BRACE) corrupt('does not start with {')
          this.phase = 'key'
          this.afterComma = false
          break
        case 'key':
          if (c === CLOSE_BRACE && !this.afterComma) this.phase = 'end'
          else if (c === QUOTE) {
            this.phase = 'inKey'
            this.escape = false
            from = i
          } else corrupt('expected a table name')
          break
        case 'colon':
          if (c !== COLON) corrupt('expected :')
          this.phase = 'open'
          break
        case 'open':
          if (c !== OPEN_BRACKET) corrupt('a table is not an array')
          this.phase = 'rows'
          this.afterComma = false
          break
        case 'rows':
          if (c === OPEN_BRACE) {
            this.phase = 'row'
            this.depth = 1
            this.inString = false
            this.escape = false
            from = i
          } else if (c === COMMA && !this.afterComma && this.hasRowInTable()) this.afterComma = true
          else if (c === CLOSE_BRACKET && !this.afterComma) {
            this.flush()
            this.phase = 'next'
          } else corrupt('a row is not an object')
          break
        case 'next':
          if (c === COMMA) {
            this.phase = 'key'
            this.afterComma = true
          } else if (c === CLOSE_BRACE) this.phase = 'end'
          else corrupt('expected , or } after a table')
          break
        case 'end':
          corrupt('text after the end')
      }
      i++
    }
    if (from >= 0 && i === n) {
      this.partChars += n - from
      if (this.partChars > this.maxRowChars) this.tooLong()
      this.parts.push(text.slice(from))
    }
  }

  private tooLong(): never {
    const what = this.phase === 'inKey' ? 'a table name' : `a row of table ${this.table}`
    throw new SnapshotError('rowTooLarge', `${what} is longer than ${this.maxRowChars} characters`)
  }

  /** The number of rows per table, once the whole text was pushed. */
  finish(): Record<string, number> {
    if (this.phase !== 'end') corrupt('ends early')
    return this.counts
  }

  private rowsInTable = 0
  private hasRowInTable(): boolean {
    return this.rowsInTable > 0
  }

  private take(tail: string): string {
    if (this.partChars + tail.length > this.maxRowChars) this.tooLong()
    this.partChars = 0
    if (this.parts.length === 0) return tail
    this.parts.push(tail)
    const whole = this.parts.join('')
    this.parts = []
    return whole
  }

  private endKey(tail: string) {
    let name: unknown
    const text = this.take(tail)
    try {
      name = JSON.parse(text)
    } catch {
      corrupt('a table name is not a JSON string')
    }
    if (typeof name !== 'string' || Object.hasOwn(this.counts, name)) corrupt(`table name ${String(name)}`)
    this.table = name
    this.counts[name] = 0
    this.rowsInTable = 0
    this.phase = 'colon'
  }

  private endRow(tail: string) {
    const row = this.take(tail)
    this.batch.push(row)
    this.batchChars += row.length
    this.rowsInTable++
    this.afterComma = false
    this.phase = 'rows'
    if (this.batchChars >= BATCH_CHARS) this.flush()
  }

  private flush() {
    if (this.batch.length === 0) return
    let rows: unknown
    try {
      rows = JSON.parse(`[${this.batch.join(',')}]`)
    } catch {
      corrupt('a row is not JSON')
    }
    this.counts[this.table]! += (rows as unknown[]).length
    this.onRows(this.table, rows as unknown[])
    this.batch = []
    this.batchChars = 0
  }
}
