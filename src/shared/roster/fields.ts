/**
 * The roster fields an import can fill, in the order the mapping screen lists them.
 *
 * `unitAndPost` is a source-only field: a single "工作单位及职务" column that the
 * import splits into `unit` and `post` with a reviewable guess.
 */
export const ROSTER_FIELDS = [
  'name',
  'idNumber',
  'gender',
  'ethnicity',
  'birthDate',
  'politicalStatus',
  'unit',
  'post',
  'unitAndPost',
  'phone',
  'studentNo',
  'college',
  'major',
  'education',
  'activistSince',
  'seat',
  'note',
] as const

export type RosterField = (typeof ROSTER_FIELDS)[number]

/** Labels for the mapping screen and for messages when the file's own header is unknown. */
export const ROSTER_FIELD_LABELS: Record<RosterField, string> = {
  name: '姓名',
  idNumber: '身份证号',
  gender: '性别',
  ethnicity: '民族',
  birthDate: '出生年月',
  politicalStatus: '政治面貌',
  unit: '工作单位',
  post: '职务',
  unitAndPost: '工作单位及职务',
  phone: '联系电话',
  studentNo: '学号',
  college: '学院',
  major: '专业班级',
  education: '学历',
  activistSince: '确定为积极分子时间',
  seat: '座号',
  note: '备注',
}

export function isRosterField(value: unknown): value is RosterField {
  return typeof value === 'string' && (ROSTER_FIELDS as readonly string[]).includes(value)
}

/** Excel column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    out = String.fromCharCode(65 + rem) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}
