import type { BanwuApi } from '../../preload/api'
import { createBrowserPlatform } from './browserPlatform'
import { createElectronPlatform } from './electronPlatform'
import type { Platform } from './types'

/** The Electron bridge when the preload script put `api` on the window, otherwise browser APIs. */
export function choosePlatform(host: { api?: BanwuApi } | undefined): Platform {
  return host?.api ? createElectronPlatform(host.api) : createBrowserPlatform()
}

export const platform: Platform = choosePlatform(typeof window === 'undefined' ? undefined : window)

export type * from './types'
