/** What other parts of the app may use of this area; everything else in the folder is its own. */
export { ClassDetailPage } from './ClassDetailPage'
export { ClassListPage } from './ClassListPage'
export { ClassTable } from './ClassTable'
export { FinishSuggestions } from './FinishSuggestions'
export { NewClassButton } from './NewClassButton'
