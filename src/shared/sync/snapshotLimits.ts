import type { SnapshotBodyInfo } from './snapshotLayout'

/**
 * The caps that bound the work a snapshot file can cause (docs/snapshot-format.md, "Caps"). A
 * file is read on the word of its header: without caps, a few kilobytes of DEFLATE can claim and
 * inflate to gigabytes (a "zip bomb"), and one endless row can fill memory before anything is
 * checked. The caps are checked from the header before any passphrase is asked, while inflating
 * (inflation stops at the header's `plainBytes`), and per row while the body is read.
 *
 * Chosen from real data: the ten-year benchmark school (bench/tenYearSchool.ts, 681,485 records)
 * is a 53.8 MB file whose body inflates to 653 MB, 12.1 : 1 at the app's compression level; its
 * largest record, an attachment with a 60 kB scan, is 81 kB of JSON.
 */

/**
 * The largest body (uncompressed JSON) read: 2 GiB, three times the ten-year school. Reading a
 * body keeps its records in memory, at about 3.5 times its size (the benchmark's import peaks at
 * 2.4 GB): a larger one would not fit a 32-bit-sized browser heap anyway.
 */
export const MAX_BODY_PLAIN_BYTES = 2 * 1024 * 1024 * 1024

/**
 * The largest ratio of the body to its compressed stream: 200 : 1, sixteen times the 12 : 1 of
 * real data. Every record carries random ids and stamps, which do not compress; DEFLATE itself
 * reaches about 1,032 : 1 on repeated bytes, which only a made-up body has.
 */
export const MAX_BODY_RATIO = 200

/** Bodies up to this size are never refused for their ratio (a tiny body compresses as it may). */
export const BODY_RATIO_FLOOR_BYTES = 1024 * 1024

/**
 * The longest record (its JSON text, in characters): 32 MiB. The largest record the app writes is
 * an attachment of at most 15 MB (MAX_ATTACHMENT_BYTES), 20 MB as base64.
 */
export const MAX_ROW_CHARS = 32 * 1024 * 1024

const MB = 1024 * 1024

/** Why a body of these sizes is refused, in English for logs; null when it is within the caps. */
export function bodySizeProblem(
  body: Pick<SnapshotBodyInfo, 'plainBytes' | 'compressedBytes'>,
): string | null {
  if (body.plainBytes > MAX_BODY_PLAIN_BYTES)
    return `body of ${body.plainBytes} bytes is over the cap of ${MAX_BODY_PLAIN_BYTES}`
  if (body.plainBytes > BODY_RATIO_FLOOR_BYTES && body.plainBytes > body.compressedBytes * MAX_BODY_RATIO)
    return `body inflates ${(body.plainBytes / body.compressedBytes).toFixed(0)} : 1, over the cap of ${MAX_BODY_RATIO} : 1`
  return null
}

/** The caps in the user's words, for refusal messages. */
export const CAPS_TEXT = {
  body: `解压后不超过 ${MAX_BODY_PLAIN_BYTES / 1024 / MB} GB，压缩比不超过 ${MAX_BODY_RATIO}:1`,
  row: `单条记录不超过 ${MAX_ROW_CHARS / MB} MB`,
} as const
