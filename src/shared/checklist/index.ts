// The head teacher's duty checklist (班主任班务工作事项表, seed 000 附1): templates, versions,
// a class's copy, due dates, progress and 我的待办.
export * from './types'
export { KEY_CLASS_TEMPLATE } from './keyClassTemplate'
export { ORDINARY_CLASS_TEMPLATE } from './ordinaryClassTemplate'
export { BUILTIN_TEMPLATES, latestTemplates, latestVersion, templateForTier } from './templateLibrary'
export {
  addItem,
  duplicateTemplate,
  moveItem,
  nextItemCode,
  reinstateItem,
  renameTemplate,
  retireItem,
  rewordItem,
  setItemDepartments,
  setItemDueRule,
  type NewTemplateItem,
} from './templateVersioning'
export {
  defaultResponsible,
  instantiateChecklist,
  isUntouched,
  recomputeDueDates,
  setItemDue,
  setItemNote,
  setItemResponsible,
  setItemStatus,
  tickCloses,
  tickTask,
  updateItem,
  type ResponsibleDefaults,
} from './classChecklist'
export {
  applyTemplateUpdate,
  describeTemplateUpdate,
  pendingTemplateUpdate,
  type ItemRef,
  type TemplateUpdateSummary,
} from './templateUpdate'
export {
  defaultDueRule,
  describeDueRule,
  dueDateFor,
  dueRuleForDate,
  DUE_AFTER_END,
  DUE_BEFORE_START,
  DUE_BY_END,
  DUE_DAY_AFTER_START,
  DUE_DAY_BEFORE_END,
  DUE_DAY_BEFORE_START,
  DUE_ON_START,
} from './dueDates'
export {
  checklistSummary,
  filterByDepartment,
  isOverdue,
  overdueItems,
  phaseProgress,
  type PhaseProgress,
  type StatusCounts,
} from './progress'
export { myTodo, type ClassItems, type TodoEntry, type TodoOwner } from './myTodo'
export { checklistTable, formatDepartments, type MatterGroup, type PhaseBlock } from './tableLayout'
export { addDays, daysBetween, isIsoDate, isoWeekOf } from './isoDate'
export {
  checklistTemplateSchema,
  classChecklistItemSchema,
  dueRuleSchema,
  responsibleDepartmentSchema,
  templateItemInputSchema,
} from './schema'
