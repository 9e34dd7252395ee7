import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_ATTACHMENT_BYTES, sniffAttachmentType } from './attachmentRepository'
import { openData, type DataAccess } from '../core/openData'

let n = 0
const opened: DataAccess[] = []
async function fresh() {
  const data = await openData(`attachment-test-${++n}`)
  opened.push(data)
  return data
}
afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])

describe('AttachmentRepository', () => {
  it('stores the bytes with the session and lists them without the bytes', async () => {
    const { attachments } = await fresh()
    const a = await attachments.attach({
      classId: 'C',
      sessionId: 'S1',
      name: '签到表.jpg',
      mimeType: 'image/jpeg',
      bytes: jpeg,
    })
    await attachments.attach({
      classId: 'C',
      sessionId: 'S2',
      name: 'b.jpg',
      mimeType: 'image/jpeg',
      bytes: jpeg,
    })
    const list = await attachments.listBySession('S1')
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ id: a.id, name: '签到表.jpg', size: 7 })
    expect('bytes' in list[0]!).toBe(false)
    expect([...((await attachments.get(a.id))?.bytes ?? [])]).toEqual([...jpeg])
    await attachments.softDelete(a.id)
    expect(await attachments.listBySession('S1')).toEqual([])
    expect(await attachments.listByClass('C')).toHaveLength(1)
  })

  it('refuses empty and oversized files', async () => {
    const { attachments } = await fresh()
    const base = { classId: 'C', sessionId: 'S1', name: 'x.jpg', mimeType: 'image/jpeg' }
    await expect(attachments.attach({ ...base, bytes: new Uint8Array() })).rejects.toThrow('是空的')
    await expect(
      attachments.attach({ ...base, bytes: new Uint8Array(MAX_ATTACHMENT_BYTES + 1) }),
    ).rejects.toThrow('超过 15 MB')
  })

  it('tells images and PDFs by their first bytes', () => {
    expect(sniffAttachmentType(jpeg)).toBe('image/jpeg')
    expect(sniffAttachmentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]))).toBe('image/png')
    expect(sniffAttachmentType(new TextEncoder().encode('%PDF-1.7'))).toBe('application/pdf')
    expect(sniffAttachmentType(new TextEncoder().encode('MZ\x90'))).toBeNull()
  })
})
