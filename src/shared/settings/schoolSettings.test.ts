import { describe, expect, it } from 'vitest'
import {
  changedGroupFields,
  groupFieldsOf,
  leaveRulesFieldsFrom,
  leaveRulesFromFields,
  schoolSettingsRecordSchema,
  SCHOOL_SETTINGS_GROUP_SCHEMAS,
  snapshotPolicyFromFields,
  statusFieldsFromSettings,
  statusSettingsFromFields,
} from './schoolSettings'
import { unencryptedRefusal } from '../sync/unencryptedFiles'

describe('school settings as stored', () => {
  it.each([
    ['nothing set', {}],
    ['one status changed', { late: { label: '晚到', keys: ['l'] } }],
    ['several', { sickLeave: { hidden: true }, absent: { color: '#000000' } }],
  ])('status settings round-trip through the group fields: %s', (_, settings) => {
    const fields = statusFieldsFromSettings(settings)
    expect(Object.keys(fields)).toHaveLength(7)
    expect(statusSettingsFromFields(fields)).toEqual(settings)
    expect(SCHOOL_SETTINGS_GROUP_SCHEMAS.attendanceStatuses.safeParse(fields).success).toBe(true)
  })

  it.each([
    [{}, { afterCriticismOnly: null, toleratedHours: null }],
    [{ afterCriticismOnly: false }, { afterCriticismOnly: false, toleratedHours: null }],
    [{ toleratedHours: 2.5 }, { afterCriticismOnly: null, toleratedHours: 2.5 }],
  ])('leave rules %j are stored as %j (null: the default)', (rules, fields) => {
    expect(leaveRulesFieldsFrom(rules)).toEqual(fields)
    expect(leaveRulesFromFields(fields)).toEqual(rules)
  })

  it.each([
    [{}, true],
    [{ encryptedOnly: false }, false],
    [{ encryptedOnly: true }, true],
  ])('只接受加密快照 from %j is %s (on by default)', (fields, on) => {
    expect(snapshotPolicyFromFields(fields).encryptedOnly).toBe(on)
  })

  it('reads only its own group’s fields from a record', () => {
    const record = { id: 'leaveRules', toleratedHours: 3, encryptedOnly: false, _updated: 'x' }
    expect(groupFieldsOf('leaveRules', record)).toEqual({ toleratedHours: 3 })
    expect(groupFieldsOf('snapshots', undefined)).toEqual({})
  })
})

describe('changedGroupFields: what a save writes', () => {
  it.each([
    ['nothing stored, defaults saved', {}, { afterCriticismOnly: null, toleratedHours: null }, {}],
    ['nothing stored, one set', {}, { afterCriticismOnly: null, toleratedHours: 4 }, { toleratedHours: 4 }],
    [
      'one stored, back to the default',
      { toleratedHours: 4 },
      { afterCriticismOnly: null, toleratedHours: null },
      { toleratedHours: null },
    ],
    [
      'the same values',
      { afterCriticismOnly: false, toleratedHours: 4 },
      { afterCriticismOnly: false, toleratedHours: 4 },
      {},
    ],
  ] as const)('leave rules: %s', (_, stored, next, written) => {
    expect(changedGroupFields('leaveRules', stored, next)).toEqual(written)
  })

  it('compares status settings whatever the order of their attributes', () => {
    const next = statusFieldsFromSettings({ late: { color: '#123456', label: '晚到' } })
    expect(
      changedGroupFields('attendanceStatuses', { late: { label: '晚到', color: '#123456' } }, next),
    ).toEqual({})
    expect(changedGroupFields('attendanceStatuses', {}, next)).toEqual({
      late: { color: '#123456', label: '晚到' },
    })
  })

  it('writes 只接受加密快照 only when it leaves the default', () => {
    expect(changedGroupFields('snapshots', {}, { encryptedOnly: true })).toEqual({})
    expect(changedGroupFields('snapshots', {}, { encryptedOnly: false })).toEqual({ encryptedOnly: false })
  })
})

describe('the row schema a file is checked against', () => {
  it.each([
    ['a leave-rules record', { toleratedHours: 2, afterCriticismOnly: null }, true],
    ['a statuses record', { late: { label: '晚到', keys: ['2'] } }, true],
    ['a newer attribute of a status', { late: { label: '晚到', blink: true } }, true],
    ['a newer field', { assessmentScheme: { weights: [1] } }, true],
    ['hours as text', { toleratedHours: '2' }, false],
    ['hours out of range', { toleratedHours: 1000 }, false],
    ['a colour that is not #RRGGBB', { late: { color: 'javascript:alert(1)' } }, false],
    ['keys that are not a list', { late: { keys: '2' } }, false],
    ['a policy that is not yes or no', { encryptedOnly: 'no' }, false],
  ])('%s: valid %s', (_, row, valid) => {
    expect(schoolSettingsRecordSchema.safeParse(row).success).toBe(valid)
  })
})

describe('unencryptedRefusal', () => {
  it.each([
    [true, true, null],
    [true, false, null],
    [false, false, null],
    [false, true, 'unencrypted'],
  ])('encrypted %s, encrypted only %s: %s', (encrypted, encryptedOnly, code) => {
    expect(unencryptedRefusal(encrypted, encryptedOnly)?.code ?? null).toBe(code)
  })
})
