import type { BanwuDatabase } from '../core/database'
import { enrolPerson } from './rosterEnrol'
import { commitRosterImport } from './rosterImport'
import type { RosterRepositories } from './rosterQueries'

type Rest<F> = F extends (repos: never, ...rest: infer R) => unknown ? R : never

/**
 * The roster writes that span people and enrollments in one transaction (add someone by hand,
 * commit an import), bound to the database so components never hold it.
 */
export class RosterWrites {
  constructor(private readonly repos: RosterRepositories & { db: BanwuDatabase }) {}

  /** Adds a person to a class's roster (matched by ID number or 学号 + name, else new). */
  enrol(...args: Rest<typeof enrolPerson>): ReturnType<typeof enrolPerson> {
    return enrolPerson(this.repos, ...args)
  }

  /** Writes a confirmed roster import in one transaction and says what it did. */
  commitImport(...args: Rest<typeof commitRosterImport>): ReturnType<typeof commitRosterImport> {
    return commitRosterImport(this.repos, ...args)
  }
}
