import { maskIdNumber } from './idCard'

/**
 * What a printout or export is for. The purpose, not the code path, decides how much of an ID
 * number it carries: whole only where the number itself is the point, masked (first 6 + last 4)
 * where it only tells two namesakes apart, and left out where nobody needs it.
 */
export type IdNumberPurpose =
  /** 花名册 .xlsx: edited in Excel and imported again (the import matches people by ID number). */
  | 'rosterExchange'
  /** 学员信息核对表: students check their own number. */
  | 'infoCheck'
  /** Printed 学员花名册, handed out and filed. */
  | 'rosterList'
  /** 学员考勤登记表, on paper and as .xlsx. */
  | 'attendanceRegister'
  /** 考勤公布表, posted to the class. */
  | 'attendanceNotice'
  /** 考核登记表, 成绩、证书登记表 and the assessment workbook (issue 13): namesakes told apart. */
  | 'assessmentRegister'

export type IdNumberUse = 'whole' | 'masked' | 'none'

export const ID_NUMBER_USE: Readonly<Record<IdNumberPurpose, IdNumberUse>> = {
  rosterExchange: 'whole',
  infoCheck: 'whole',
  rosterList: 'masked',
  attendanceRegister: 'masked',
  attendanceNotice: 'none',
  assessmentRegister: 'masked',
}

/** The ID number as a sheet for `purpose` shows it; null when the sheet has no ID column. */
export function idNumberFor(purpose: IdNumberPurpose, idNumber: string): string | null {
  switch (ID_NUMBER_USE[purpose]) {
    case 'whole':
      return idNumber
    case 'masked':
      return maskIdNumber(idNumber)
    case 'none':
      return null
  }
}
