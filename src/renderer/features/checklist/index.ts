/** What other parts of the app may use of this area; everything else in the folder is its own. */
export { ChecklistPrintSheet } from './ChecklistPrintSheet'
export { ClassChecklistTab } from './ClassChecklistTab'
export { ClassesChecklistProgress } from './ClassesChecklistProgress'
export { MyTodoPage } from './MyTodoPage'
export { TemplateLibraryPage } from './templates/TemplateLibraryPage'
