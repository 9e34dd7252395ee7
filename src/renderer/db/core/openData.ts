import { BanwuDatabase } from './database'
import { ClassRepository } from '../classes/classRepository'
import { ChecklistRepository } from '../checklist/checklistRepository'
import { ChecklistTemplateRepository } from '../checklist/checklistTemplateRepository'
import { CLOCK_KEY, loadReplica, REPLICA_KEY, type Replica } from './replica'
import { localStateProblems } from './startupDiagnosis'
import { SETTINGS_KEY, SettingsRepository } from './settingsRepository'
import { SyncRepository } from '../sync/syncRepository'
import { SessionRepository } from '../attendance/sessionRepository'
import { AttendanceRepository } from '../attendance/attendanceRepository'
import { LeaveRepository } from '../attendance/leaveRepository'
import { DisciplineRepository } from '../attendance/disciplineRepository'
import { AttachmentRepository } from '../attendance/attachmentRepository'
import { AttendanceSettingsRepository } from '../attendance/attendanceSettingsRepository'
import { SchoolSettingsRepository } from './schoolSettingsRepository'
import { PersonRepository } from '../roster/personRepository'
import { EnrollmentRepository } from '../roster/enrollmentRepository'
import { GroupRepository } from '../roster/groupRepository'
import { RosterWrites } from '../roster/rosterWrites'
import { LedgerRepository } from '../ledger/ledgerRepository'
import { AssessmentSchemeRepository } from '../assessment/assessmentSchemeRepository'
import { AssessmentRepository } from '../assessment/assessmentRepository'
import { CertificateRepository } from '../assessment/certificateRepository'
import { PlacementRepository, SecondmentRepository } from '../secondment/placementRepository'
import {
  AppraisalRepository,
  SecondmentTalkRepository,
  SecondmentWorkRepository,
} from '../secondment/deliverableRepositories'
import { QuestionnaireRepository } from '../evaluation/questionnaireRepository'
import { ResponseRepository } from '../evaluation/responseRepository'
import { ReviewWeightingRepository } from '../evaluation/reviewWeightingRepository'

/** Everything the UI may use to read and write data; components get it from DataProvider. */
export interface DataAccess {
  db: BanwuDatabase
  replica: Replica
  classes: ClassRepository
  settings: SettingsRepository
  /** Sync between offices: export reads, import dry run and apply, conflict log, 同步记录. */
  sync: SyncRepository
  /** Classes' duty checklists (班务工作事项表) and the template library. */
  checklists: ChecklistRepository
  checklistTemplates: ChecklistTemplateRepository
  /** Teaching plan, attendance marks, leave requests, discipline records, signed-sheet scans. */
  sessions: SessionRepository
  attendance: AttendanceRepository
  leaveRequests: LeaveRepository
  discipline: DisciplineRepository
  attachments: AttachmentRepository
  /** The school's rules, synced between offices (statuses, leave rules, 只接受加密快照…). */
  schoolSettings: SchoolSettingsRepository
  /** The school's attendance statuses and unapproved-absence rule (kept in schoolSettings). */
  attendanceSettings: AttendanceSettingsRepository
  /** Rosters: people (identity across classes), their enrollments in classes, 小组 and 党小组. */
  people: PersonRepository
  enrollments: EnrollmentRepository
  groups: GroupRepository
  rosterWrites: RosterWrites
  /** Party-spirit ledgers (issue 14): schemes, branches, members, entries, evidence, reviews. */
  ledger: LedgerRepository
  /** Assessment (issue 13): the school's 考核方案 versions, and each class's assessment. */
  assessmentSchemes: AssessmentSchemeRepository
  assessment: AssessmentRepository
  /** 结业证书 numbers: issue, void, reissue; this office's code. */
  certificates: CertificateRepository
  /** Secondment (issue 15): placements, the class's 部署会 and Friday meetings, deliverables, 鉴定. */
  placements: PlacementRepository
  secondments: SecondmentRepository
  secondmentWork: SecondmentWorkRepository
  secondmentTalks: SecondmentTalkRepository
  appraisals: AppraisalRepository
  /** Evaluation questionnaires (school-wide versions), anonymous answer sheets, review weighting. */
  questionnaires: QuestionnaireRepository
  responses: ResponseRepository
  reviewWeighting: ReviewWeightingRepository
}

/**
 * Refuses to start on an unreadable local table (replica id, clock, settings):
 * the start screen then offers recovery instead of the app failing later.
 */
async function checkLocalState(db: BanwuDatabase): Promise<void> {
  const [replicaId, clock, settings] = await Promise.all(
    [REPLICA_KEY, CLOCK_KEY, SETTINGS_KEY].map(async (k) => (await db.local.get(k))?.value),
  )
  const problems = localStateProblems(replicaId, clock, settings)
  if (problems.length > 0) {
    db.close()
    throw new Error(problems.map((p) => p.detail).join('；'))
  }
}

export async function openData(name = 'banwu', now: () => number = Date.now): Promise<DataAccess> {
  const db = new BanwuDatabase(name)
  await db.open()
  await checkLocalState(db)
  // Installations set up before school ids existed get a provisional one (schoolIdentity.ts).
  await new SettingsRepository(db).ensureSchoolId()
  const replica = await loadReplica(db, now)
  const checklistTemplates = new ChecklistTemplateRepository(db, replica)
  const enrollments = new EnrollmentRepository(db, db.enrollments, replica)
  const people = new PersonRepository(db, db.people, replica)
  const groups = new GroupRepository(db, replica, enrollments)
  const schoolSettings = new SchoolSettingsRepository(db, db.schoolSettings, replica)
  const assessmentSchemes = new AssessmentSchemeRepository(db, replica)
  const sessions = new SessionRepository(db, db.sessions, replica)
  const questionnaires = new QuestionnaireRepository(db, db.questionnaires, replica)
  return {
    db,
    replica,
    classes: new ClassRepository(db, db.classes, replica),
    settings: new SettingsRepository(db),
    sync: new SyncRepository(db, replica),
    checklists: new ChecklistRepository(db, replica, checklistTemplates),
    checklistTemplates,
    sessions,
    attendance: new AttendanceRepository(db, db.attendance, replica),
    leaveRequests: new LeaveRepository(db, db.leaveRequests, replica),
    discipline: new DisciplineRepository(db, db.disciplineEvents, replica),
    attachments: new AttachmentRepository(db, db.attachments, replica),
    schoolSettings,
    attendanceSettings: new AttendanceSettingsRepository(schoolSettings),
    people,
    enrollments,
    groups,
    rosterWrites: new RosterWrites({ db, replica, people, enrollments, groups }),
    ledger: new LedgerRepository(db, replica, { people, enrollments, groups }),
    assessmentSchemes,
    assessment: new AssessmentRepository(db, replica, assessmentSchemes),
    certificates: new CertificateRepository(db, db.certificates, replica),
    placements: new PlacementRepository(db, db.placements, replica),
    secondments: new SecondmentRepository(db, db.secondments, replica, sessions),
    secondmentWork: new SecondmentWorkRepository(db, db.secondmentWork, replica),
    secondmentTalks: new SecondmentTalkRepository(db, db.secondmentTalks, replica),
    appraisals: new AppraisalRepository(db, db.secondmentAppraisals, replica),
    questionnaires,
    responses: new ResponseRepository(db, db.questionnaireResponses, replica, questionnaires),
    reviewWeighting: new ReviewWeightingRepository(db, db.reviewWeightings, replica),
  }
}
