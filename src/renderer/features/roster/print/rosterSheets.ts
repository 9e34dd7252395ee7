/** The roster's printable sheets (registered in print/sheetRegistry.tsx), in menu order. */
export const ROSTER_SHEETS = [
  { id: 'roster', title: '学员花名册' },
  { id: 'roster-check', title: '学员信息核对表' },
  { id: 'roster-contacts', title: '学员通讯录' },
  { id: 'roster-groups', title: '分组名单' },
  { id: 'roster-desk-cards', title: '席卡' },
] as const

export type RosterSheetId = (typeof ROSTER_SHEETS)[number]['id']
