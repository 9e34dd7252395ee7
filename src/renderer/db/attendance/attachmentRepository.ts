import type { AttachmentFields, AttachmentRecord } from './attendanceRecords'
import { SyncedRepository } from '../core/syncedRepository'
import { ValidationError } from '@shared/validationError'

/** Attachments larger than this are refused: they travel in every snapshot on a USB stick. */
export const MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024

/** What an attachment list shows without loading anyone's bytes into React state. */
export type AttachmentSummary = Omit<AttachmentRecord, 'bytes'> & { size: number }

/**
 * Photos or scans of signed sheets (签到表), attached to a session. The bytes are stored in the
 * record, so they sync with it; the list reads them once to report their size.
 */
export class AttachmentRepository extends SyncedRepository<AttachmentFields> {
  async listBySession(sessionId: string): Promise<AttachmentSummary[]> {
    return (await this.listLiveWhere('sessionId', sessionId)).map(summary)
  }

  async listByClass(classId: string): Promise<AttachmentSummary[]> {
    return (await this.listLiveWhere('classId', classId)).map(summary)
  }

  async attach(fields: AttachmentFields): Promise<AttachmentSummary> {
    if (fields.bytes.byteLength === 0) throw new ValidationError({ bytes: `文件“${fields.name}”是空的` })
    if (fields.bytes.byteLength > MAX_ATTACHMENT_BYTES)
      throw new ValidationError({
        bytes: `文件“${fields.name}”超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB，请压缩后再附上`,
      })
    return summary(await this.create({ ...fields, name: fields.name.trim() || '附件' }))
  }
}

function summary(a: AttachmentRecord): AttachmentSummary {
  const { bytes, ...rest } = a
  return { ...rest, size: bytes.byteLength }
}

/** The MIME type of a picked file, from its first bytes (the name may lie). */
export function sniffAttachmentType(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg'
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png'
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'application/pdf'
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45) return 'image/webp'
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif'
  if (starts(0x42, 0x4d)) return 'image/bmp'
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'image/tiff'
  return null
}
