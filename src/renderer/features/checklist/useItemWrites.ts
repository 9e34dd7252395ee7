import { checklistStatusLabel, tickCloses, type ClassChecklistItem } from '@shared/checklist'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { useData } from '../../db/core/DataProvider'
import type { useActor } from './useActor'

/** The writes a tick or a 完成 makes, shared by a class's 班务事项 tab and 我的待办. */
export interface ItemWrites {
  /** Ticks a line; ticking the last open line completes the item (asking who when needed), undoable. */
  tick: (classId: string, item: ClassChecklistItem, index: number, done: boolean) => void
  /** Closes the item as 已完成 (asking who when needed), undoable. */
  complete: (classId: string, item: ClassChecklistItem) => void
}

function shortMatter(item: ClassChecklistItem): string {
  return item.matter.replace(/\s+/g, '')
}

export function useItemWrites(actor: ReturnType<typeof useActor>): ItemWrites {
  const { checklists } = useData()
  const notify = useNotify()
  const fail = (e: unknown) => notify(errorMessage(e), 'error')

  return {
    tick: (classId, item, index, done) => {
      if (!tickCloses(item, index, done)) {
        void checklists.tickTask(classId, item.code, index, done).catch(fail)
        return
      }
      void actor.run(async (by) => {
        await checklists.tickTask(classId, item.code, index, true, by)
        notify(`具体工作已全部勾选，“${shortMatter(item)}”已完成`, 'success', {
          label: '撤销',
          run: () => void checklists.tickTask(classId, item.code, index, false).catch(fail),
        })
      })
    },
    complete: (classId, item) => {
      const before = item.status
      void actor.run(async (by) => {
        await checklists.setStatus(classId, item.code, 'done', by)
        notify(`“${shortMatter(item)}”已完成`, 'success', {
          label: '撤销',
          run: () =>
            void checklists
              .setStatus(classId, item.code, before, by)
              .then(() => notify(`已撤销，恢复为“${checklistStatusLabel(before)}”`))
              .catch(fail),
        })
      })
    },
  }
}
