import { z } from 'zod'

/**
 * Where each field of a 结业证书 is printed when printing onto pre-printed stock (套打), in
 * millimetres from the top-left corner of the sheet, plus the printer's offset (every printer
 * feeds a little differently: the school measures it once with the test print's grid). School
 * data, synced (schoolSettings group `certificates`): every office prints the same form alike.
 */
export const CERTIFICATE_FIELDS = [
  { code: 'name', label: '姓名' },
  { code: 'className', label: '班次名称' },
  { code: 'period', label: '培训时间' },
  { code: 'grade', label: '考核等次' },
  { code: 'number', label: '证书编号' },
  { code: 'school', label: '发证单位' },
  { code: 'issueDate', label: '发证日期' },
] as const
export type CertificateFieldCode = (typeof CERTIFICATE_FIELDS)[number]['code']

/** A4 in millimetres. */
export const PAPER_MM = {
  landscape: { width: 297, height: 210 },
  portrait: { width: 210, height: 297 },
} as const

const mm = (label: string, max: number) =>
  z
    .number({ message: `${label}应为数字（毫米）` })
    .min(-max, `${label}超出纸张`)
    .max(max, `${label}超出纸张`)

export const fieldPlacementSchema = z.object({
  x: mm('横向位置', 297),
  y: mm('纵向位置', 297),
  /** Font size in points. */
  size: z.number({ message: '字号应为数字' }).min(6, '字号不能小于 6').max(72, '字号不能大于 72'),
  show: z.boolean(),
})
export type FieldPlacement = z.infer<typeof fieldPlacementSchema>

export const certificateLayoutSchema = z.object({
  orientation: z.enum(['landscape', 'portrait']),
  /** The printer's offset, added to every field: right and down are positive. */
  offsetX: mm('横向偏移', 50),
  offsetY: mm('纵向偏移', 50),
  fields: z.object(
    Object.fromEntries(CERTIFICATE_FIELDS.map((f) => [f.code, fieldPlacementSchema])) as Record<
      CertificateFieldCode,
      typeof fieldPlacementSchema
    >,
  ),
})
export type CertificateLayout = z.infer<typeof certificateLayoutSchema>

/** A starting point for a landscape form; the school moves each field onto its own stock. */
export const DEFAULT_CERTIFICATE_LAYOUT: CertificateLayout = {
  orientation: 'landscape',
  offsetX: 0,
  offsetY: 0,
  fields: {
    name: { x: 60, y: 80, size: 20, show: true },
    className: { x: 60, y: 100, size: 14, show: true },
    period: { x: 60, y: 115, size: 14, show: true },
    grade: { x: 60, y: 130, size: 14, show: false },
    number: { x: 200, y: 40, size: 11, show: true },
    school: { x: 190, y: 165, size: 14, show: true },
    issueDate: { x: 190, y: 178, size: 12, show: true },
  },
}

/** Where a field lands on the sheet, offset applied (mm). */
export function placedAt(layout: CertificateLayout, code: CertificateFieldCode): { x: number; y: number } {
  const f = layout.fields[code]
  return { x: round1(f.x + layout.offsetX), y: round1(f.y + layout.offsetY) }
}

/** Fields that would be printed off the sheet with the offset applied: their labels. */
export function fieldsOffPaper(layout: CertificateLayout): string[] {
  const paper = PAPER_MM[layout.orientation]
  return CERTIFICATE_FIELDS.filter((f) => {
    if (!layout.fields[f.code].show) return false
    const { x, y } = placedAt(layout, f.code)
    return x < 0 || y < 0 || x > paper.width - 5 || y > paper.height - 3
  }).map((f) => f.label)
}

function round1(n: number): number {
  return Math.round(n * 10) / 10
}

/** What one certificate says: the same facts for the plain design and for 套打. */
export interface CertificateText {
  name: string
  className: string
  /** '2025年9月8日至19日'. */
  period: string
  grade: string
  number: string
  school: string
  /** '2025年9月19日'. */
  issueDate: string
}

/** The body of the plain A4 certificate (its full design). */
export function certificateBody(t: CertificateText): string {
  return `${t.name}同志于${t.period}参加${t.school}${t.className}学习，完成规定课程，经考核${t.grade}，准予结业。`
}
