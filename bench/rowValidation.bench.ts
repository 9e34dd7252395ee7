import { bench, describe } from 'vitest'
import { fileProblem } from '../src/shared/sync/rowValidation'
import { buildSnapshot } from '../src/shared/sync/snapshot'
import { rowCount, tenYearSchool } from './tenYearSchool'

/*
 * Issue 12 point 2: every row of a file is checked (sync fields, strict stamps, values against
 * the table's schema) before anything is written, in the dry run and the restore. Goal: the
 * ten-year school (~680,000 rows) in a few seconds. Run: npx vitest bench --run bench/rowValidation.bench.ts
 */

const tables = tenYearSchool()
const snapshot = buildSnapshot(
  {
    schemaVersion: 1,
    appVersion: '0.1.0',
    school: '中共松江区委党校',
    replicaId: '01BENCH0FF1CEA000000000000',
    replicaName: '本部教务科',
    clockStamp: '',
    scope: 'all',
  },
  tables,
)
const rows = rowCount(tables)
const now = Date.now()

describe(`check every row of the ten-year school (${rows} rows)`, () => {
  bench(
    'fileProblem',
    () => {
      const p = fileProblem(snapshot, { now })
      if (p) throw new Error(p.message)
    },
    { iterations: 3, warmupIterations: 1 },
  )
})
