import type { ReactNode } from 'react'
import { useLocation } from 'react-router'
import { ErrorBoundary } from '../ui/ErrorBoundary'

/**
 * One error boundary per area (route): a damaged record breaks only the area
 * that shows it, the navigation keeps working, and going to another address
 * tries again.
 */
export function AreaBoundary({ area, children }: { area: string; children: ReactNode }) {
  const { pathname } = useLocation()
  return (
    <ErrorBoundary area={area} resetKey={pathname}>
      {children}
    </ErrorBoundary>
  )
}
