/**
 * Appraisals other areas make of a student that belong in the qualitative assessment (seed 000
 * 附3 第七条 "党支部（班委）评价"; 第十五条 the 考核登记表): the 挂职锻炼鉴定 grade (附4 第九条(二),
 * db/secondment) and the 临时党支部's 党支部鉴定 (seed 004 办法二, a ledger entry of item
 * `appraisal` with its text in the note). Read-only here: each is written in its own area.
 */
export type OtherAppraisalSource = '挂职锻炼鉴定' | '党支部鉴定'

export interface OtherAppraisal {
  from: OtherAppraisalSource
  /** '称职（合格），2026-06-30' */
  text: string
}

export interface OtherAppraisalInput {
  students: readonly { enrollmentId: string; personId: string }[]
  /** 挂职锻炼鉴定 per enrollment: the grade's label ('' when not graded yet) and the day. */
  secondment: readonly { enrollmentId: string; gradeLabel: string; appraisedOn: string }[]
  /** Ledger entries of the class's 临时党支部 (any item), with the member's person. */
  branchEntries: readonly {
    personId: string
    item: string
    date: string
    note: string
    review: 'submitted' | 'verified' | 'returned'
  }[]
}

/** The branch ledger's item code of 党支部鉴定 (shared/ledger/scheme.ts, scheme 2). */
export const BRANCH_APPRAISAL_ITEM = 'appraisal'

/** Per enrollment, the appraisals found (挂职锻炼鉴定 first); students with none are left out. */
export function otherAppraisals(input: OtherAppraisalInput): Map<string, OtherAppraisal[]> {
  const out = new Map<string, OtherAppraisal[]>()
  const add = (id: string, a: OtherAppraisal) => out.set(id, [...(out.get(id) ?? []), a])
  const secondment = new Map(input.secondment.map((s) => [s.enrollmentId, s]))
  // The latest 鉴定 per person; a returned one (支部审核退回) is not a 鉴定.
  const branch = new Map<string, OtherAppraisalInput['branchEntries'][number]>()
  for (const e of input.branchEntries) {
    if (e.item !== BRANCH_APPRAISAL_ITEM || e.review === 'returned' || !e.personId) continue
    const before = branch.get(e.personId)
    if (!before || e.date >= before.date) branch.set(e.personId, e)
  }
  for (const s of input.students) {
    const sec = secondment.get(s.enrollmentId)
    if (sec?.gradeLabel)
      add(s.enrollmentId, {
        from: '挂职锻炼鉴定',
        text: [sec.gradeLabel, sec.appraisedOn].filter(Boolean).join('，'),
      })
    const b = branch.get(s.personId)
    if (b)
      add(s.enrollmentId, {
        from: '党支部鉴定',
        text: [b.note.trim() || '已作鉴定', b.date, b.review === 'submitted' ? '待支部审核' : '']
          .filter(Boolean)
          .join('，'),
      })
  }
  return out
}

/** '挂职锻炼鉴定：称职（合格），2026-06-30；党支部鉴定：…' */
export function otherAppraisalText(list: readonly OtherAppraisal[]): string {
  return list.map((a) => `${a.from}：${a.text}`).join('；')
}
