import { describe, expect, it } from 'vitest'
import { TEXT_CELL_FIELDS } from './exportSafety'
import {
  PERSON_FIELDS,
  ROSTER_EXPORT_HEADERS,
  ROSTER_FIELDS,
  ROSTER_FIELD_LABELS,
  ROSTER_FIELD_SPECS,
  ROSTER_SCREEN_LABELS,
  isPersonField,
  isRosterField,
  rosterFieldsWhere,
  rosterHeaderNames,
  type RosterField,
  type RosterFieldSpec,
} from './fields'
import { recognizeHeader } from './headerMap'

describe('roster fields: each described once (fields.ts)', () => {
  it('lists every field once and describes exactly the listed fields, in order', () => {
    expect(new Set(ROSTER_FIELDS).size).toBe(ROSTER_FIELDS.length)
    expect(Object.keys(ROSTER_FIELD_SPECS)).toEqual([...ROSTER_FIELDS])
  })

  it.each([
    ['labels', ROSTER_FIELD_LABELS],
    ['screen labels', ROSTER_SCREEN_LABELS],
    ['export headers', ROSTER_EXPORT_HEADERS],
  ])('%s name each field differently', (_what, labels) => {
    expect(Object.keys(labels)).toEqual([...ROSTER_FIELDS])
    const values = Object.values(labels)
    expect(new Set(values).size).toBe(values.length)
  })

  it('gives each header name to one field only', () => {
    const owners = new Map<string, RosterField[]>()
    for (const f of ROSTER_FIELDS) {
      for (const name of rosterHeaderNames(f)) owners.set(name, [...(owners.get(name) ?? []), f])
    }
    expect([...owners].filter(([, fields]) => fields.length > 1)).toEqual([])
  })

  // The user-visible names, written out once more here as the test's oracle.
  it.each<[RosterField, string, string, string, boolean, RosterFieldSpec['importsTo']]>([
    ['name', '姓名', '姓名', '姓名', true, 'person'],
    ['idNumber', '身份证号', '身份证号', '身份证号', true, 'person'],
    ['gender', '性别', '性别', '性别', true, 'person'],
    ['ethnicity', '民族', '民族', '民族', true, 'person'],
    ['birthDate', '出生年月', '出生日期', '出生日期', true, 'person'],
    ['politicalStatus', '政治面貌', '政治面貌', '政治面貌', true, 'person'],
    ['unit', '工作单位', '工作单位', '工作单位', true, 'person'],
    ['post', '职务', '职务', '职务', true, 'person'],
    ['unitAndPost', '工作单位及职务', '工作单位及职务', '工作单位及职务', false, 'split'],
    ['phone', '联系电话', '手机', '手机号码', true, 'person'],
    ['studentNo', '学号', '学号', '学号', true, 'person'],
    ['college', '学院', '学院', '学院', true, 'person'],
    ['major', '专业班级', '专业班级', '专业班级', true, 'person'],
    ['education', '学历', '学历', '学历', true, 'person'],
    ['activistSince', '确定为积极分子时间', '确定为积极分子时间', '确定为积极分子时间', true, 'person'],
    ['seat', '座号', '座号', '座号', false, 'enrollment'],
    ['note', '备注', '备注', '备注', true, 'enrollment'],
  ])('%s: %s, on screen %s, exported as %s', (field, label, screen, exported, person, importsTo) => {
    expect(ROSTER_FIELD_LABELS[field]).toBe(label)
    expect(ROSTER_SCREEN_LABELS[field]).toBe(screen)
    expect(ROSTER_EXPORT_HEADERS[field]).toBe(exported)
    expect(ROSTER_FIELD_SPECS[field].person).toBe(person)
    expect(isPersonField(field)).toBe(person)
    expect(ROSTER_FIELD_SPECS[field].importsTo).toBe(importsTo)
  })

  it('derives the lists the other modules use', () => {
    expect(PERSON_FIELDS).toEqual([
      'name',
      'idNumber',
      'gender',
      'ethnicity',
      'birthDate',
      'politicalStatus',
      'unit',
      'post',
      'phone',
      'studentNo',
      'college',
      'major',
      'education',
      'activistSince',
      'note',
    ])
    expect(TEXT_CELL_FIELDS).toEqual(['idNumber', 'phone', 'studentNo'])
    expect(rosterFieldsWhere((s) => s.masked === true)).toEqual(['idNumber'])
    expect(rosterFieldsWhere((s) => s.gridEditable === true)).toEqual([
      'name',
      'idNumber',
      'gender',
      'unit',
      'post',
      'phone',
      'studentNo',
      'college',
      'major',
      'seat',
    ])
    expect(rosterFieldsWhere((s) => s.rosterKind === 'cadre')).toEqual(['unit', 'post', 'unitAndPost'])
    expect(rosterFieldsWhere((s) => s.rosterKind === 'university')).toEqual(['studentNo', 'college', 'major'])
  })

  it('imports into the person only fields the person has', () => {
    expect(rosterFieldsWhere((s) => s.importsTo === 'person').every(isPersonField)).toBe(true)
  })

  it.each(ROSTER_FIELDS)('the import reads every name of %s as that field', (field) => {
    for (const name of rosterHeaderNames(field))
      expect(recognizeHeader(name)).toEqual({ field, how: 'exact' })
  })

  it.each([
    ['单位电话', 'phone'],
    ['现单位及职级', 'unitAndPost'],
    ['积极分子确定日期', 'activistSince'],
  ])('keyword guesses try combined and specific fields first: %s → %s', (header, field) => {
    expect(recognizeHeader(header)).toEqual({ field, how: 'keyword' })
  })

  it.each([
    ['name', true],
    ['unitAndPost', true],
    ['dormRoom', false],
    [null, false],
  ])('isRosterField(%j) is %s', (value, expected) => expect(isRosterField(value)).toBe(expected))
})
