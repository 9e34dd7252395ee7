import { parseSchoolId } from '@shared/sync/schoolIdentity'
import type { SnapshotHeader } from '@shared/sync/snapshot'
import type { InstallationSettings } from '../../db/core/settingsRepository'

/**
 * First run: this PC either starts a school (新建学校: the school id is made when the settings
 * are saved) or joins one that other offices already use (加入已有学校), taking its id from a
 * snapshot file of that school or as typed (shared/sync/schoolIdentity.ts).
 */
export type SchoolChoice =
  | { mode: 'new' }
  | {
      mode: 'join'
      /** What is in the 学校编号 field (filled in from a chosen file, or typed). */
      typedId: string
      /** The file the id came from, when it came from one: its school and office, for the screen. */
      fromFile: { fileName: string; school: string; office: string; provisional: boolean } | null
    }

export const NEW_SCHOOL: SchoolChoice = { mode: 'new' }

/** The choice after a snapshot file of the school was read: its id, and its name for the form. */
export function joinFromFile(fileName: string, header: SnapshotHeader): SchoolChoice {
  if (!header.schoolId)
    throw new Error(
      `此文件（来自「${header.replicaName}」）由旧版班务通导出，没有学校编号。请先把那台电脑的班务通升级到本版本，再从那里导出一个快照文件；或在那台电脑的“设置”中复制学校编号，在这里输入。`,
    )
  return {
    mode: 'join',
    typedId: header.schoolId,
    fromFile: {
      fileName,
      school: header.school,
      office: header.replicaName,
      provisional: header.schoolIdProvisional === true,
    },
  }
}

/** The settings to save for the form's values and the choice; throws a message for the user when it cannot be. */
export function settingsForChoice(value: InstallationSettings, choice: SchoolChoice): InstallationSettings {
  const { schoolName, officeName, currentUser } = value
  if (choice.mode === 'new') return { schoolName, officeName, currentUser }
  if (!choice.typedId.trim())
    throw new Error('加入已有学校：请选择本校其他办公室导出的快照文件，或输入学校编号')
  const schoolId = parseSchoolId(choice.typedId)
  if (!schoolId)
    throw new Error('学校编号无效：应为 26 位字母和数字，请在本校其他电脑的“设置 → 学校编号”中复制')
  const provisional = choice.fromFile !== null && choice.fromFile.provisional && choice.typedId === schoolId
  return {
    schoolName,
    officeName,
    currentUser,
    schoolId,
    ...(provisional ? { schoolIdProvisional: true } : {}),
  }
}
