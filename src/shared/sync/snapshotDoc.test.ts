import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BEGIN_MARK, END_MARK, renderSnapshotDoc, withGeneratedBlock } from './snapshotDoc'
import { SYNCED_ROW_SCHEMAS } from './tableSchemas'

/**
 * docs/snapshot-format.md's generated block (tables, fields, stamp grammar, drift bound, validation
 * rules, refusal messages) must be what the code generates. `npm run docs:snapshot` sets
 * SNAPSHOT_DOC_WRITE=1 to rewrite it instead.
 */
const DOC = resolve(import.meta.dirname, '../../../docs/snapshot-format.md')

describe('docs/snapshot-format.md', () => {
  it('holds the generated validation section as the code generates it', () => {
    const doc = readFileSync(DOC, 'utf8')
    const expected = withGeneratedBlock(doc, renderSnapshotDoc())
    if (process.env.SNAPSHOT_DOC_WRITE === '1') writeFileSync(DOC, expected)
    else expect(doc, 'run npm run docs:snapshot to update docs/snapshot-format.md').toBe(expected)
  })

  it('documents every synced table and every field of its schema', () => {
    const doc = readFileSync(DOC, 'utf8')
    const block = doc.slice(doc.indexOf(BEGIN_MARK), doc.indexOf(END_MARK))
    for (const [table, schema] of Object.entries(SYNCED_ROW_SCHEMAS)) {
      expect(block).toContain(`#### \`${table}\``)
      const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape ?? {}
      for (const field of Object.keys(shape)) expect(block).toContain(`| \`${field}\` |`)
    }
  })
})
