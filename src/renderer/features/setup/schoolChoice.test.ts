import { describe, expect, it } from 'vitest'
import type { SnapshotHeader } from '@shared/sync/snapshot'
import { NEW_SCHOOL, joinFromFile, settingsForChoice, type SchoolChoice } from './schoolChoice'

/** Issue 12 point 4: the first-run choice between starting a school and joining one. */

const ID = '01JE0000000000000000000000'
const FORM = { schoolName: '中共松江区委党校', officeName: '分校教务处', currentUser: '' }
const header = (over: Partial<SnapshotHeader> = {}) =>
  ({ school: '中共松江区委党校', schoolId: ID, replicaName: '本部教务科', ...over }) as SnapshotHeader
const typed = (typedId: string): SchoolChoice => ({ mode: 'join', typedId, fromFile: null })

describe('the school chosen at first run', () => {
  it.each<[string, SchoolChoice, Record<string, unknown> | string]>([
    ['新建学校: no id yet, the save makes one', NEW_SCHOOL, FORM],
    ['joined by a file', joinFromFile('本部.banwu', header()), { ...FORM, schoolId: ID }],
    [
      'joined by a file of an office whose id is provisional: provisional here too',
      joinFromFile('本部.banwu', header({ schoolIdProvisional: true })),
      { ...FORM, schoolId: ID, schoolIdProvisional: true },
    ],
    [
      'joined by a typed id, read leniently',
      typed(' 01je-0000 0000 0000 0000 0000 00 '),
      { ...FORM, schoolId: ID },
    ],
    ['joined, but no id given', typed('  '), '请选择本校其他办公室导出的快照文件，或输入学校编号'],
    ['joined, with a mistyped id', typed('01JE00000'), '学校编号无效'],
  ])('%s', (_label, choice, expected) => {
    if (typeof expected === 'string') expect(() => settingsForChoice(FORM, choice)).toThrow(expected)
    else expect(settingsForChoice(FORM, choice)).toEqual(expected)
  })

  it('takes the school and office of the file for the screen', () => {
    expect(joinFromFile('本部.banwu', header())).toEqual({
      mode: 'join',
      typedId: ID,
      fromFile: {
        fileName: '本部.banwu',
        school: '中共松江区委党校',
        office: '本部教务科',
        provisional: false,
      },
    })
  })

  it('refuses a file of an older app (no school id), saying what to do', () => {
    expect(() => joinFromFile('旧.banwu', header({ schoolId: undefined }))).toThrow(
      '此文件（来自「本部教务科」）由旧版班务通导出，没有学校编号',
    )
  })
})
