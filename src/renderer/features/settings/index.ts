/** What other parts of the app may use of this area; everything else in the folder is its own. */
export { InstallationForm } from './InstallationForm'
export { SettingsPage } from './SettingsPage'
export { formatBytes, useRequestPersistentStorage, useStorageStatus } from './storage'
export { StorageWarnings } from './StorageWarnings'
