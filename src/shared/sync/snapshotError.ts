/**
 * Why a snapshot file cannot be read. Each code has one message for the user,
 * in Chinese, saying what happened and what to do; `detail` is for logs.
 */

import { CAPS_TEXT } from './snapshotLimits'

export const SNAPSHOT_ERROR_MESSAGES = {
  notSnapshot: '这不是班务通快照文件（.banwu），请确认选择了正确的文件。',
  futureFormat: '此快照文件由更新版本的班务通导出，本机无法读取。请先升级本机的班务通，再导入。',
  truncated: '快照文件不完整，可能是写入时拔出了U盘或复制中断。请在导出的电脑上重新导出。',
  corrupt: '快照文件已损坏（内容校验未通过），不能导入。请在导出的电脑上重新导出。',
  wrongPassphrase: '密码不正确，无法打开此快照文件。',
  passphraseRequired: '此快照文件已加密，请输入导出时设置的密码。',
  tooLarge: `快照文件的内容超出了安全上限（${CAPS_TEXT.body}），可能是损坏或被人为构造的文件，未读取其内容，本机数据没有任何改变。请在导出的电脑上重新导出；如仍出现，请联系技术支持。`,
  rowTooLarge: `快照文件中有一条记录超出了安全上限（${CAPS_TEXT.row}），可能是损坏或被人为构造的文件，已停止读取，本机数据没有任何改变。请在导出的电脑上检查附件后重新导出。`,
} as const

export type SnapshotErrorCode = keyof typeof SNAPSHOT_ERROR_MESSAGES

export class SnapshotError extends Error {
  override readonly name = 'SnapshotError'

  constructor(
    readonly code: SnapshotErrorCode,
    /** What exactly failed, in English, for logs and tests. */
    readonly detail: string = code,
  ) {
    super(SNAPSHOT_ERROR_MESSAGES[code])
  }
}

export function isSnapshotError(e: unknown): e is SnapshotError {
  return e instanceof SnapshotError
}
