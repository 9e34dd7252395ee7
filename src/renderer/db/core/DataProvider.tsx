import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { openData, type DataAccess } from './openData'

const DataContext = createContext<DataAccess | null>(null)

/** Opens the database once and hands the repositories to the tree below. */
export function DataProvider({
  children,
  fallback,
}: {
  children: ReactNode
  fallback: (error?: string) => ReactNode
}) {
  const [data, setData] = useState<DataAccess | null>(null)
  const [error, setError] = useState<string>()

  useEffect(() => {
    let cancelled = false
    openData().then(
      (d) => {
        if (cancelled) d.db.close()
        else setData(d)
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
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
