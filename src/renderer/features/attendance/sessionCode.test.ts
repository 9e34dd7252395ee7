import { describe, expect, it } from 'vitest'
import { normalizeSessionCode, sessionCode } from './sessionCode'

describe('sessionCode', () => {
  it('is stable, short and without look-alike characters', () => {
    const code = sessionCode('01K9ZX3Q5W7Y8T2R4M6N8P0B1C')
    expect(code).toBe(sessionCode('01K9ZX3Q5W7Y8T2R4M6N8P0B1C'))
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/)
  })

  it('tells apart the sessions of a plan', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `01K9ZX3Q5W7Y8T2R4M6N8P${String(i).padStart(4, '0')}`)
    expect(new Set(ids.map(sessionCode)).size).toBe(500)
  })

  it('reads a code back as people type it', () => {
    const code = sessionCode('S1')
    expect(normalizeSessionCode(code.toLowerCase().replace('-', ' '))).toBe(code)
    expect(normalizeSessionCode(` ${code.replace('-', '')} `)).toBe(code)
  })
})
