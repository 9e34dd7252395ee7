import { CANCELLED_MESSAGE, TOO_LARGE_MESSAGE, type IpcError } from '../shared/ipc'
import { errorCode, FileTooLargeError, WriteVerificationError } from './files'

/**
 * Turns what a handler threw into a result error the user can act on. Node's
 * own messages are English and name internal paths; the code is what matters.
 */
export function toIpcError(error: unknown): IpcError {
  if (error instanceof FileTooLargeError) return { code: 'too-large', message: TOO_LARGE_MESSAGE }
  if (error instanceof WriteVerificationError) {
    return { code: 'io', message: '写入后校验不一致，文件可能已损坏，请重新保存或换一个位置' }
  }
  switch (errorCode(error)) {
    case 'ENOENT':
      return { code: 'not-found', message: '找不到文件或文件夹，可能已被移动或删除' }
    case 'EISDIR':
      return { code: 'not-found', message: '所选项目不是文件' }
    case 'EACCES':
    case 'EPERM':
      return { code: 'permission-denied', message: '没有权限读写该位置，请换一个文件夹' }
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'disk-full', message: '磁盘空间不足，文件未保存' }
    case 'EROFS':
      return { code: 'read-only', message: '该磁盘为只读，无法保存（U 盘可能开启了写保护）' }
    case 'EBUSY':
      return { code: 'io', message: '文件正被其他程序占用，请关闭后重试' }
    case 'EIO':
      return { code: 'io', message: '读写磁盘时出错，请检查磁盘或 U 盘是否已拔出' }
    default:
      return { code: 'unknown', message: '操作失败，请重试' }
  }
}

export const CANCELLED_ERROR: IpcError = { code: 'cancelled', message: CANCELLED_MESSAGE }
