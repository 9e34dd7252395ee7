import { z } from 'zod'
import { YEAR_END_OUTCOMES } from './yearEnd'

/**
 * The stored shape of party-spirit ledger records (issue 14), as the repositories write them and
 * as a sync file must carry them (src/shared/sync/tableSchemas.ts). A class's 临时党支部 and its
 * rows carry the class in `classId` (so they travel with the class); a school's own branches have
 * none. Strict on types; unknown extra fields pass.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD')
const optionalDate = z.union([isoDate, z.literal('')])
/** 入党日期/转正日期 as member lists give them: '', 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
const partialDate = z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, '日期应为 YYYY-MM-DD 或 YYYY-MM')
const classId = z.string().min(1).optional()

/** 党支部: a branch with its members for a period, ledgers kept under one scheme. */
const ledgerBranchObject = z.object({
  classId,
  name: z.string().trim().min(1, '请填写支部名称').max(60, '支部名称不能超过 60 个字'),
  /** The scheme record this branch's ledgers follow (`${schemeId}@${version}`). */
  schemeRecordId: z.string().min(1),
  /** The natural year of the ledgers (schemes 1 and 3); a class branch: the class's start year. */
  year: z.number().int().min(2000).max(2100),
  note: z.string(),
  /** Quarters whose 阶段性总结 the branch has reported ('2026-Q1' …); absent on older records. */
  reportedQuarters: z.array(z.string().regex(/^\d{4}-Q[1-4]$/)).optional(),
})
export const ledgerBranchRecordSchema = ledgerBranchObject.loose()
export type LedgerBranchFields = z.infer<typeof ledgerBranchObject>

export const MEMBER_STATUSES = ['full', 'probationary'] as const
export const MEMBER_STATUS_LABELS: Record<(typeof MEMBER_STATUSES)[number], string> = {
  full: '党员',
  probationary: '预备党员',
}

/** A member of a branch: a Person of the app (`personId`) or a line of the branch's own list. */
const ledgerMemberObject = z.object({
  classId,
  branchId: z.string().min(1),
  personId: z.string(),
  name: z.string().trim().min(1, '请填写姓名'),
  /** 学号/工号 */
  staffNo: z.string(),
  status: z.enum(MEMBER_STATUSES),
  joinedOn: partialDate,
  fullOn: partialDate,
  partyPost: z.string(),
  /** Scheme 3's form: 党员领导干部 or 普通党员. */
  form: z.enum(['leader', 'member']),
  /** The period the member belongs to the branch ('' = open). */
  from: optionalDate,
  to: optionalDate,
})
export const ledgerMemberRecordSchema = ledgerMemberObject.loose()
export type LedgerMemberFields = z.infer<typeof ledgerMemberObject>

export const REVIEW_STATES = ['submitted', 'verified', 'returned'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  submitted: '待审核',
  verified: '已审核',
  returned: '已退回',
}

/**
 * One fact in a member's ledger: an item done (scheme 1/2), volunteer hours, or a scheme-3 rule
 * applied `amount` times. 支部审核: submitted → verified, or returned with a reason.
 */
const ledgerEntryObject = z.object({
  classId,
  branchId: z.string().min(1),
  memberId: z.string().min(1),
  date: isoDate,
  /** Item code (items schemes) or rule code (quantified schemes). */
  item: z.string().min(1),
  /** Hours of volunteering; occurrences of a scheme-3 rule; 1 for an item done. */
  amount: z.number().positive('数量应大于 0').max(1000, '数量过大'),
  note: z.string().max(500, '说明不能超过 500 个字'),
  review: z.enum(REVIEW_STATES),
  returnReason: z.string(),
})
export const ledgerEntryRecordSchema = ledgerEntryObject.loose()
export type LedgerEntryFields = z.infer<typeof ledgerEntryObject>

/** Evidence (photo, scan, PDF) of an entry; bytes stored in the record so they sync with it. */
const ledgerAttachmentObject = z.object({
  classId,
  branchId: z.string().min(1),
  entryId: z.string().min(1),
  name: z.string(),
  mimeType: z.string(),
  bytes: z.custom<Uint8Array>((v) => Object.prototype.toString.call(v) === '[object Uint8Array]', {
    message: '应为二进制数据',
  }),
})
export const ledgerAttachmentRecordSchema = ledgerAttachmentObject.loose()
export type LedgerAttachmentFields = z.infer<typeof ledgerAttachmentObject>

export const DEMOCRATIC_RESULTS = ['', 'excellent', 'qualified', 'basic', 'unqualified'] as const
export type DemocraticResult = (typeof DEMOCRATIC_RESULTS)[number]
export const DEMOCRATIC_RESULT_LABELS: Record<DemocraticResult, string> = {
  '': '未评议',
  excellent: '优秀',
  qualified: '合格',
  basic: '基本合格',
  unqualified: '不合格',
}

/**
 * A member's year-end review (id = `${memberId}:${year}`): the democratic survey score (民主测评,
 * 第八条) and the democratic review's result (民主评议, 第十五条: 不合格 → 一票否决); for scheme 1
 * also 自我评议, 满意度测评 and the branch's outcome (yearEnd.ts).
 */
const ledgerReviewObject = z.object({
  classId,
  branchId: z.string().min(1),
  memberId: z.string().min(1),
  year: z.number().int(),
  survey: z.number().min(0, '测评得分应在 0–100 之间').max(100, '测评得分应在 0–100 之间').nullable(),
  democratic: z.enum(DEMOCRATIC_RESULTS),
  note: z.string(),
  /** Scheme 1's year-end review (004 办法一 五、(四)); absent on reviews saved before it. */
  selfReview: z.string().max(1000, '自我评议不能超过 1000 个字').optional(),
  /** 满意度测评, percent satisfied. */
  satisfaction: z
    .number()
    .min(0, '满意度应在 0–100 之间')
    .max(100, '满意度应在 0–100 之间')
    .nullable()
    .optional(),
  outcome: z.enum(YEAR_END_OUTCOMES).optional(),
})
export const ledgerReviewRecordSchema = ledgerReviewObject.loose()
export type LedgerReviewFields = z.infer<typeof ledgerReviewObject>

export const ledgerReviewId = (memberId: string, year: number) => `${memberId}:${year}`
