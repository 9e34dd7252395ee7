import { useState } from 'react'
import AddIcon from '@mui/icons-material/Add'
import Button from '@mui/material/Button'
import { newClassDraft } from '@shared/domain/trainingClass'
import { useNotify } from '../../ui/Notifier'
import { useData } from '../../db/core/DataProvider'
import { todayIso } from '../../ui/dates'
import { ClassFormDialog } from './ClassFormDialog'

export function NewClassButton({ onCreated }: { onCreated: (id: string) => void }) {
  const { classes } = useData()
  const notify = useNotify()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button variant="contained" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
        新建班次
      </Button>
      {open && (
        <ClassFormDialog
          title="新建班次"
          initial={newClassDraft(todayIso())}
          onClose={() => setOpen(false)}
          onSubmit={async (value) => {
            const created = await classes.createClass(value)
            setOpen(false)
            notify(`已创建班次“${created.name}”`)
            onCreated(created.id)
          }}
        />
      )}
    </>
  )
}
