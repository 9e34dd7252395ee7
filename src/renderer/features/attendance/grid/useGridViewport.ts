import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { scrollToReveal, type Viewport } from './gridGeometry'

/**
 * The grid's scroll box and what of it is in view. Scroll events are folded into one measurement
 * per animation frame, so a fast scroll renders at most once per frame.
 */
export function useGridViewport() {
  const scroller = useRef<HTMLDivElement>(null)
  const [view, setView] = useState<Viewport>({ top: 0, left: 0, height: 600, width: 1000 })
  const frame = useRef(0)

  const measure = useCallback(() => {
    const el = scroller.current
    if (!el) return
    setView({ top: el.scrollTop, left: el.scrollLeft, height: el.clientHeight, width: el.clientWidth })
  }, [])
  useLayoutEffect(measure, [measure])
  useEffect(() => {
    window.addEventListener('resize', measure)
    return () => {
      window.removeEventListener('resize', measure)
      cancelAnimationFrame(frame.current)
    }
  }, [measure])

  const onScroll = useCallback(() => {
    cancelAnimationFrame(frame.current)
    frame.current = requestAnimationFrame(measure)
  }, [measure])

  /** Keeps a cell the keyboard moved to in view. */
  const reveal = useCallback((row: number, col: number) => {
    const el = scroller.current
    if (!el) return
    const now = { top: el.scrollTop, left: el.scrollLeft, height: el.clientHeight, width: el.clientWidth }
    const next = scrollToReveal(now, row, col)
    if (next.top !== now.top) el.scrollTop = next.top
    if (next.left !== now.left) el.scrollLeft = next.left
  }, [])

  return { scroller, view, onScroll, reveal }
}
