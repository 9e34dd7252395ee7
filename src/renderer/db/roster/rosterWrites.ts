import type { BanwuDatabase } from '../core/database'
import type { Replica } from '../core/replica'
import { purgeDeletedPerson } from './personPurge'
import { enrolPerson } from './rosterEnrol'
import { commitRosterImport } from './rosterImport'
import type { RosterRepositories } from './rosterQueries'

type Rest<F> = F extends (repos: never, ...rest: infer R) => unknown ? R : never

/**
 * The roster writes that span people and enrollments in one transaction (add someone by hand,
 * commit an import), bound to the database so components never hold it.
 */
export class RosterWrites {
  constructor(private readonly repos: RosterRepositories & { db: BanwuDatabase; replica: Replica }) {}

  /** 彻底清除: blanks a deleted person's personal data as stamped edits; the tombstone stays. */
  purgeDeletedPerson(personId: string): ReturnType<typeof purgeDeletedPerson> {
    return purgeDeletedPerson(this.repos, personId)
  }

  /** Adds a person to a class's roster (matched by ID number or 学号 + name, else new). */
  enrol(...args: Rest<typeof enrolPerson>): ReturnType<typeof enrolPerson> {
    return enrolPerson(this.repos, ...args)
  }

  /** Writes a confirmed roster import in one transaction and says what it did. */
  commitImport(...args: Rest<typeof commitRosterImport>): ReturnType<typeof commitRosterImport> {
    return commitRosterImport(this.repos, ...args)
  }
}
