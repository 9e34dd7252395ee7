import { trainingClassInput, type ClassStatus, type TrainingClassInput } from '@shared/domain/trainingClass'
import type { ClassRecord } from '../core/database'
import { SyncedRepository } from '../core/syncedRepository'
import { ValidationError } from '@shared/validationError'

/** Training classes: validated with the shared schema before every write. */
export class ClassRepository extends SyncedRepository<TrainingClassInput> {
  async createClass(input: TrainingClassInput): Promise<ClassRecord> {
    return this.create(parseClass(input))
  }

  async updateClass(id: string, input: TrainingClassInput): Promise<ClassRecord> {
    return this.update(id, parseClass(input))
  }

  /** Only the status (e.g. 标为已结业): the other fields keep their stamps, so nothing else is overwritten. */
  async setStatus(id: string, status: ClassStatus): Promise<ClassRecord> {
    return this.update(id, { status })
  }
}

function parseClass(input: TrainingClassInput): TrainingClassInput {
  const r = trainingClassInput.safeParse(input)
  if (!r.success) throw ValidationError.fromZod(r.error)
  return r.data
}
