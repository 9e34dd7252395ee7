import { monotonicFactory } from 'ulid'
import { classifyAgainstExisting } from '@shared/roster/classifyAgainstExisting'
import type { ImportedHours, ImportedMember } from '@shared/ledger/ledgerImport'
import {
  ledgerReviewId,
  type DemocraticResult,
  type LedgerAttachmentFields,
  type LedgerBranchFields,
  type LedgerEntryFields,
  type LedgerMemberFields,
  type LedgerReviewFields,
} from '@shared/ledger/records'
import {
  LEDGER_TEMPLATES,
  ledgerSchemeRecordId,
  ledgerSchemeRecordSchema,
  type LedgerSchemeFields,
} from '@shared/ledger/scheme'
import { yearEndOutcomeProblem, type YearEndOutcome } from '@shared/ledger/yearEnd'
import { ValidationError } from '@shared/validationError'
import type { BanwuDatabase } from '../core/database'
import type { Replica } from '../core/replica'
import { SyncedRepository } from '../core/syncedRepository'
import { MAX_ATTACHMENT_BYTES, sniffAttachmentType } from '../attendance/attachmentRepository'
import { loadClassRoster, type RosterRepositories } from '../roster/rosterQueries'
import type {
  LedgerAttachmentRecord,
  LedgerBranchRecord,
  LedgerEntryRecord,
  LedgerMemberRecord,
  LedgerReviewRecord,
  LedgerSchemeRecord,
} from './ledgerRecords'

export type LedgerAttachmentSummary = Omit<LedgerAttachmentRecord, 'bytes'> & { size: number }

/** Everything a branch view needs, read in one go. */
export interface BranchData {
  branch: LedgerBranchRecord
  scheme: LedgerSchemeRecord
  members: LedgerMemberRecord[]
  entries: LedgerEntryRecord[]
  reviews: LedgerReviewRecord[]
}

/** Ids that sort in creation order within a millisecond: members keep the order of their list. */
const ulid = monotonicFactory()

type NewMember = Omit<LedgerMemberFields, 'branchId' | 'classId' | 'personId'> & { personId?: string }

/**
 * Party-spirit ledgers (issue 14): the school's schemes (versions, copied from seed 004's templates),
 * branches and their members, entries with 支部审核, evidence, and year-end reviews. Writes that
 * span tables (a branch with its members, a bulk entry, an import) run in one transaction.
 */
export class LedgerRepository {
  readonly schemes: SyncedRepository<LedgerSchemeFields>
  readonly branches: SyncedRepository<LedgerBranchFields>
  readonly members: SyncedRepository<LedgerMemberFields>
  readonly entries: SyncedRepository<LedgerEntryFields>
  readonly attachments: SyncedRepository<LedgerAttachmentFields>
  readonly reviews: SyncedRepository<LedgerReviewFields>

  constructor(
    private readonly db: BanwuDatabase,
    replica: Replica,
    private readonly roster: RosterRepositories,
  ) {
    this.schemes = new SyncedRepository(db, db.ledgerSchemes, replica)
    this.branches = new SyncedRepository(db, db.ledgerBranches, replica)
    this.members = new SyncedRepository(db, db.ledgerMembers, replica)
    this.entries = new SyncedRepository(db, db.ledgerEntries, replica)
    this.attachments = new SyncedRepository(db, db.ledgerAttachments, replica)
    this.reviews = new SyncedRepository(db, db.ledgerReviews, replica)
  }

  private tx<T>(fn: () => Promise<T>): Promise<T> {
    const d = this.db
    return d.transaction(
      'rw',
      [d.ledgerSchemes, d.ledgerBranches, d.ledgerMembers, d.ledgerEntries, d.ledgerReviews, d.local],
      fn,
    )
  }

  // -- schemes ---------------------------------------------------------------------------------

  /** The school's scheme versions, and the templates not copied yet (not stored). */
  async listSchemes(): Promise<LedgerSchemeRecord[]> {
    return (await this.schemes.listLive()).sort(
      (a, b) => a.name.localeCompare(b.name, 'zh') || b.version - a.version,
    )
  }

  /** The stored copy of a seed-004 template (version 1), stored on first use. */
  async adoptTemplate(schemeId: string): Promise<LedgerSchemeRecord> {
    const t = LEDGER_TEMPLATES.find((x) => x.schemeId === schemeId)
    if (!t) throw new Error(`没有这个方案模板（${schemeId}）`)
    const id = ledgerSchemeRecordId(t.schemeId, t.version)
    return (await this.schemes.get(id)) ?? (await this.schemes.put(id, t))
  }

  /** Saves a changed scheme as the next version; versions in use never change. */
  async saveSchemeVersion(edited: LedgerSchemeFields, baseVersion: number): Promise<LedgerSchemeRecord> {
    const parsed = ledgerSchemeRecordSchema.safeParse(edited)
    if (!parsed.success) throw ValidationError.fromZod(parsed.error)
    return this.tx(async () => {
      const versions = await this.schemes.listLiveWhere('schemeId', edited.schemeId)
      const latest = Math.max(0, ...versions.map((v) => v.version))
      if (latest !== baseVersion) throw new Error(`这个方案已有第 ${latest} 版，请重新打开后再修改`)
      const next = { ...parsed.data, version: baseVersion + 1 }
      return this.schemes.put(ledgerSchemeRecordId(next.schemeId, next.version), next)
    })
  }

