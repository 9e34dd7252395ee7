import { checkIdNumber, idCardIssueMessage } from '@shared/roster/idCard'
import { checkPhone } from '@shared/roster/phone'
import { collapseSpaces, normalizeName, removeSpaces, toHalfWidth } from '@shared/roster/text'
import type { PersonFields, PersonRecord } from './rosterRecords'
import { SyncedRepository } from '../core/syncedRepository'
import { ValidationError } from '@shared/validationError'

/** From how many ids `getExisting` reads the table's keys instead of looking each id up. */
const KEY_SCAN_FROM = 200

/**
 * People (identity across classes). A person is edited in one place: the phone changed on one
 * class's roster is the phone on every class's roster, because they all show this record.
 */
export class PersonRepository extends SyncedRepository<PersonFields> {
  async getMany(ids: readonly string[]): Promise<(PersonRecord | undefined)[]> {
    return this.table.bulkGet([...ids])
  }

  /**
   * The stored people among `ids` (the recycle bin included), by id. An import asks about thousands
   * of ids, nearly all of them new: Chromium answers a lookup per id in ~300–700 ms for 5,000, the
   * table's keys (no values) in ~15 ms, so for many ids the keys decide which records to fetch.
   */
  async getExisting(ids: readonly string[]): Promise<Map<string, PersonRecord>> {
    let wanted = ids
    if (ids.length > KEY_SCAN_FROM) {
      const stored = new Set(await this.table.toCollection().primaryKeys())
      wanted = ids.filter((id) => stored.has(id))
    }
    const found = await this.table.bulkGet([...wanted])
    return new Map(found.flatMap((p) => (p ? [[p.id, p]] : [])))
  }

  /** Live people whose ID number is one of these (normalised 18-character numbers). */
  async findByIdNumbers(idNumbers: readonly string[]): Promise<PersonRecord[]> {
    return this.findByIndex('idNumber', idNumbers)
  }

  async findByStudentNumbers(studentNos: readonly string[]): Promise<PersonRecord[]> {
    return this.findByIndex('studentNo', studentNos)
  }

  /**
   * Live people whose indexed `field` is one of `values`: one index request per value, all sent at
   * once in one read transaction, so the time follows the values asked about, not the people
   * stored. Dexie's `anyOf` walks one cursor from key to key instead, a round trip per step, and
   * an import's 5,000 new ID numbers fall between the stored ones: in Chromium with 15,000 people
   * stored it took 2.9 s where the requests took 0.86 s, and 22 s against 1.3 s when all 5,000
   * were stored (loaded machine; docs/benchmarks.md, issue 16).
   */
  private async findByIndex(
    field: 'idNumber' | 'studentNo',
    values: readonly string[],
  ): Promise<PersonRecord[]> {
    if (values.length === 0) return []
    const unique = [...new Set(values)]
    const found = await this.db.transaction('r', this.table, () =>
      Promise.all(unique.map((value) => this.table.where(field).equals(value).toArray())),
    )
    return found.flat().filter((p) => !p.deleted)
  }

  /** Changes some fields, cleaned and checked (see `cleanPersonPatch`); refuses an ID number another person has. */
  async updatePerson(id: string, patch: Partial<PersonFields>, today?: string): Promise<PersonRecord> {
    const clean = cleanPersonPatch(patch, today)
    if (clean.idNumber) {
      const holders = (await this.findByIdNumbers([clean.idNumber])).filter((p) => p.id !== id)
      if (holders.length > 0) {
        throw new ValidationError({
          idNumber: `身份证号与学员“${holders[0]!.name}”相同，同一人只能有一条记录`,
        })
      }
    }
    return this.update(id, clean)
  }
}

/**
 * What the user typed, as stored: names without stray spaces, ID numbers normalised and
 * checked (a wrong one is refused: it is the field staff are told to double-check, seed 000
 * 附1 学员服务), phones folded to digits (a doubtful phone is kept: it must not block an edit).
 */
export function cleanPersonPatch(patch: Partial<PersonFields>, today?: string): Partial<PersonFields> {
  const out: Partial<PersonFields> = {}
  for (const [key, value] of Object.entries(patch) as [keyof PersonFields, unknown][]) {
    if (value === undefined) continue
    const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''
    switch (key) {
      case 'name': {
        const name = normalizeName(text)
        if (!name) throw new ValidationError({ name: '姓名不能为空' })
        if (name.length > 50) throw new ValidationError({ name: '姓名不能超过 50 个字' })
        out.name = name
        break
      }
      case 'idNumber': {
        if (text.trim() === '') {
          out.idNumber = ''
          break
        }
        const check = checkIdNumber(text, today ? { today } : {})
        const error = check.issues.find((i) => i.code !== 'convertedFrom15')
        if (error) throw new ValidationError({ idNumber: `身份证号${idCardIssueMessage(error)}` })
        out.idNumber = check.normalized
        break
      }
      case 'phone':
        out.phone = checkPhone(text).normalized
        break
      case 'studentNo':
        out.studentNo = removeSpaces(toHalfWidth(text))
        break
      case 'gender':
        if (text !== '' && text !== '男' && text !== '女')
          throw new ValidationError({ gender: '性别应为男或女' })
        out.gender = text
        break
      default:
        out[key] = collapseSpaces(text)
    }
  }
  return out
}
