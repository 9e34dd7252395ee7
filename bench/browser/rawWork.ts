/**
 * The raw baselines, run in the same page as the app's measurements (page.evaluate: each
 * function is sent as source, so it uses nothing from outside its body). Each is the plainest
 * fast way to do the same work: plain IndexedDB requests on the app's database, plain arrays.
 */

/** Milliseconds per query: the people's search texts (name, initials, ID, unit, phone) filtered. */
export async function rawSearch(arg: { queries: string[]; repeats: number }): Promise<number[][]> {
  const texts = (await (await fetch('/__bench-cache/search.json')).json()) as string[]
  const out: number[][] = []
  for (const q of arg.queries) {
    const times: number[] = []
    const needle = q.toLowerCase()
    for (let r = 0; r < arg.repeats; r++) {
      const t = performance.now()
      const found = texts.filter((s) => s.includes(needle))
      times.push(performance.now() - t + found.length * 0)
    }
    out.push(times)
  }
  return out
}

/** Opening 学员: every person, every enrollment and class read, each person's classes joined. */
export async function rawPeople(): Promise<number> {
  const t = performance.now()
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('banwu')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(new Error(String(open.error)))
  })
  const tx = db.transaction(['people', 'enrollments', 'classes'], 'readonly')
  const all = <T>(name: string) =>
    new Promise<T[]>((resolve) => {
      const r = tx.objectStore(name).getAll()
      r.onsuccess = () => resolve(r.result as T[])
    })
  type Row = { id: string; classId: string; personId: string; name: string }
  const [people, enrollments, classes] = await Promise.all([
    all<Row>('people'),
    all<Row>('enrollments'),
    all<Row>('classes'),
  ])
  const className = new Map(classes.map((c) => [c.id, c.name]))
  const byPerson = new Map<string, string[]>()
  for (const e of enrollments) {
    const list = byPerson.get(e.personId) ?? []
    list.push(className.get(e.classId) ?? '')
    byPerson.set(e.personId, list)
  }
  const rows = people.map((p) => ({ ...p, classes: (byPerson.get(p.id) ?? []).join('、') }))
  db.close()
  return performance.now() - t + rows.length * 0
}

/** A class's roster: its enrollments by index and their people; then a sort and a search. */
export async function rawRoster(arg: { classId: string; query: string }): Promise<number[]> {
  const t = performance.now()
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('banwu')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(new Error(String(open.error)))
  })
  const tx = db.transaction(['people', 'enrollments'], 'readonly')
  type Row = { id: string; personId: string; name: string; idNumber: string; unit: string }
  const enrollments = await new Promise<Row[]>((resolve) => {
    const r = tx.objectStore('enrollments').index('classId').getAll(arg.classId)
    r.onsuccess = () => resolve(r.result as Row[])
  })
  const peopleStore = tx.objectStore('people')
  const people = await Promise.all(
    enrollments.map(
      (e) =>
        new Promise<Row>((resolve) => {
          const r = peopleStore.get(e.personId)
          r.onsuccess = () => resolve(r.result as Row)
        }),
    ),
  )
  const rows = enrollments.map((e, i) => ({ ...e, person: people[i]! }))
  const opened = performance.now() - t
  const s = performance.now()
  const collator = new Intl.Collator('zh-CN')
  rows.sort((a, b) => collator.compare(a.person.name, b.person.name))
  const sorted = performance.now() - s
  const f = performance.now()
  const found = rows.filter(
    (r) =>
      r.person.name.includes(arg.query) ||
      r.person.idNumber.endsWith(arg.query) ||
      r.person.unit.includes(arg.query),
  )
  const searched = performance.now() - f
  db.close()
  return [opened, sorted, searched + found.length * 0]
}

/** A status key: one mark written, then the session's marks read by index and counted. */
export async function rawMark(arg: { sessionId: string }): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('banwu')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(new Error(String(open.error)))
  })
  type Mark = { id: string; status: string }
  const first = await new Promise<Mark>((resolve) => {
    const r = db.transaction('attendance').objectStore('attendance').index('sessionId').get(arg.sessionId)
    r.onsuccess = () => resolve(r.result as Mark)
  })
  const t = performance.now()
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('attendance', 'readwrite')
    tx.objectStore('attendance').put({ ...first })
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(new Error(String(tx.error)))
  })
  const marks = await new Promise<Mark[]>((resolve) => {
    const r = db.transaction('attendance').objectStore('attendance').index('sessionId').getAll(arg.sessionId)
    r.onsuccess = () => resolve(r.result as Mark[])
  })
  const totals: Record<string, number> = {}
  for (const m of marks) totals[m.status] = (totals[m.status] ?? 0) + 1
  db.close()
  return performance.now() - t
}

/**
 * Roster file → preview, raw: SheetJS (loaded into the page by the benchmark) reads the file into
 * rows, then each row's ID number is looked up in the people's ID-number index, one transaction.
 */
export async function rawPreview(): Promise<number> {
  type Sheet = Record<string, unknown>
  const XLSX = (
    globalThis as unknown as {
      XLSX: {
        read(data: Uint8Array, o: { type: 'array' }): { SheetNames: string[]; Sheets: Record<string, Sheet> }
        utils: { sheet_to_json(s: Sheet, o: { header: 1 }): unknown[][] }
      }
    }
  ).XLSX
  const bytes = new Uint8Array(await (await fetch('/__bench-cache/roster-5000.xlsx')).arrayBuffer())
  const t = performance.now()
  const book = XLSX.read(bytes, { type: 'array' })
  const rows = XLSX.utils.sheet_to_json(book.Sheets[book.SheetNames[0]!]!, { header: 1 })
  const ids = rows.slice(2).map((r) => String((r[8] as string | undefined) ?? ''))
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('banwu')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(new Error(String(open.error)))
  })
  const index = db.transaction('people').objectStore('people').index('idNumber')
  const found = await Promise.all(
    ids.map(
      (id) =>
        new Promise<unknown>((resolve) => {
          const r = index.get(id)
          r.onsuccess = () => resolve(r.result)
        }),
    ),
  )
  db.close()
  return performance.now() - t + found.length * 0
}

/** Roster confirm, raw: the class's people and enrollments (as the app wrote them) put again, one transaction. */
export async function rawConfirm(arg: { classId: string }): Promise<number[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('banwu')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(new Error(String(open.error)))
  })
  type Row = { id: string; personId: string }
  const read = db.transaction(['people', 'enrollments'])
  const enrollments = await new Promise<Row[]>((resolve) => {
    const r = read.objectStore('enrollments').index('classId').getAll(arg.classId)
    r.onsuccess = () => resolve(r.result as Row[])
  })
  const people = await Promise.all(
    enrollments.map(
      (e) =>
        new Promise<Row>((resolve) => {
          const r = read.objectStore('people').get(e.personId)
          r.onsuccess = () => resolve(r.result as Row)
        }),
    ),
  )
  const t = performance.now()
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['people', 'enrollments'], 'readwrite')
    for (const p of people) tx.objectStore('people').put(p)
    for (const e of enrollments) tx.objectStore('enrollments').put(e)
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(new Error(String(tx.error)))
  })
  db.close()
  return [performance.now() - t, enrollments.length]
}
