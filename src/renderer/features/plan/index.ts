/** What other parts of the app may use of this area; everything else in the folder is its own. */
export { PlanTab } from './PlanTab'
