import { describe, expect, expectTypeOf, it } from 'vitest'
import { PERSON_FIELDS, type PersonField } from '@shared/roster/fields'
import {
  emptyPerson,
  enrollmentFieldsOf,
  enrollmentIdFor,
  newEnrollment,
  nextListOrder,
  personFieldsOf,
} from './rosterBuilders'
import type { EnrollmentRecord, PersonFields, PersonRecord } from './rosterRecords'

const META = { id: 'p1', createdAt: '', deleted: false, _hlc: {}, _updated: '' }

describe('rosterBuilders', () => {
  it('stores exactly the person fields fields.ts lists', () => {
    expectTypeOf<PersonField>().toEqualTypeOf<keyof PersonFields>()
    const every: Required<PersonFields> = {
      name: '张三',
      idNumber: '11010519491231002X',
      studentNo: '',
      gender: '男',
      ethnicity: '汉族',
      birthDate: '1949-12-31',
      politicalStatus: '',
      unit: '',
      post: '',
      phone: '',
      college: '',
      major: '',
      education: '',
      activistSince: '',
      note: '',
    }
    expect(Object.keys(emptyPerson()).sort()).toEqual(Object.keys(every).sort())
    expect(Object.keys(emptyPerson()).sort()).toEqual([...PERSON_FIELDS].sort())
    expect(emptyPerson('李四')).toMatchObject({ name: '李四', idNumber: '', gender: '' })
  })

  it('takes the user fields of a stored person, filling what older records lack', () => {
    const { activistSince: _, ...older } = { ...emptyPerson('张三'), phone: '13812345678' }
    const stored: PersonRecord = { ...older, ...META }
    expect(personFieldsOf(stored)).toEqual({ ...emptyPerson('张三'), phone: '13812345678' })
  })

  it('builds enrollments and their list order', () => {
    expect(enrollmentIdFor('C', 'P')).toBe(enrollmentIdFor('C', 'P'))
    expect(enrollmentIdFor('C', 'P')).not.toBe(enrollmentIdFor('C', 'Q'))
    const stored: EnrollmentRecord = { ...newEnrollment('C', 'P'), seat: 3, listOrder: 7, ...META }
    expect(enrollmentFieldsOf(stored)).toEqual({ ...newEnrollment('C', 'P'), seat: 3, listOrder: 7 })
    expect(nextListOrder([{ listOrder: 2 }, {}, { listOrder: 7 }])).toBe(8)
    expect(nextListOrder([])).toBe(1)
  })
})
