import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'
import Alert, { type AlertColor } from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Snackbar from '@mui/material/Snackbar'
import { storageErrorMessage } from './storageErrors'

interface Notice {
  message: string
  severity: AlertColor
  key: number
  action?: NoticeAction
}

/** A button on the notice, such as 撤销 after a tick that completed an item. */
export interface NoticeAction {
  label: string
  run: () => void
}

type Notify = (message: string, severity?: AlertColor, action?: NoticeAction) => void

const NotifierContext = createContext<Notify>(() => undefined)

/** One place for short confirmations and errors ("已保存", "已移入回收站"). */
export function NotifierProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null)
  const notify = useCallback<Notify>((message, severity = 'success', action) => {
    setNotice({ message, severity, key: Date.now(), action })
  }, [])
  // A write whose caller did not catch its failure: a full disk must still be explained.
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      const message = storageErrorMessage(event.reason)
      if (message) notify(message, 'error')
    }
    window.addEventListener('unhandledrejection', onRejection)
    return () => window.removeEventListener('unhandledrejection', onRejection)
  }, [notify])
  return (
    <NotifierContext.Provider value={notify}>
      {children}
      <Snackbar
        key={notice?.key}
        open={notice !== null}
        autoHideDuration={notice?.severity === 'error' || notice?.action ? 8000 : 3000}
        onClose={() => setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
        // A notice belongs to the screen: it must not end up on a printed sheet or PDF.
        sx={{ '@media print': { display: 'none' } }}
        data-testid="notice"
      >
        <Alert
          severity={notice?.severity ?? 'info'}
          variant="filled"
          onClose={() => setNotice(null)}
          action={
            notice?.action && (
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  notice.action?.run()
                  setNotice(null)
                }}
              >
                {notice.action.label}
              </Button>
            )
          }
        >
          {notice?.message}
        </Alert>
      </Snackbar>
    </NotifierContext.Provider>
  )
}

export function useNotify(): Notify {
  return useContext(NotifierContext)
}

/**
 * A Chinese message for any thrown value; a full disk or quota (however
 * wrapped) is explained with what to do (storageErrors.ts).
 */
export function errorMessage(e: unknown): string {
  return storageErrorMessage(e) ?? (e instanceof Error ? e.message : String(e))
}
