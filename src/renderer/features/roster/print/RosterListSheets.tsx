import { useNavigate } from 'react-router'
import { ROSTER_FIELD_LABELS as LABEL, ROSTER_SCREEN_LABELS as SCREEN_LABEL } from '@shared/roster/fields'
import { maskIdNumber } from '@shared/roster/idCard'
import type { ClassRecord } from '../../../db/core/database'
import type { RosterEntry } from '../../../db/roster/rosterQueries'
import { PrintSheet, PrintView } from '../../../ui/print/PrintView'
import { ClassPrintMeta } from './ClassPrintMeta'
import { PrintTable, type PrintColumn } from './PrintTable'
import {
  isUniversityRoster,
  unitAndPost,
  unitAndPostHeader,
  usePrintRoster,
  yearMonth,
} from './usePrintRoster'
import './rosterPrint.css'

interface SheetProps {
  cls: ClassRecord
  schoolName: string
}

const has = (entries: RosterEntry[], value: (e: RosterEntry) => string) =>
  entries.some((e) => value(e) !== '')

/** Columns that describe the person, for the roster and the check sheet. */
function personColumns(entries: RosterEntry[], idNumber: (id: string) => string): PrintColumn[] {
  const university = isUniversityRoster(entries)
  const columns: (PrintColumn | false)[] = [
    { header: '序号', value: (_e, i) => i + 1, width: '12mm' },
    { header: LABEL.name, value: (e) => e.person.name, width: '20mm' },
    { header: LABEL.gender, value: (e) => e.person.gender, width: '12mm' },
    has(entries, (e) => e.person.ethnicity) && {
      header: LABEL.ethnicity,
      value: (e) => e.person.ethnicity,
      width: '15mm',
    },
    has(entries, (e) => e.person.birthDate) && {
      header: LABEL.birthDate,
      value: (e) => yearMonth(e.person.birthDate),
      width: '19mm',
    },
    has(entries, (e) => e.person.politicalStatus) && {
      header: LABEL.politicalStatus,
      value: (e) => e.person.politicalStatus,
      width: '19mm',
    },
    has(entries, (e) => e.person.idNumber) && {
      header: LABEL.idNumber,
      value: (e) => idNumber(e.person.idNumber),
      width: '42mm',
    },
    university && { header: LABEL.studentNo, value: (e) => e.person.studentNo, width: '22mm' },
    university && { header: LABEL.college, value: (e) => e.person.college, align: 'left' },
    university && { header: LABEL.major, value: (e) => e.person.major, align: 'left' },
    !university && { header: LABEL.unit, value: (e) => e.person.unit, align: 'left' },
    !university && { header: LABEL.post, value: (e) => e.person.post, align: 'left' },
    has(entries, (e) => e.person.phone) && {
      header: LABEL.phone,
      value: (e) => e.person.phone,
      width: '27mm',
    },
  ]
  return columns.filter((c): c is PrintColumn => c !== false)
}

/** 学员花名册: everyone with ID numbers masked (first 6 + last 4), for handing out and filing. */
export function RosterListSheet({ cls, schoolName }: SheetProps) {
  const navigate = useNavigate()
  const roster = usePrintRoster(cls.id)
  if (!roster) return null
  const { entries } = roster
  const columns = personColumns(entries, maskIdNumber)
  if (has(entries, (e) => e.groupName))
    columns.push({ header: '小组', value: (e) => e.groupName, width: '14mm' })
  return (
    <PrintView
      title="学员花名册"
      fileName={`${cls.name}-学员花名册`}
      landscape
      onBack={() => void navigate(`/classes/${cls.id}/roster`)}
    >
      <PrintSheet
        schoolName={schoolName}
        title={`${cls.name}学员花名册`}
        landscape
        meta={<ClassPrintMeta cls={cls} count={entries.length} />}
      >
        <PrintTable columns={columns} entries={entries} label="学员花名册" />
      </PrintSheet>
    </PrintView>
  )
}

/**
 * 学员信息核对表: the whole ID number (this sheet is for checking it) and a signature column.
 * Seed 000 附1 学员服务: "提醒学员校对学员信息，尤其是姓名、身份证".
 */
export function RosterCheckSheet({ cls, schoolName }: SheetProps) {
  const navigate = useNavigate()
  const roster = usePrintRoster(cls.id)
  if (!roster) return null
  const { entries } = roster
  const columns = personColumns(entries, (id) => id)
  columns.push({ header: '本人签名', value: () => '', width: '24mm' })
  return (
    <PrintView
      title="学员信息核对表"
      fileName={`${cls.name}-学员信息核对表`}
      landscape
      onBack={() => void navigate(`/classes/${cls.id}/roster`)}
    >
      <PrintSheet
        schoolName={schoolName}
        title={`${cls.name}学员信息核对表`}
        landscape
        meta={<ClassPrintMeta cls={cls} count={entries.length} />}
      >
        <p className="roster-print-note">
          请认真核对本人信息，尤其是姓名和身份证号。如有错误，请在表上用笔更正；核对无误后在“本人签名”栏签名。
        </p>
        <PrintTable columns={columns} entries={entries} label="学员信息核对表" />
      </PrintSheet>
    </PrintView>
  )
}

/** 学员通讯录: name, unit and post, phone, group (and dormitory for residential classes). */
export function ContactsSheet({ cls, schoolName }: SheetProps) {
  const navigate = useNavigate()
  const roster = usePrintRoster(cls.id)
  if (!roster) return null
  const { entries } = roster
  const columns: (PrintColumn | false)[] = [
    { header: '序号', value: (_e, i) => i + 1, width: '12mm' },
    { header: LABEL.name, value: (e) => e.person.name, width: '22mm' },
    { header: LABEL.gender, value: (e) => e.person.gender, width: '12mm' },
    { header: unitAndPostHeader(entries), value: unitAndPost, align: 'left' },
    { header: SCREEN_LABEL.phone, value: (e) => e.person.phone, width: '30mm' },
    has(entries, (e) => e.groupName) && { header: '小组', value: (e) => e.groupName, width: '16mm' },
    (cls.residential || has(entries, (e) => e.enrollment.dormRoom)) && {
      header: '宿舍',
      value: (e) => e.enrollment.dormRoom,
      width: '16mm',
    },
  ]
  return (
    <PrintView
      title="学员通讯录"
      fileName={`${cls.name}-学员通讯录`}
      onBack={() => void navigate(`/classes/${cls.id}/roster`)}
    >
      <PrintSheet
        schoolName={schoolName}
        title={`${cls.name}学员通讯录`}
        meta={<ClassPrintMeta cls={cls} count={entries.length} />}
      >
        <PrintTable
          columns={columns.filter((c): c is PrintColumn => c !== false)}
          entries={entries}
          label="学员通讯录"
        />
      </PrintSheet>
    </PrintView>
  )
}
