/**
 * Peak memory of a benchmark step: `process.memoryUsage()` sampled on a timer and whenever the
 * code under test reports progress (a timer cannot fire during one long synchronous call such as
 * JSON.stringify, so the steps call `sample()` right after their big allocations). The baseline
 * is taken after a full GC (run node with --expose-gc) at `start()`.
 */

interface NodeProcess {
  memoryUsage(): { rss: number; heapUsed: number; external: number; arrayBuffers: number }
}

const proc = (globalThis as { process?: NodeProcess }).process
const gc = (globalThis as { gc?: () => void }).gc

export interface MemoryPeak {
  /** MB at the start, after GC. */
  baseRssMb: number
  baseHeapMb: number
  /** Highest MB seen during the run. */
  peakRssMb: number
  /** heapUsed + external (ArrayBuffers of the file and its chunks live outside the JS heap). */
  peakHeapMb: number
  samples: number
}

const MB = 1024 * 1024

export class MemorySampler {
  private timer: ReturnType<typeof setInterval> | undefined
  private peak = { rss: 0, heap: 0 }
  private base = { rss: 0, heap: 0 }
  private samples = 0

  sample(): void {
    if (!proc) return
    const m = proc.memoryUsage()
    this.samples++
    if (m.rss > this.peak.rss) this.peak.rss = m.rss
    const heap = m.heapUsed + m.external
    if (heap > this.peak.heap) this.peak.heap = heap
  }

  start(): void {
    gc?.()
    if (proc) {
      const m = proc.memoryUsage()
      this.base = { rss: m.rss, heap: m.heapUsed + m.external }
    }
    this.peak = { ...this.base }
    this.samples = 0
    this.timer = setInterval(() => this.sample(), 5)
  }

  stop(): MemoryPeak {
    clearInterval(this.timer)
    this.sample()
    return {
      baseRssMb: Math.round(this.base.rss / MB),
      baseHeapMb: Math.round(this.base.heap / MB),
      peakRssMb: Math.round(this.peak.rss / MB),
      peakHeapMb: Math.round(this.peak.heap / MB),
      samples: this.samples,
    }
  }
}
