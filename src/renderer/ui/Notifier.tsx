import { createContext, useCallback, useContext, useState, type ReactNode } from 'react'
import Alert, { type AlertColor } from '@mui/material/Alert'
import Snackbar from '@mui/material/Snackbar'

interface Notice {
  message: string
  severity: AlertColor
  key: number
}

type Notify = (message: string, severity?: AlertColor) => void

const NotifierContext = createContext<Notify>(() => undefined)

/** One place for short confirmations and errors ("已保存", "已移入回收站"). */
export function NotifierProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null)
  const notify = useCallback<Notify>((message, severity = 'success') => {
    setNotice({ message, severity, key: Date.now() })
  }, [])
  return (
    <NotifierContext.Provider value={notify}>
      {children}
      <Snackbar
        key={notice?.key}
        open={notice !== null}
        autoHideDuration={notice?.severity === 'error' ? 8000 : 3000}
        onClose={() => setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity={notice?.severity ?? 'info'} variant="filled" onClose={() => setNotice(null)}>
          {notice?.message}
        </Alert>
      </Snackbar>
    </NotifierContext.Provider>
  )
}

export function useNotify(): Notify {
  return useContext(NotifierContext)
}

/** A Chinese message for any thrown value. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}
