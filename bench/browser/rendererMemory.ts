import { readdirSync, readFileSync } from 'node:fs'

/**
 * The renderer's memory as the operating system sees it: /proc/<pid>/status of the Chromium
 * renderer processes started for one profile (their command line names its --user-data-dir).
 * VmHWM is the peak resident set since the process started, so a measurement runs in a freshly
 * launched browser; the app's workers are threads of its renderer and are included.
 * performance.measureUserAgentSpecificMemory() is not available: it needs cross-origin
 * isolation, which the app's server does not set.
 */

export interface RendererMemory {
  pid: number
  rssMb: number
  peakMb: number
}

function status(pid: string, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return m ? Math.round(Number(m[1]) / 1024) : 0
}

/** The renderers of the profile in `userDataDir`, largest peak first. */
export function renderers(userDataDir: string): RendererMemory[] {
  const out: RendererMemory[] = []
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
      if (!cmd.includes('--type=renderer') || !cmd.includes(`--user-data-dir=${userDataDir}`)) continue
      if (cmd.some((a) => a.startsWith('--extension-process') || a === '--top-chrome-webui')) continue
      out.push({ pid: Number(pid), rssMb: status(pid, 'VmRSS'), peakMb: status(pid, 'VmHWM') })
    } catch {
      // The process ended while being read.
    }
  }
  return out.sort((a, b) => b.peakMb - a.peakMb)
}
