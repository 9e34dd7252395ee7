export type ElectronBinary =
  { ok: true; path: string } | { ok: false; reason: 'no-package' | 'not-downloaded' | 'missing-file' }

export function findElectronBinary(electronDir: string, execPathOverride: string | undefined): ElectronBinary
