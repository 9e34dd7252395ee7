/**
 * Zip checks run before an .xlsx reaches SheetJS.
 *
 * An .xlsx is a zip archive. A crafted one (a "zip bomb") declares small sizes
 * but inflates to gigabytes and would freeze or crash the app. So the central
 * directory is read first (what the archive claims), then every entry is
 * actually inflated in small chunks while counting bytes (what it really holds),
 * stopping as soon as a limit is passed. Nothing is kept: only sizes are counted.
 */
import { Inflate } from 'fflate'

export interface ZipEntryInfo {
  name: string
  /** 0 = stored, 8 = deflate; anything else is refused. */
  method: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

export interface ZipLimits {
  /** Total inflated size of all entries. */
  maxUncompressedBytes: number
  maxEntries: number
  /** Inflated / compressed for the whole archive, checked once it is past `ratioCheckFromBytes`. */
  maxRatio: number
  ratioCheckFromBytes: number
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
  maxRatio: 100,
  ratioCheckFromBytes: 50 * 1024 * 1024,
}

export type ZipCheck =
  | { ok: true; entries: ZipEntryInfo[]; uncompressedBytes: number }
  | { ok: false; reason: 'corrupt' | 'tooLarge' | 'tooManyEntries' | 'ratio' | 'unsupportedMethod' }

const EOCD = 0x06054b50
const EOCD64_LOCATOR = 0x07064b50
const EOCD64 = 0x06064b50
const CENTRAL_ENTRY = 0x02014b50
const LOCAL_ENTRY = 0x04034b50

/** The archive's own table of contents, or null when it cannot be read. */
export function readZipDirectory(bytes: Uint8Array): ZipEntryInfo[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = findEocd(view)
  if (eocd < 0) return null
  let count = view.getUint16(eocd + 10, true)
  let offset = view.getUint32(eocd + 16, true)

  // ZIP64: the 16/32-bit fields hold their maximum and the real values live in the ZIP64 record.
  if (
    (count === 0xffff || offset === 0xffffffff) &&
    eocd >= 20 &&
    view.getUint32(eocd - 20, true) === EOCD64_LOCATOR
  ) {
    const at = Number(view.getBigUint64(eocd - 12, true))
    if (at + 56 > bytes.length || view.getUint32(at, true) !== EOCD64) return null
    count = Number(view.getBigUint64(at + 32, true))
    offset = Number(view.getBigUint64(at + 48, true))
  }

  const decoder = new TextDecoder()
  const entries: ZipEntryInfo[] = []
  let p = offset
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_ENTRY) return null
    const nameLength = view.getUint16(p + 28, true)
    const extraLength = view.getUint16(p + 30, true)
    const commentLength = view.getUint16(p + 32, true)
    if (p + 46 + nameLength + extraLength > bytes.length) return null
    const entry: ZipEntryInfo = {
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    }
    applyZip64Extra(view, p + 46 + nameLength, extraLength, entry)
    entries.push(entry)
    p += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

function findEocd(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff)
  for (let i = view.byteLength - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD) return i
  }
  return -1
}

/** ZIP64 extended information (header id 1) replaces the fields that overflowed, in this order. */
function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntryInfo) {
  let p = start
  while (p + 4 <= start + length) {
    const id = view.getUint16(p, true)
    const size = view.getUint16(p + 2, true)
    if (id === 1) {
      let q = p + 4
      const next = () => {
        const v = q + 8 <= p + 4 + size ? Number(view.getBigUint64(q, true)) : null
        q += 8
        return v
      }
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next() ?? entry.uncompressedSize
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next() ?? entry.compressedSize
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next() ?? entry.localHeaderOffset
    }
    p += 4 + size
  }
}

/** Compressed data is fed to the inflater this many bytes at a time, so a bomb is caught early. */
const CHUNK = 16 * 1024

class LimitExceeded extends Error {}

/**
 * Checks declared sizes, then inflates every entry counting the real output.
 * `onProgress` receives the fraction of compressed bytes processed.
 */
export function checkZip(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  onProgress?: (fraction: number) => void,
): ZipCheck {
  const entries = readZipDirectory(bytes)
  if (!entries) return { ok: false, reason: 'corrupt' }
  if (entries.length > limits.maxEntries) return { ok: false, reason: 'tooManyEntries' }
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0)
  if (declared > limits.maxUncompressedBytes) return { ok: false, reason: 'tooLarge' }

  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const totalCompressed = Math.max(
    1,
    entries.reduce((sum, e) => sum + e.compressedSize, 0),
  )
  let inflated = 0
  let consumed = 0
  const overLimit = (): ZipCheck | null => {
    if (inflated > limits.maxUncompressedBytes) return { ok: false, reason: 'tooLarge' }
    if (inflated > limits.ratioCheckFromBytes && inflated / Math.max(1, consumed) > limits.maxRatio) {
      return { ok: false, reason: 'ratio' }
    }
    return null
  }

  for (const entry of entries) {
    const at = entry.localHeaderOffset
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_ENTRY)
      return { ok: false, reason: 'corrupt' }
    const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
    const dataEnd = dataStart + entry.compressedSize
    if (dataEnd > bytes.length) return { ok: false, reason: 'corrupt' }

    if (entry.method === 0) {
      inflated += entry.compressedSize
      consumed += entry.compressedSize
    } else if (entry.method === 8) {
      const failure = inflateCounting(bytes.subarray(dataStart, dataEnd), (n, c) => {
        inflated += n
        consumed += c
        return overLimit()
      })
      if (failure) return failure
    } else {
      return { ok: false, reason: 'unsupportedMethod' }
    }
    const failure = overLimit()
    if (failure) return failure
    onProgress?.(Math.min(1, consumed / totalCompressed))
  }
  return { ok: true, entries, uncompressedBytes: inflated }
}

/** Inflates `data` chunk by chunk; `count` gets (new output bytes, new input bytes) and may stop it. */
function inflateCounting(
  data: Uint8Array,
  count: (outBytes: number, inBytes: number) => ZipCheck | null,
): ZipCheck | null {
  if (data.length === 0) return null
  const state: { stop: ZipCheck | null; pendingIn: number } = { stop: null, pendingIn: 0 }
  const inflater = new Inflate((chunk) => {
    state.stop = count(chunk.length, state.pendingIn)
    state.pendingIn = 0
    if (state.stop) throw new LimitExceeded()
  })
  try {
    for (let p = 0; p < data.length; p += CHUNK) {
      const end = Math.min(data.length, p + CHUNK)
      state.pendingIn += end - p
      inflater.push(data.subarray(p, end), end === data.length)
    }
  } catch (e) {
    if (e instanceof LimitExceeded) return state.stop
    return { ok: false, reason: 'corrupt' }
  }
  return state.pendingIn > 0 ? count(0, state.pendingIn) : null
}
