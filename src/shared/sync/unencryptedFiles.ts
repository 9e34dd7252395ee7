import type { ImportRefusal } from './importPlan'

/**
 * Unencrypted snapshot files (issue 12, point 3). An unencrypted file's only check is a SHA-256
 * anyone can recompute after changing the file: it finds accidental damage, but it is not a
 * signature, so nothing shows who wrote the file or that it was not altered. The school setting
 * 只接受加密快照 (schoolSettings group `snapshots`, on by default, synced) refuses such files; with
 * it off, the import screen asks for an explicit confirmation before it reads one.
 */

/** Where the setting is changed, as the user sees it. */
export const ENCRYPTED_ONLY_PLACE = '设置 → 本校规则 → 只接受加密快照'

/** The warning the import screen shows before the confirmation. */
export const UNENCRYPTED_WARNING =
  '此快照文件未加密。任何人都可以编写或改动这样的文件：其中的校验值只能发现意外损坏，不是签名，不能证明文件确实来自上面显示的办公室，也不能证明内容没有被改动过。只有在您确知文件来源（例如当面从对方电脑拷贝）时才继续；今后请让对方导出加密快照。'

/** The refusal of an unencrypted file while the school accepts encrypted files only. */
export function unencryptedRefusal(encrypted: boolean, encryptedOnly: boolean): ImportRefusal | null {
  if (encrypted || !encryptedOnly) return null
  return {
    code: 'unencrypted',
    message: `此快照文件未加密，而本校设置为只接受加密快照，因此不能导入。未加密的文件任何人都可以编写或改动。请让对方导出加密快照；确需导入未加密文件时，可在「${ENCRYPTED_ONLY_PLACE}」中关闭此项（该设置适用于全校，会同步到其他办公室）。`,
    overridable: false,
    confirmed: false,
  }
}
