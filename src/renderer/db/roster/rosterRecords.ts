import type { Synced } from '@shared/sync/record'

/**
 * How rosters are stored (issue 3). A person (identity) is separate from an
 * enrollment (that person in one class): class-specific data hangs off the
 * enrollment, and editing a person's phone in one class changes it everywhere.
 *
 * Ids are deterministic where a natural key exists, so the same person or the
 * same enrollment created in two offices merges into one record:
 * - person: from the normalised ID number, else from 学号 + 姓名, else a ULID;
 * - enrollment: from class id + person id.
 */
export interface PersonFields {
  name: string
  /** Normalised 18-character ID number, or '' when the roster has none (university rosters). */
  idNumber: string
  studentNo: string
  gender: '' | '男' | '女'
  ethnicity: string
  /** YYYY-MM or YYYY-MM-DD as known. */
  birthDate: string
  politicalStatus: string
  unit: string
  post: string
  phone: string
  college: string
  major: string
  education: string
  /** 确定为入党积极分子时间 (activist classes, seed 001); optional: records from before issue 3 lack it. */
  activistSince?: string
  note: string
}
export type PersonRecord = Synced<PersonFields>

export type EnrollmentStatus = 'enrolled' | 'withdrawn' | 'graduated'

export interface EnrollmentFields {
  classId: string
  personId: string
  /** Seat number (座号); null until assigned. */
  seat: number | null
  /**
   * Place in the roster as it arrived (the organisation department's list is in a deliberate
   * order, often by rank): rows of an import in file order, people added by hand after them.
   * Unseated people are listed in this order. Optional: enrollments from before it lack it.
   */
  listOrder?: number
  /** Discussion group (小组) and Party group (党小组) ids in the `groups` table. */
  groupId: string | null
  partyGroupId: string | null
  /** Branch and class committee roles (临时党支部书记, 班长 …) and group-leader roles. */
  roles: string[]
  /** Dormitory room, for residential classes. */
  dormRoom: string
  status: EnrollmentStatus
  withdrawReason: string
  withdrawDate: string
  note: string
}
export type EnrollmentRecord = Synced<EnrollmentFields>

export type GroupKind = 'discussion' | 'party'

export interface GroupFields {
  classId: string
  kind: GroupKind
  name: string
  /** Display order within the class. */
  order: number
  leaderEnrollmentId: string | null
}
export type GroupRecord = Synced<GroupFields>
