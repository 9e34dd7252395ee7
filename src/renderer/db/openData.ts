import { BanwuDatabase } from './database'
import { ChecklistRepository } from './checklistRepository'
import { ChecklistTemplateRepository } from './checklistTemplateRepository'
import { ClassRepository } from './classRepository'
import { loadReplica, type Replica } from './replica'
import { SettingsRepository } from './settingsRepository'

/** Everything the UI may use to read and write data; components get it from DataProvider. */
export interface DataAccess {
  db: BanwuDatabase
  replica: Replica
  classes: ClassRepository
  settings: SettingsRepository
  /** Classes' duty checklists (班务工作事项表) and the template library. */
  checklists: ChecklistRepository
  checklistTemplates: ChecklistTemplateRepository
}

export async function openData(name = 'banwu', now: () => number = Date.now): Promise<DataAccess> {
  const db = new BanwuDatabase(name)
  await db.open()
  const replica = await loadReplica(db, now)
  const checklistTemplates = new ChecklistTemplateRepository(db, replica)
  return {
    db,
    replica,
    classes: new ClassRepository(db, db.classes, replica),
    settings: new SettingsRepository(db),
    checklists: new ChecklistRepository(db, replica, checklistTemplates),
    checklistTemplates,
  }
}
