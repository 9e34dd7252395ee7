import { useLiveQuery } from 'dexie-react-hooks'
import { useData } from './DataProvider'
import type { InstallationSettings } from './settingsRepository'

/** `null` until first-run setup is done; `undefined` while loading. */
export function useSettings(): InstallationSettings | null | undefined {
  const { settings } = useData()
  return useLiveQuery(async () => (await settings.get()) ?? null, [settings])
}
