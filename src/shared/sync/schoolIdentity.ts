import type { SnapshotHeader } from './snapshot'

/**
 * The school as an identity (issue 12 point 4), not a name: a typo at setup must not split one
 * school, and another school of the same name must not pass as ours. Each school has an id (a
 * ULID) made once, when its first office is set up (新建学校); every other office takes it when it
 * joins (加入已有学校: from a file of the school, or typed). Files carry it in `schoolId`, and an
 * import accepts a file only of its own school id. The id is not a secret (it is in every file's
 * header, unencrypted): it tells schools apart; the passphrase keeps strangers out.
 *
 * Offices set up before ids existed got one on upgrade, marked provisional, since two offices of
 * one school then made two ids. Provisional ids converge: an office with a provisional id that
 * meets a file of a school with the same name adopts the file's id when that id is definitive, or
 * when both are provisional and the file's id is the smaller (so every office of the school ends
 * on the same one, whatever the order of imports).
 */

/** A ULID: 26 characters of Crockford's base32 (no I, L, O, U). */
export const SCHOOL_ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/

/** This installation's school, as kept in its settings. */
export interface LocalSchool {
  id: string
  name: string
  /** Made on upgrade rather than chosen at setup: may still change to the school's common id. */
  provisional: boolean
}

export type SchoolHeader = Pick<SnapshotHeader, 'school' | 'schoolId' | 'schoolIdProvisional' | 'replicaName'>

export type SchoolVerdict =
  | { kind: 'accept' }
  /** Same school: this office takes the file's id (and, if definitive, keeps it for good). */
  | { kind: 'adopt'; schoolId: string; provisional: boolean; message: string }
  | { kind: 'refuse'; code: 'otherSchool' | 'noSchoolId'; message: string }

/** Names compared as typed at setup: surrounding spaces and Unicode composition do not count. */
export function sameSchoolName(a: string, b: string): boolean {
  return a.trim().normalize('NFC') === b.trim().normalize('NFC')
}

/** A typed id, read leniently (spaces, dashes, lower case, O for 0, I and L for 1); null if it is none. */
export function parseSchoolId(typed: string): string | null {
  const id = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  return SCHOOL_ID_PATTERN.test(id) ? id : null
}

const named = (name: string, id: string) => `「${name}」（学校编号 ${id}）`

/** Whether a file of `header` belongs to this office's school, and what to do if it does. */
export function judgeSchool(header: SchoolHeader, local: LocalSchool | null): SchoolVerdict {
  if (local === null) return { kind: 'accept' }
  const fileId = header.schoolId
  if (fileId === undefined)
    return {
      kind: 'refuse',
      code: 'noSchoolId',
      message: `此文件由旧版班务通导出，没有学校编号，无法确认它属于本校${named(local.name, local.id)}，不能导入。请在导出它的电脑（「${header.replicaName}」）上把班务通升级到本机的版本，再重新导出。`,
    }
  if (fileId === local.id) return { kind: 'accept' }
  const fileProvisional = header.schoolIdProvisional === true
  if (local.provisional && sameSchoolName(header.school, local.name)) {
    if (!fileProvisional || fileId < local.id)
      return {
        kind: 'adopt',
        schoolId: fileId,
        provisional: fileProvisional,
        message: `本机的学校编号 ${local.id} 是升级时自动生成的。此文件来自同名学校「${header.school}」的「${header.replicaName}」，导入后本机将改用该校的学校编号 ${fileId}，以后按编号识别本校的文件。`,
      }
    return { kind: 'accept' }
  }
  if (fileProvisional && sameSchoolName(header.school, local.name))
    return {
      kind: 'refuse',
      code: 'otherSchool',
      message: `此文件属于${named(header.school, fileId)}，本机属于${named(local.name, local.id)}。名称相同，但对方的编号是升级时自动生成的临时编号。请先在「${header.replicaName}」的电脑上导入本机导出的快照（对方会自动改用本校编号），再从那里重新导出给本机。`,
    }
  return {
    kind: 'refuse',
    code: 'otherSchool',
    message: `此文件属于${named(header.school, fileId)}，本机属于${named(local.name, local.id)}，不是同一所学校，不能导入。${
      sameSchoolName(header.school, local.name)
        ? '两边名称相同但编号不同，可能是两台电脑首次使用时都选了“新建学校”：请在其中一台电脑的“设置 → 学校编号”中改为加入另一台的学校。'
        : '如果确属同一所学校，请在其中一台电脑的“设置 → 学校编号”中改为加入另一台的学校。'
    }`,
  }
}
