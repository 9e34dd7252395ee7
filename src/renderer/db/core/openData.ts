import { BanwuDatabase } from './database'
import { ClassRepository } from '../classes/classRepository'
import { ChecklistRepository } from '../checklist/checklistRepository'
import { ChecklistTemplateRepository } from '../checklist/checklistTemplateRepository'
import { loadReplica, type Replica } from './replica'
import { SettingsRepository } from './settingsRepository'
import { SyncRepository } from '../sync/syncRepository'
import { SessionRepository } from '../attendance/sessionRepository'
import { AttendanceRepository } from '../attendance/attendanceRepository'
import { LeaveRepository } from '../attendance/leaveRepository'
import { DisciplineRepository } from '../attendance/disciplineRepository'
import { AttachmentRepository } from '../attendance/attachmentRepository'
import { AttendanceSettingsRepository } from '../attendance/attendanceSettingsRepository'
import { PersonRepository } from '../roster/personRepository'
import { EnrollmentRepository } from '../roster/enrollmentRepository'
import { GroupRepository } from '../roster/groupRepository'
import { RosterWrites } from '../roster/rosterWrites'

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
  /** The school's attendance statuses and unapproved-absence rule. */
  attendanceSettings: AttendanceSettingsRepository
  /** Rosters: people (identity across classes), their enrollments in classes, 小组 and 党小组. */
  people: PersonRepository
  enrollments: EnrollmentRepository
  groups: GroupRepository
  rosterWrites: RosterWrites
}

export async function openData(name = 'banwu', now: () => number = Date.now): Promise<DataAccess> {
  const db = new BanwuDatabase(name)
  await db.open()
  const replica = await loadReplica(db, now)
  const checklistTemplates = new ChecklistTemplateRepository(db, replica)
  const enrollments = new EnrollmentRepository(db, db.enrollments, replica)
  const people = new PersonRepository(db, db.people, replica)
  const groups = new GroupRepository(db, replica, enrollments)
  return {
    db,
    replica,
    classes: new ClassRepository(db, db.classes, replica),
    settings: new SettingsRepository(db),
    sync: new SyncRepository(db, replica),
    checklists: new ChecklistRepository(db, replica, checklistTemplates),
    checklistTemplates,
    sessions: new SessionRepository(db, db.sessions, replica),
    attendance: new AttendanceRepository(db, db.attendance, replica),
    leaveRequests: new LeaveRepository(db, db.leaveRequests, replica),
    discipline: new DisciplineRepository(db, db.disciplineEvents, replica),
    attachments: new AttachmentRepository(db, db.attachments, replica),
    attendanceSettings: new AttendanceSettingsRepository(db),
    people,
    enrollments,
    groups,
    rosterWrites: new RosterWrites({ db, people, enrollments, groups }),
  }
}