  // -- branches and members --------------------------------------------------------------------

  async listBranches(): Promise<LedgerBranchRecord[]> {
    return (await this.branches.listLive()).sort(
      (a, b) => b.year - a.year || a.name.localeCompare(b.name, 'zh'),
    )
  }

  async loadBranch(branchId: string): Promise<BranchData | null> {
    const branch = await this.branches.get(branchId)
    if (!branch || branch.deleted) return null
    const scheme = await this.schemes.get(branch.schemeRecordId)
    if (!scheme) return null
    const [members, entries, reviews] = await Promise.all([
      this.members.listLiveWhere('branchId', branchId),
      this.entries.listLiveWhere('branchId', branchId),
      this.reviews.listLiveWhere('branchId', branchId),
    ])
    // The list's order (ids are monotonic), members added later after.
    members.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    return { branch, scheme, members, entries, reviews }
  }

  /**
   * A branch with its members in one transaction. Members with a 学号/工号 are matched to the
   * app's people the roster import's way (学号 + 姓名, classifyAgainstExisting).
   */
  async createBranch(
    fields: Omit<LedgerBranchFields, 'note'> & { note?: string },
    members: readonly NewMember[],
  ): Promise<LedgerBranchRecord> {
    const people = await this.roster.people.listLive()
    const matches = classifyAgainstExisting(
      members.map((m) => ({
        values: { name: m.name },
        matchKey: m.staffNo ? { kind: 'studentNo' as const, studentNo: m.staffNo, name: m.name } : null,
      })),
      people,
      [],
    )
    const scope = fields.classId ? { classId: fields.classId } : {}
    return this.tx(async () => {
      const branch = await this.branches.create({ ...scope, ...fields, note: fields.note ?? '' })
      await this.members.putMany(
        members.map((m, i) => {
          const match = matches[i]!
          const personId = m.personId ?? (match.kind === 'new' ? '' : match.personId)
          const { personId: _, ...rest } = m
          return { id: ulid(), fields: { ...scope, ...rest, branchId: branch.id, personId } }
        }),
      )
      return branch
    })
  }

  /** The members a class's 临时党支部 starts with: the class's students whose 政治面貌 says 党员. */
  async classPartyMembers(classId: string): Promise<NewMember[]> {
    const roster = await loadClassRoster(this.roster, classId)
    return roster.entries
      .filter(
        ({ person, enrollment }) => /党员/.test(person.politicalStatus) && enrollment.status !== 'withdrawn',
      )
      .map(({ person, enrollment }) => ({
        personId: person.id,
        name: person.name,
        staffNo: person.studentNo,
        status: /预备/.test(person.politicalStatus) ? ('probationary' as const) : ('full' as const),
        joinedOn: '',
        fullOn: '',
        partyPost: enrollment.roles.filter((r) => /书记|委员/.test(r)).join('、'),
        form: 'member' as const,
        from: '',
        to: '',
      }))
  }

  async addMember(branch: LedgerBranchRecord, m: NewMember): Promise<LedgerMemberRecord> {
    const scope = branch.classId ? { classId: branch.classId } : {}
    return this.members.create({ ...scope, ...m, personId: m.personId ?? '', branchId: branch.id })
  }

  /** 阶段性总结 reported (or not) for a quarter ('2026-Q2'). */
  async setQuarterReported(branch: LedgerBranchRecord, quarter: string, reported: boolean): Promise<void> {
    const current = branch.reportedQuarters ?? []
    const next = reported ? [...new Set([...current, quarter])].sort() : current.filter((q) => q !== quarter)
    await this.branches.update(branch.id, { reportedQuarters: next })
  }

  // -- entries ---------------------------------------------------------------------------------

  /** Entries for many members at once (bulk entry of one activity), one transaction. */
  async addEntries(
    branch: LedgerBranchRecord,
    memberIds: readonly string[],
    entry: Pick<LedgerEntryFields, 'date' | 'item' | 'amount' | 'note'>,
  ): Promise<LedgerEntryRecord[]> {
    if (memberIds.length === 0) throw new ValidationError({ members: '请至少选择一名党员' })
    const scope = branch.classId ? { classId: branch.classId } : {}
    return this.tx(() =>
      this.entries.putMany(
        memberIds.map((memberId) => ({
          id: ulid(),
          fields: {
            ...scope,
            ...entry,
            branchId: branch.id,
            memberId,
            review: 'submitted',
            returnReason: '',
          },
        })),
      ),
    )
  }

  async updateEntry(
    id: string,
    patch: Partial<Pick<LedgerEntryFields, 'date' | 'item' | 'amount' | 'note'>>,
  ) {
    return this.entries.update(id, patch)
  }

