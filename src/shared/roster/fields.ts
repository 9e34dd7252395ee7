/**
 * The roster fields, each described once: its key, its names in the user's words, where it is
 * kept and how it is shown and exported. The import's mapping screen, the roster grid and its
 * edits, the person pages, the .xlsx export, the printed sheets and the sync conflict log all
 * take their field lists and headings from here.
 *
 * `unitAndPost` is a source-only field: a single "工作单位及职务" column that the import splits
 * into `unit` and `post` with a reviewable guess. `seat` belongs to the enrollment (this class),
 * not to the person.
 */

/** Every roster field, in the order the import's mapping screen lists them. */
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

/** The fields of a stored person (PersonFields): every roster field but the combined column and the seat. */
export type PersonField = Exclude<RosterField, 'unitAndPost' | 'seat'>

export interface RosterFieldSpec {
  /** The field's name as Chinese forms head the column (出生年月, 联系电话): import, printed roster, conflict log. */
  label: string
  /** The app's own word for it where that differs (出生日期: the whole date is kept; 手机): grid, forms, person page. */
  screenLabel?: string
  /** The header of an exported .xlsx where it differs from the screen label; the import recognises it. */
  exportHeader?: string
  /** A field of the person record: one value for every class the person is in. */
  person: boolean
  /** Where an imported value goes: the person, this class's enrollment, or split into unit and post. */
  importsTo: 'person' | 'enrollment' | 'split'
  /** Digits that identify, not count: exported as text cells, so Excel neither rounds nor reformats them. */
  textCell?: true
  /** Personal data shown masked (first 6 + last 4) until the user asks to see it in full. */
  masked?: true
  /** Changed inline in the roster grid (a masked field only while it is shown in full). */
  gridEditable?: true
  /** The rosters that have it: cadre classes (单位、职务) or university classes (学号、学院、专业班级); unset: both. */
  rosterKind?: 'cadre' | 'university'
  /** Whole headers (after normalisation) that also mean the field, besides its label, screen label and export header. */
  otherHeaders: readonly string[]
  /** Keyword sets: a short header containing every keyword of one set means the field. */
  keywords: readonly (readonly string[])[]
}

