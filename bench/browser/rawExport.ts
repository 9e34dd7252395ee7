/**
 * Export, raw (runs in the page; sent as source, so self-contained): every synced table read in
 * one transaction, one line of JSON per slice of 8,192 rows (as the Node raw, bench/syncBench.ts),
 * deflated with the browser's CompressionStream, PBKDF2 + one AES-GCM call; then the read-back
 * the app's export also does: one AES-GCM decrypt, inflate, JSON.parse line by line.
 * Milliseconds per step and the file's size.
 */
export async function rawExport(arg: {
  iterations: number
}): Promise<{ read: number; encode: number; readBack: number; bytes: number; rows: number }> {
  const NOT_SYNCED = new Set(['local', 'conflicts', 'syncLog'])
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('banwu')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(new Error(String(open.error)))
  })
  const names = [...db.objectStoreNames].filter((n) => !NOT_SYNCED.has(n))
  const t0 = performance.now()
  const tx = db.transaction(names)
  const tables = await Promise.all(
    names.map(
      (n) =>
        new Promise<[string, unknown[]]>((resolve) => {
          const r = tx.objectStore(n).getAll()
          r.onsuccess = () => resolve([n, r.result])
        }),
    ),
  )
  db.close()
  const t1 = performance.now()
  const rows = tables.reduce((s, [, r]) => s + r.length, 0)
  const deflate = new CompressionStream('deflate-raw')
  const writer = deflate.writable.getWriter()
  const compressed = new Response(deflate.readable).arrayBuffer()
  const encoder = new TextEncoder()
  for (const [name, list] of tables)
    for (let i = 0; i < list.length; i += 8192)
      await writer.write(encoder.encode(JSON.stringify([name, list.slice(i, i + 8192)]) + '\n'))
  await writer.close()
  const packed = await compressed
  const pass = await crypto.subtle.importKey('raw', encoder.encode('基准测试口令2025'), 'PBKDF2', false, [
    'deriveKey',
  ])
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: arg.iterations },
    pass,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, packed)
  const t2 = performance.now()
  // Read-back: derive the key again (the app checks the file as a reader would), decrypt, inflate, parse.
  const key2 = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: arg.iterations },
    pass,
    { name: 'AES-GCM', length: 256 },
    false,
    ['decrypt'],
  )
  const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key2, sealed)
  const text = new Response(new Blob([opened]).stream().pipeThrough(new DecompressionStream('deflate-raw')))
    .body!.pipeThrough(new TextDecoderStream())
    .getReader()
  /** The line being read, in pieces: joined once its end arrives. */
  let pending: string[] = []
  let parsed = 0
  for (;;) {
    const { value, done } = await text.read()
    if (done) break
    let from = 0
    for (let nl = value.indexOf('\n'); nl >= 0; nl = value.indexOf('\n', from)) {
      pending.push(value.slice(from, nl))
      parsed += (JSON.parse(pending.join('')) as [string, unknown[]])[1].length
      pending = []
      from = nl + 1
    }
    if (from < value.length) pending.push(value.slice(from))
  }
  const t3 = performance.now()
  if (parsed !== rows) throw new Error(`read back ${parsed} rows of ${rows}`)
  return { read: t1 - t0, encode: t2 - t1, readBack: t3 - t2, bytes: sealed.byteLength, rows }
}
