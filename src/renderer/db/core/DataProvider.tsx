import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { openData, type DataAccess } from './openData'
import { diagnose } from './recovery'
import type { StartupDiagnosis } from './startupDiagnosis'

/** Why the database could not be opened, and what the start screen offers (recovery.ts). */
export interface StartupFailure {
  error: string
  diagnosis: StartupDiagnosis
}

const DataContext = createContext<DataAccess | null>(null)

/** Opens the database once and hands the repositories to the tree below. */
export function DataProvider({
  children,
  fallback,
}: {
  children: ReactNode
  fallback: (failure?: StartupFailure) => ReactNode
}) {
  const [data, setData] = useState<DataAccess | null>(null)
  const [error, setError] = useState<StartupFailure>()

  useEffect(() => {
    let cancelled = false
    openData().then(
      (d) => {
        if (cancelled) d.db.close()
        else setData(d)
      },
      async (e: unknown) => {
        const message = e instanceof Error ? e.message : String(e)
        const diagnosis = await diagnose(e).catch((): StartupDiagnosis => ({
          screen: 'recovery',
          problems: [{ area: 'database', detail: `本机数据库无法打开：${message}` }],
          repair: null,
        }))
        if (!cancelled) setError({ error: message, diagnosis })
      },
    )
    return () => {
      cancelled = true
    }
  }, [])

  if (!data) return <>{fallback(error)}</>
  return <DataContext.Provider value={data}>{children}</DataContext.Provider>
}

/**
 * The repositories, for components and live-query hooks. The database itself is not handed out:
 * every read and write goes through a repository, which validates and stamps it.
 */
export type Repositories = Omit<DataAccess, 'db'>

export function useData(): Repositories {
  const data = useContext(DataContext)
  if (!data) throw new Error('useData must be used inside DataProvider')
  return data
}
