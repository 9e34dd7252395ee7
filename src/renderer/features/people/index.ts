/** What other parts of the app may use of this area; everything else in the folder is its own. */
export { PeoplePage } from './PeoplePage'
export { PeopleRecycleBin } from './PeopleRecycleBin'
export { PersonPage } from './PersonPage'
