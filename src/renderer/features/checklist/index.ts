/** What other parts of the app may use of this area; everything else in the folder is its own. */
export { ChecklistPrintSheet } from './ChecklistPrintSheet'
export { ClassChecklistTab } from './ClassChecklistTab'
export { ClassesChecklistProgress } from './ClassesChecklistProgress'
export { MyTodoPage } from './MyTodoPage'
/** Who is doing this (设置's current user, else asked): the roll call's 完成点名 records it too. */
export { useActor } from './useActor'
export { TemplateLibraryPage } from './templates/TemplateLibraryPage'
