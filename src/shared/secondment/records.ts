import { z } from 'zod'
import { isLocalDate } from '../plan/clock'

/**
 * The stored shape of a class's secondment (挂职锻炼, seed 000 附4), as the repositories write it
 * and a sync file must carry it (shared/sync/tableSchemas.ts). Every record names its class.
 */

const localDate = z.string().refine(isLocalDate, '日期格式应为 YYYY-MM-DD')
const optionalDate = z.string().refine((s) => s === '' || isLocalDate(s), '日期格式应为 YYYY-MM-DD')

/** One student's placement (附4 第五条, 第七条); id = the enrollment id: one student, one placement. */
const placementShape = z.object({
  classId: z.string().min(1),
  enrollmentId: z.string().min(1),
  /** 挂职单位 */
  hostUnit: z.string().trim().min(1, '请填写挂职单位').max(100),
  /** 挂职岗位, e.g. 镇长助理 (第五条: 主要领导助理、部门负责同志助理、书记助理). */
  post: z.string().trim().max(100),
  /** 联络人, usually the host unit's leader in charge of organisation work (第七条(一)). */
  contact: z.string().trim().max(50),
  /** 带教责任人 (第七条(二)). */
  mentor: z.string().trim().max(50),
  /** 派出单位 */
  dispatchingUnit: z.string().trim().max(100),
  note: z.string().max(500),
})
export const placementRecordSchema = z.looseObject(placementShape.shape)
export type PlacementFields = z.infer<typeof placementShape>

/** The class's secondment as a whole; id = the class id. */
const secondmentShape = z.object({
  classId: z.string().min(1),
  /** The day of the 部署会: the period starts that day (第五条). */
  deploymentDate: localDate,
  /** Fridays without a meeting (holidays), excluded when the meetings are generated. */
  skippedFridays: z.array(localDate),
})
export const secondmentRecordSchema = z.looseObject(secondmentShape.shape)
export type SecondmentFields = z.infer<typeof secondmentShape>

/** A document of the 三个一 (第八条(三)): pasted text or a text file, with its character count. */
export const secondmentDocumentSchema = z.object({
  text: z.string().max(200_000),
  /** Name of the file the text came from; '' when pasted. */
  fileName: z.string().max(200),
  /** reportCharacters(text), kept with the text so lists need not count again. */
  characters: z.number().int().min(0),
  submittedOn: optionalDate,
})
export type SecondmentDocument = z.infer<typeof secondmentDocumentSchema>

export const DOCUMENT_KINDS = ['plan', 'summary', 'report'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]
export const DOCUMENT_LABELS: Record<DocumentKind, string> = {
  plan: '挂职计划',
  summary: '挂职小结',
  report: '工作建议报告',
}

/**
 * A student's deliverables (第八条(二)(三)): days of the 挂职工作日志 logged, and the 三个一, each
 * document its own field so two offices entering different documents both keep theirs.
 * id = the enrollment id.
 */
const secondmentWorkShape = z.object({
  classId: z.string().min(1),
  enrollmentId: z.string().min(1),
  logDays: z.number().int().min(0).max(366).nullable(),
  plan: secondmentDocumentSchema.nullable(),
  summary: secondmentDocumentSchema.nullable(),
  report: secondmentDocumentSchema.nullable(),
})
export const secondmentWorkRecordSchema = z.looseObject(secondmentWorkShape.shape)
export type SecondmentWorkFields = z.infer<typeof secondmentWorkShape>

/** One 谈心谈话 of the host unit's 联络人 with the student (第七条(一): 至少开展2次). */
const secondmentTalkShape = z.object({
  classId: z.string().min(1),
  enrollmentId: z.string().min(1),
  date: localDate,
  /** Who talked with the student (the 联络人, or who stood in). */
  who: z.string().trim().min(1, '请填写谈话人').max(50),
  note: z.string().max(2000),
})
export const secondmentTalkRecordSchema = z.looseObject(secondmentTalkShape.shape)
export type SecondmentTalkFields = z.infer<typeof secondmentTalkShape>

/** 德、能、勤、绩、廉、学 (第九条(二)). */
export const APPRAISAL_QUALITIES = [
  { code: 'de', label: '德' },
  { code: 'neng', label: '能' },
  { code: 'qin', label: '勤' },
  { code: 'ji', label: '绩' },
  { code: 'lian', label: '廉' },
  { code: 'xue', label: '学' },
] as const
export type AppraisalQuality = (typeof APPRAISAL_QUALITIES)[number]['code']

/** The grades of 第九条(二), in the seed's words. */
export const APPRAISAL_GRADES = [
  { code: 'excellent', label: '优秀' },
  { code: 'competent', label: '称职（合格）' },
  { code: 'basicallyCompetent', label: '基本称职（基本合格）' },
  { code: 'incompetent', label: '不称职（不合格）' },
] as const
export type AppraisalGrade = (typeof APPRAISAL_GRADES)[number]['code']
export const APPRAISAL_GRADE_CODES = APPRAISAL_GRADES.map((g) => g.code) as [
  AppraisalGrade,
  ...AppraisalGrade[],
]
export function appraisalGradeLabel(code: AppraisalGrade | null): string {
  return APPRAISAL_GRADES.find((g) => g.code === code)?.label ?? ''
}

/**
 * 《中青班学员挂职锻炼鉴定表》 (第九条(二)): the student's own part, the assessment on each of the six
 * qualities, the host unit's opinion and the grade. id = the enrollment id.
 */
const appraisalShape = z.object({
  classId: z.string().min(1),
  enrollmentId: z.string().min(1),
  /** 本人挂职总结 (学员本人填写). */
  selfSummary: z.string().max(5000),
  qualities: z.object({
    de: z.string().max(1000),
    neng: z.string().max(1000),
    qin: z.string().max(1000),
    ji: z.string().max(1000),
    lian: z.string().max(1000),
    xue: z.string().max(1000),
  }),
  /** 挂职单位意见 */
  hostOpinion: z.string().max(2000),
  grade: z.enum(APPRAISAL_GRADE_CODES).nullable(),
  /** The day the 鉴定 was made; '' until then. */
  appraisedOn: optionalDate,
})
export const appraisalRecordSchema = z.looseObject(appraisalShape.shape)
export type AppraisalFields = z.infer<typeof appraisalShape>

export const EMPTY_QUALITIES: AppraisalFields['qualities'] = {
  de: '',
  neng: '',
  qin: '',
  ji: '',
  lian: '',
  xue: '',
}
