import { useState } from 'react'
import { useSearchParams } from 'react-router'

/**
 * The 考勤 tab's choices (view, session, sheet order), kept in the address so a print sheet's
 * 返回 and a reload come back to them — and, until the address has caught up, in component state.
 *
 * The router commits a change of address as a React transition: the tab re-renders for the new
 * session later, at low priority, and until it has, every button on screen still holds the
 * previous render's session. "打印本节签到表" clicked just after choosing a session then printed
 * the one before it (issue 11 point 6; about 1 try in 4). A choice is therefore also set as urgent
 * state, which React commits before the next click is handled. It holds only over the address it
 * was made on: once the address changes (this choice arriving, or a link elsewhere), the address
 * is the truth again.
 */
export function useTabQuery(): [URLSearchParams, (patch: Record<string, string>) => void] {
  const [query, setQuery] = useSearchParams()
  const [chosen, setChosen] = useState<{ over: string; params: URLSearchParams } | null>(null)
  const address = query.toString()
  const current = chosen && chosen.over === address ? chosen.params : query
  const set = (patch: Record<string, string>) => {
    const next = new URLSearchParams(current)
    for (const [k, v] of Object.entries(patch)) next.set(k, v)
    setChosen({ over: address, params: next })
    setQuery(next, { replace: true })
  }
  return [current, set]
}
