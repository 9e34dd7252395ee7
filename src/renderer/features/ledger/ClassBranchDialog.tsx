import { useState } from 'react'
import Alert from '@mui/material/Alert'
import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { LEDGER_TEMPLATES, ledgerSchemeRecordId } from '@shared/ledger/scheme'
import { useClassPartyMembers } from '../../db/ledger/ledgerHooks'
import { FormDialog } from '../../ui/FormDialog'
import { useData } from '../../db/core/DataProvider'
import { useLiveClasses } from '../../db/classes/classHooks'
import { SchemeSelect, schemeRecordFor } from './schemeChoice'

const CLASS_SCHEME = ledgerSchemeRecordId(LEDGER_TEMPLATES[1]!.schemeId, LEDGER_TEMPLATES[1]!.version)

/** 建立班次临时党支部: the class's students whose 政治面貌 says 党员 become its members. */
export function ClassBranchDialog(props: { onClose: () => void; onCreated: (id: string) => void }) {
  const { ledger } = useData()
  const classes = useLiveClasses() ?? []
  const [classId, setClassId] = useState('')
  const [scheme, setScheme] = useState(CLASS_SCHEME)
  const members = useClassPartyMembers(classId)
  const cls = classes.find((c) => c.id === classId)
  const submit = async () => {
    if (!cls) throw new Error('请选择班次')
    if (!members || members.length === 0) throw new Error('这个班次的花名册中没有党员（政治面貌含“党员”）')
    const schemeRecordId = await schemeRecordFor(ledger, scheme)
    const branch = await ledger.createBranch(
      {
        classId: cls.id,
        name: `${cls.name}临时党支部`,
        schemeRecordId,
        year: Number((cls.startDate || new Date().toISOString()).slice(0, 4)),
      },
      members,
    )
    props.onCreated(branch.id)
  }
  return (
    <FormDialog title="建立班次临时党支部" submitLabel="建立" onClose={props.onClose} onSubmit={submit}>
      <TextField
        select
        label="班次"
        value={classId}
        onChange={(e) => setClassId(e.target.value)}
        fullWidth
        margin="dense"
      >
        {classes.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      <SchemeSelect value={scheme} onChange={setScheme} />
      {members && (
        <Alert severity={members.length > 0 ? 'info' : 'warning'} sx={{ mt: 1 }}>
          {members.length > 0
            ? `花名册中有 ${members.length} 名党员：${members.map((m) => m.name).join('、')}`
            : '这个班次的花名册中没有党员（政治面貌含“党员”）。'}
        </Alert>
      )}
      <Typography variant="caption" color="text.secondary">
        临时党支部随班次一起同步；成员取自花名册中政治面貌为中共党员、中共预备党员的学员。
      </Typography>
    </FormDialog>
  )
}
