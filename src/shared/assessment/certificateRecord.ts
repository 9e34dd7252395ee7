import { z } from 'zod'

/**
 * The stored shape of a 结业证书 (table `certificates`, schema version 10), as the repository
 * writes it and a sync file must carry it (shared/sync/tableSchemas.ts).
 *
 * A certificate's id is a ULID, not a natural key: two offices that (wrongly) made the same number
 * must keep two records, so the duplicate shows after the merge instead of melting into one.
 * Voiding is a change of the record (who, when, why), never a deletion; a reissue is a new record
 * naming the one it replaces. Nothing is erased, so the sequence never goes back.
 */
export const OFFICE_CODE_PATTERN = /^[A-Z]{1,3}$/

/** Why an office code cannot be used, or null. */
export function officeCodeProblem(code: string): string | null {
  if (code.trim() === '') return '请填写本办公室代码（1 至 3 个大写字母，如 B）'
  if (!OFFICE_CODE_PATTERN.test(code.trim()))
    return '办公室代码应为 1 至 3 个大写英文字母（如 B、FX），不含数字，以免与流水号连在一起时混淆'
  return null
}

export const certificateRecordSchema = z.looseObject({
  classId: z.string().min(1),
  enrollmentId: z.string().min(1),
  number: z.string().min(1),
  /** The sequence the number was made with, and the office's space it was drawn from. */
  seq: z.number().int().min(1),
  space: z.string().min(1),
  officeCode: z.string(),
  /** The class code the number was made with ({class}), '' when the template has none. */
  classCode: z.string(),
  /** The installation (replica) that issued it: two PCs sharing one office code show up. */
  replicaId: z.string(),
  grade: z.enum(['excellent', 'pass']),
  issuedAt: z.string(),
  issuedBy: z.string(),
  voidedAt: z.string().nullable(),
  voidedBy: z.string().nullable(),
  voidReason: z.string().nullable(),
  /** The voided certificate this one replaces (a reissue), or null. */
  replaces: z.string().nullable(),
})

export type CertificateFields = z.infer<typeof certificateRecordSchema>