  /** 支部审核: verify entries (one stamp each; already verified ones are left as they are). */
  async verify(ids: readonly string[]): Promise<void> {
    await this.tx(async () => {
      for (const id of ids) await this.entries.update(id, { review: 'verified', returnReason: '' })
    })
  }

  async returnEntry(id: string, reason: string): Promise<void> {
    if (!reason.trim()) throw new ValidationError({ reason: '请写明退回的原因' })
    await this.entries.update(id, { review: 'returned', returnReason: reason.trim() })
  }

  async resubmit(id: string): Promise<void> {
    await this.entries.update(id, { review: 'submitted' })
  }

  async deleteEntry(id: string): Promise<void> {
    await this.entries.softDelete(id)
  }

  /**
   * Imported volunteer hours, in one transaction. A row whose member, date and hours are already
   * in the ledger is skipped (importing the same file twice adds nothing). Returns the counts.
   */
  async importVolunteerHours(
    branch: LedgerBranchRecord,
    item: string,
    rows: readonly ImportedHours[],
  ): Promise<{ added: number; skipped: number }> {
    const scope = branch.classId ? { classId: branch.classId } : {}
    return this.tx(async () => {
      const existing = await this.entries.listLiveWhere('branchId', branch.id)
      const key = (m: string, d: string, h: number) => `${m}|${d}|${h}`
      const have = new Set(
        existing.filter((e) => e.item === item).map((e) => key(e.memberId, e.date, e.amount)),
      )
      const fresh = rows.filter((r) => {
        const k = key(r.memberId, r.date, r.hours)
        if (have.has(k)) return false
        have.add(k)
        return true
      })
      await this.entries.putMany(
        fresh.map((r) => ({
          id: ulid(),
          fields: {
            ...scope,
            branchId: branch.id,
            memberId: r.memberId,
            date: r.date,
            item,
            amount: r.hours,
            note: r.note || `Excel 导入（第${r.excelRow}行）`,
            review: 'submitted' as const,
            returnReason: '',
          },
        })),
      )
      return { added: fresh.length, skipped: rows.length - fresh.length }
    })
  }

  // -- evidence --------------------------------------------------------------------------------

  async listAttachments(branchId: string): Promise<LedgerAttachmentSummary[]> {
    return (await this.attachments.listLiveWhere('branchId', branchId)).map((a) => {
      const { bytes, ...rest } = a
      return { ...rest, size: bytes.byteLength }
    })
  }

  async attachmentBytes(id: string): Promise<LedgerAttachmentRecord | undefined> {
    return this.attachments.get(id)
  }

  async attach(entry: LedgerEntryRecord, file: { name: string; bytes: Uint8Array }): Promise<void> {
    if (file.bytes.byteLength === 0) throw new ValidationError({ bytes: `文件“${file.name}”是空的` })
    if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES)
      throw new ValidationError({
        bytes: `文件“${file.name}”超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB，请压缩后再附上`,
      })
    const mimeType = sniffAttachmentType(file.bytes)
    if (!mimeType)
      throw new ValidationError({ bytes: `文件“${file.name}”不是图片或 PDF，请附上照片、扫描件或 PDF` })
    const scope = entry.classId ? { classId: entry.classId } : {}
    await this.attachments.create({
      ...scope,
      branchId: entry.branchId,
      entryId: entry.id,
      name: file.name.trim() || '附件',
      mimeType,
      bytes: file.bytes,
    })
  }

  async removeAttachment(id: string): Promise<void> {
    await this.attachments.softDelete(id)
  }

  // -- year-end review -------------------------------------------------------------------------

  /** Scheme 1's 考核评比 (自我评议, 民主评议, 满意度测评, outcome); the outcome must fit the member. */
  async setYearEnd(
    member: LedgerMemberRecord,
    year: number,
    review: {
      selfReview: string
      democratic: DemocraticResult
      satisfaction: number | null
      outcome: YearEndOutcome
    },
  ): Promise<LedgerReviewRecord> {
    const problem = yearEndOutcomeProblem(review.outcome, member.status)
    if (problem) throw new ValidationError({ outcome: problem })
    const id = ledgerReviewId(member.id, year)
    const stored = await this.reviews.get(id)
    const scope = member.classId ? { classId: member.classId } : {}
    // put() stamps only the fields that change, so the scheme-3 fields kept here are not re-stamped.
    return this.reviews.put(id, {
      ...scope,
      branchId: member.branchId,
      memberId: member.id,
      year,
      survey: stored?.survey ?? null,
      note: stored?.note ?? '',
      democratic: review.democratic,
      selfReview: review.selfReview.trim(),
      satisfaction: review.satisfaction,
      outcome: review.outcome,
    })
  }

  async setReview(
    member: LedgerMemberRecord,
    year: number,
    review: { survey: number | null; democratic: DemocraticResult; note?: string },
  ): Promise<LedgerReviewRecord> {
    const scope = member.classId ? { classId: member.classId } : {}
    return this.reviews.put(ledgerReviewId(member.id, year), {
      ...scope,
      branchId: member.branchId,
      memberId: member.id,
      year,
      survey: review.survey,
      democratic: review.democratic,
      note: review.note ?? '',
    })
  }
}

export type { ImportedMember }
