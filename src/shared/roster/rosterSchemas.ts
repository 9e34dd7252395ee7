import { z } from 'zod'

/**
 * The stored shape of roster records (people, enrollments, groups), as the repositories write
 * them and as a sync file must carry them (src/shared/sync/tableSchemas.ts). Strict on types,
 * lenient on content: free text is any string, since rosters arrive with anything in them.
 * Unknown extra fields pass (a newer minor version may add one). Types: db/roster/rosterRecords.ts.
 */

export const personRecordSchema = z.looseObject({
  name: z.string(),
  idNumber: z.string(),
  studentNo: z.string(),
  gender: z.enum(['', '男', '女']),
  ethnicity: z.string(),
  birthDate: z.string(),
  politicalStatus: z.string(),
  unit: z.string(),
  post: z.string(),
  phone: z.string(),
  college: z.string(),
  major: z.string(),
  education: z.string(),
  activistSince: z.string().optional(),
  note: z.string(),
})

export const enrollmentRecordSchema = z.looseObject({
  classId: z.string().min(1),
  personId: z.string().min(1),
  seat: z.number().int().nullable(),
  listOrder: z.number().optional(),
  groupId: z.string().nullable(),
  partyGroupId: z.string().nullable(),
  roles: z.array(z.string()),
  dormRoom: z.string(),
  status: z.enum(['enrolled', 'withdrawn', 'graduated']),
  withdrawReason: z.string(),
  withdrawDate: z.string(),
  note: z.string(),
})

export const groupRecordSchema = z.looseObject({
  classId: z.string().min(1),
  kind: z.enum(['discussion', 'party']),
  name: z.string(),
  order: z.number(),
  leaderEnrollmentId: z.string().nullable(),
})
