/**
 * 结业证书 numbers (issue 13; seed 001 7.9: the 成绩、证书登记表 holds each number).
 *
 * A numbering scheme is data: a template of fixed text and fields, e.g.
 * `松党校{year}{class}-{office}{seq:3}` → 松党校2026ZQ01-B007.
 *
 * Two offices never produce the same number, even issuing at the same moment without a network:
 * every number carries the issuing office's code (`{office}`, required in every template), and an
 * office draws its sequence only from numbers carrying its own code. Another office cannot issue
 * into that space, so concurrent issuing cannot collide. What could still collide — two PCs given
 * the same office code, or a template edited to drop the code — is caught after every merge by
 * `duplicateNumbers`, and shown.
 *
 * A number is never reused: the sequence continues after the highest number ever issued in the
 * office's space, voided ones included. A reprint reuses the certificate's number.
 */

export interface NumberParts {
  /** Four-digit year of issue. */
  year: number
  /** The class's short code (e.g. ZQ01); letters and digits. */
  classCode: string
  /** The issuing office's code, unique within the school (e.g. B for 本部). */
  officeCode: string
  seq: number
}

const FIELD = /\{(year|class|office|seq)(?::(\d))?\}/g

export interface TemplateCheck {
  ok: boolean
  message: string | null
}

/** Whether a template can number certificates without collisions. */
export function checkTemplate(template: string): TemplateCheck {
  const fields = [...template.matchAll(FIELD)].map((m) => m[1])
  if (!fields.includes('office'))
    return { ok: false, message: '编号规则必须含 {office}（办公室代码），否则两个办公室可能编出相同的号码' }
  if (!fields.includes('seq')) return { ok: false, message: '编号规则必须含 {seq}（流水号）' }
  const stray = template.replace(FIELD, '').match(/[{}]/)
  if (stray)
    return { ok: false, message: '编号规则中有不认识的 { }，可用的字段为 {year} {class} {office} {seq:3}' }
  return { ok: true, message: null }
}

function render(template: string, p: Omit<NumberParts, 'seq'>, seq: (width: number) => string): string {
  return template.replace(FIELD, (_, field: string, width?: string) => {
    switch (field) {
      case 'year':
        return String(p.year)
      case 'class':
        return p.classCode
      case 'office':
        return p.officeCode
      default:
        return seq(Number(width ?? 1))
    }
  })
}

export function formatCertificateNumber(template: string, p: NumberParts): string {
  return render(template, p, (width) => String(p.seq).padStart(width, '0'))
}

/** Everything in the number but the sequence (shown as #): the space one office issues into. */
export function numberSpace(template: string, p: Omit<NumberParts, 'seq'>): string {
  return render(template, p, () => '#')
}

export interface IssuedNumber {
  number: string
  /** The sequence the number was made with. */
  seq: number
  /** `numberSpace()` of the number. */
  space: string
}

/** The next sequence in a space: one past the highest ever issued there, voided ones included. */
export function nextSequence(issued: readonly IssuedNumber[], space: string): number {
  let max = 0
  for (const n of issued) if (n.space === space && n.seq > max) max = n.seq
  return max + 1
}

/** Numbers held by more than one certificate (after a merge): number → the certificate ids. */
export function duplicateNumbers(
  certificates: readonly { id: string; number: string }[],
): Map<string, string[]> {
  const byNumber = new Map<string, string[]>()
  for (const c of certificates) byNumber.set(c.number, [...(byNumber.get(c.number) ?? []), c.id])
  return new Map([...byNumber].filter(([, ids]) => ids.length > 1))
}

/** Whether a template numbers by class (`{class}`): the class code must then be given. */
export function templateUsesClassCode(template: string): boolean {
  return /\{class(?::\d)?\}/.test(template)
}
