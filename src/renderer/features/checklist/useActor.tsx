import { useState, type ReactNode } from 'react'
import { errorMessage, useNotify } from '../../ui/Notifier'
import type { Actor } from '../../db/checklist/checklistRepository'
import { useData } from '../../db/core/DataProvider'
import { useSettings } from '../../db/core/settingsHooks'
import { AskNameDialog } from './AskNameDialog'
import { nowLocal } from './format'

/**
 * Who is doing this. There are no logins: the current user set in 设置 when there is one, otherwise
 * the app asks (and may remember the answer for this PC). `run` reports errors as a notice.
 */
export function useActor(): {
  run: (action: (actor: Actor) => Promise<void>) => Promise<void>
  dialog: ReactNode
} {
  const settings = useSettings()
  const { settings: repo } = useData()
  const notify = useNotify()
  const [pending, setPending] = useState<((actor: Actor) => Promise<void>) | null>(null)

  const run = async (action: (actor: Actor) => Promise<void>) => {
    const person = settings?.currentUser.trim() ?? ''
    if (!person) {
      setPending(() => action)
      return
    }
    try {
      await action({ person, at: nowLocal() })
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  const dialog = pending && (
    <AskNameDialog
      onCancel={() => setPending(null)}
      onSubmit={async (person, remember) => {
        if (remember && settings) await repo.save({ ...settings, currentUser: person })
        await pending({ person, at: nowLocal() })
        setPending(null)
      }}
    />
  )
  return { run, dialog }
}
