import { bench, describe } from 'vitest'
import type { AttendanceMarkFields } from '../src/shared/attendance/mark'
import { attendanceRegister } from '../src/shared/attendance/register'
import type { AttendanceStatusCode } from '../src/shared/attendance/status'
import { RegisterCache } from '../src/shared/attendance/registerCache'
import { syntheticClass } from './syntheticClass'

/*
 * Issue 5: "a 200-student × 80-session grid — time from a key press to the repainted cell; goal
 * under 50 ms". The repaint itself is measured in Chromium by bench/e2e/attendanceGridPerf.spec.ts;
 * this measures the computing part of one key press: a mark changes, the register follows.
 *
 * - incremental: what the app does (RegisterCache: the changed student's row through the rule
 *   engine, then the per-session totals over all 200 rows);
 * - full: the whole register recomputed, for comparison;
 * - raw: the same cells and totals by plain lookups with no rules — statuses from a map, counts —
 *   the floor any implementation pays. vitest's summary prints how many times faster raw is than
 *   incremental: that is the ratio asked for.
 */

const src = syntheticClass(200, 80)
const cycle: AttendanceStatusCode[] = ['late', 'absent', 'sickLeave', 'present']
let press = 0

/** The marks after one more key press: the next student, at some session, gets the next status. */
let current: AttendanceMarkFields[] = [...src.marks]
function afterKeyPress(): { marks: AttendanceMarkFields[]; enrollmentId: string } {
  press += 1
  const enrollmentId = src.enrollmentIds[press % src.enrollmentIds.length]!
  const sessionId = src.sessions[(press * 7) % src.sessions.length]!.id
  const status = cycle[press % cycle.length]!
  current = current.filter((m) => !(m.enrollmentId === enrollmentId && m.sessionId === sessionId))
  current.push({ enrollmentId, sessionId, status, minutes: status === 'late' ? 5 : null, note: '' })
  return { marks: current, enrollmentId }
}

describe('one key press on a 200 × 80 register', () => {
  const cache = new RegisterCache()
  cache.compute(src)

  bench('incremental (RegisterCache, as the app does)', () => {
    const { marks } = afterKeyPress()
    const reg = cache.compute({ ...src, marks })
    if (cache.lastRecomputed > 1 || reg.rows.length !== 200) throw new Error('not incremental')
  })

  bench('raw: the same cells and totals without the rules', () => {
    const { marks, enrollmentId } = afterKeyPress()
    const status = new Map<string, AttendanceStatusCode>()
    for (const m of marks) if (m.enrollmentId === enrollmentId) status.set(m.sessionId, m.status)
    const counts = new Map<AttendanceStatusCode, number>()
    const cells = src.sessions.map((s) => {
      const st = status.get(s.id) ?? 'present'
      counts.set(st, (counts.get(st) ?? 0) + 1)
      return st
    })
    // Per-session totals over every row, as the incremental path recounts them.
    let attended = 0
    for (let j = 0; j < src.sessions.length; j++)
      for (let i = 0; i < src.enrollmentIds.length; i++) if (cells[j] !== 'absent') attended += 1
    if (attended < 0) throw new Error('unreachable')
  })
})

describe('the whole register, 200 × 80', () => {
  bench('full recompute (attendanceRegister)', () => {
    const { marks } = afterKeyPress()
    attendanceRegister({ ...src, marks })
  })
})