export const ROSTER_FIELD_SPECS: { readonly [F in RosterField]: RosterFieldSpec } = {
  name: {
    label: '姓名',
    person: true,
    importsTo: 'person',
    gridEditable: true,
    otherHeaders: ['学员姓名', '名字', '学生姓名', '人员姓名'],
    keywords: [['姓名']],
  },
  idNumber: {
    label: '身份证号',
    person: true,
    importsTo: 'person',
    textCell: true,
    masked: true,
    gridEditable: true,
    otherHeaders: ['身份证号码', '公民身份号码', '身份证', '身份证件号码', '证件号码', '公民身份证号码'],
    keywords: [['身份证'], ['身份号码'], ['证件号']],
  },
  gender: {
    label: '性别',
    person: true,
    importsTo: 'person',
    gridEditable: true,
    otherHeaders: [],
    keywords: [['性别']],
  },
  ethnicity: { label: '民族', person: true, importsTo: 'person', otherHeaders: [], keywords: [['民族']] },
  birthDate: {
    label: '出生年月',
    screenLabel: '出生日期',
    person: true,
    importsTo: 'person',
    otherHeaders: ['出生年月日', '生日', '出生时间'],
    keywords: [['出生']],
  },
  politicalStatus: {
    label: '政治面貌',
    person: true,
    importsTo: 'person',
    otherHeaders: [],
    keywords: [['面貌']],
  },
  unit: {
    label: '工作单位',
    person: true,
    importsTo: 'person',
    gridEditable: true,
    rosterKind: 'cadre',
    otherHeaders: ['单位', '单位名称', '所在单位', '工作单位全称', '单位全称'],
    keywords: [['单位']],
  },
  post: {
    label: '职务',
    person: true,
    importsTo: 'person',
    gridEditable: true,
    rosterKind: 'cadre',
    otherHeaders: ['现任职务', '职级', '职务职级', '现职务', '职务级别'],
    keywords: [['职务'], ['职级']],
  },
  unitAndPost: {
    label: '工作单位及职务',
    person: false,
    importsTo: 'split',
    rosterKind: 'cadre',
    otherHeaders: ['单位及职务', '工作单位和职务', '单位职务', '工作单位职务', '工作单位及现任职务'],
    keywords: [
      ['单位', '职务'],
      ['单位', '职级'],
    ],
  },
  phone: {
    label: '联系电话',
    screenLabel: '手机',
    exportHeader: '手机号码',
    person: true,
    importsTo: 'person',
    textCell: true,
    gridEditable: true,
    otherHeaders: ['手机号', '联系方式', '电话', '移动电话', '电话号码', '联系手机'],
    keywords: [['手机'], ['电话'], ['联系方式']],
  },
  studentNo: {
    label: '学号',
    person: true,
    importsTo: 'person',
    textCell: true,
    gridEditable: true,
    rosterKind: 'university',
    otherHeaders: ['学籍号', '学生学号'],
    keywords: [['学号']],
  },
  college: {
    label: '学院',
    person: true,
    importsTo: 'person',
    gridEditable: true,
    rosterKind: 'university',
    otherHeaders: ['院系', '所在学院', '系别', '所在院系'],
    keywords: [['学院'], ['院系']],
  },
  major: {
    label: '专业班级',
    person: true,
    importsTo: 'person',
    gridEditable: true,
    rosterKind: 'university',
    otherHeaders: ['专业', '班级', '所在班级', '专业年级'],
    keywords: [['专业'], ['班级']],
  },
  education: {
    label: '学历',
    person: true,
    importsTo: 'person',
    otherHeaders: ['文化程度', '最高学历'],
    keywords: [['学历']],
  },
  activistSince: {
    label: '确定为积极分子时间',
    person: true,
    importsTo: 'person',
    otherHeaders: ['确定积极分子时间', '确定为入党积极分子时间', '列为积极分子时间'],
    keywords: [
      ['积极分子', '时间'],
      ['积极分子', '日期'],
    ],
  },
  seat: {
    label: '座号',
    person: false,
    importsTo: 'enrollment',
    gridEditable: true,
    otherHeaders: ['座位号', '座位', '席位号'],
    keywords: [['座号'], ['座位']],
  },
  // 备注 in a roster file is about this class; the person has a note of their own (person page).
  note: {
    label: '备注',
    person: true,
    importsTo: 'enrollment',
    otherHeaders: ['说明'],
    keywords: [['备注']],
  },
}

function byField<T>(value: (spec: RosterFieldSpec, field: RosterField) => T): Record<RosterField, T> {
  return Object.fromEntries(ROSTER_FIELDS.map((f) => [f, value(ROSTER_FIELD_SPECS[f], f)])) as Record<
    RosterField,
    T
  >
}

/** The roster fields whose description passes `test`, in ROSTER_FIELDS order. */
export function rosterFieldsWhere(
  test: (spec: RosterFieldSpec, field: RosterField) => boolean,
): RosterField[] {
  return ROSTER_FIELDS.filter((f) => test(ROSTER_FIELD_SPECS[f], f))
}

/** Formal names: the mapping screen, printed rosters, the conflict log, messages whose header is unknown. */
export const ROSTER_FIELD_LABELS: Readonly<Record<RosterField, string>> = byField((s) => s.label)

/** On-screen names: the roster grid, the person forms and pages, the import preview, contact lists. */
export const ROSTER_SCREEN_LABELS: Readonly<Record<RosterField, string>> = byField(
  (s) => s.screenLabel ?? s.label,
)

/** Headers of an exported roster workbook (each one the import recognises). */
export const ROSTER_EXPORT_HEADERS: Readonly<Record<RosterField, string>> = byField(
  (s) => s.exportHeader ?? s.screenLabel ?? s.label,
)

/** Whole header texts that mean the field: its label, screen label, export header and other names. */
export function rosterHeaderNames(field: RosterField): string[] {
  const s = ROSTER_FIELD_SPECS[field]
  return [...new Set([s.label, ROSTER_SCREEN_LABELS[field], ROSTER_EXPORT_HEADERS[field], ...s.otherHeaders])]
}

/** The stored person's fields, in ROSTER_FIELDS order. */
export const PERSON_FIELDS = ROSTER_FIELDS.filter((f): f is PersonField => ROSTER_FIELD_SPECS[f].person)

export function isPersonField(value: unknown): value is PersonField {
  return isRosterField(value) && ROSTER_FIELD_SPECS[value].person
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
