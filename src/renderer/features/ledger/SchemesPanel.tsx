import { useState } from 'react'
import Button from '@mui/material/Button'
import FormControlLabel from '@mui/material/FormControlLabel'
import Paper from '@mui/material/Paper'
import Switch from '@mui/material/Switch'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { thresholdReading, type LedgerSchemeFields } from '@shared/ledger/scheme'
import { FormDialog } from '../../ui/FormDialog'
import { useData } from '../../db/core/DataProvider'
import { useLedgerSchemes } from '../../db/ledger/ledgerHooks'
import type { LedgerSchemeRecord } from '../../db/ledger/ledgerRecords'

/** The school's ledger schemes (versions); changing one saves its next version. */
export function SchemesPanel() {
  const schemes = useLedgerSchemes()
  const [editing, setEditing] = useState<LedgerSchemeRecord | null>(null)
  const latest = new Map<string, number>()
  for (const s of schemes ?? []) latest.set(s.schemeId, Math.max(latest.get(s.schemeId) ?? 0, s.version))
  if (!schemes || schemes.length === 0) return null
  return (
    <Paper sx={{ p: 2 }}>
      <Typography variant="h6" gutterBottom>
        本校党性锻炼方案
      </Typography>
      <Table size="small" aria-label="方案">
        <TableHead>
          <TableRow>
            <TableCell>方案</TableCell>
            <TableCell>版本</TableCell>
            <TableCell>要求</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {schemes.map((s) => (
            <TableRow key={s.id}>
              <TableCell>{s.name}</TableCell>
              <TableCell>第 {s.version} 版</TableCell>
              <TableCell>{describe(s)}</TableCell>
              <TableCell>
                {latest.get(s.schemeId) === s.version && (
                  <Button size="small" onClick={() => setEditing(s)}>
                    修改（存为新版本）
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {editing && <SchemeDialog scheme={editing} onClose={() => setEditing(null)} />}
    </Paper>
  )
}

function describe(s: LedgerSchemeFields): string {
  if (s.kind === 'quantified' && s.thresholds) {
    const r = thresholdReading(s.thresholds)
    return `量化 ${s.quantifiedPercent}%＋民主测评 ${100 - s.quantifiedPercent}%；${r.commend}；${r.unqualified}`
  }
  const v = s.volunteer ? `；义工 ≥${s.volunteer.hours} 小时且 ≥${s.volunteer.times} 次` : ''
  return `${s.items.length} 项${v}`
}

function SchemeDialog(props: { scheme: LedgerSchemeRecord; onClose: () => void }) {
  const { ledger } = useData()
  const s = props.scheme
  const [name, setName] = useState(s.name)
  const [hours, setHours] = useState(String(s.volunteer?.hours ?? ''))
  const [times, setTimes] = useState(String(s.volunteer?.times ?? ''))
  const [t, setT] = useState(s.thresholds)
  const [percent, setPercent] = useState(String(s.quantifiedPercent))
  const submit = async () => {
    const { id: _i, createdAt: _c, deleted: _d, _hlc, _updated, _base, ...fields } = s
    await ledger.saveSchemeVersion(
      {
        ...fields,
        name: name.trim(),
        volunteer: s.volunteer ? { hours: Number(hours), times: Number(times) } : null,
        thresholds: t,
        quantifiedPercent: Number(percent),
      },
      s.version,
    )
    props.onClose()
  }
  return (
    <FormDialog
      title={`修改方案：${s.name}`}
      submitLabel="保存为新版本"
      onClose={props.onClose}
      onSubmit={submit}
    >
      <TextField
        label="方案名称"
        value={name}
        onChange={(e) => setName(e.target.value)}
        fullWidth
        margin="dense"
      />
      {s.volunteer && (
        <>
          <TextField
            label="义工总时长（小时）"
            value={hours}
            onChange={(e) => setHours(e.target.value)}
            margin="dense"
          />
          <TextField
            label="义工次数"
            value={times}
            onChange={(e) => setTimes(e.target.value)}
            margin="dense"
            sx={{ ml: 2 }}
          />
        </>
      )}
      {t && (
        <>
          <TextField
            label="量化考核占比（%）"
            value={percent}
            onChange={(e) => setPercent(e.target.value)}
            margin="dense"
          />
          <FormControlLabel
            control={
              <Switch
                checked={t.commendInclusive}
                onChange={(e) => setT({ ...t, commendInclusive: e.target.checked })}
              />
            }
            label={`“${t.commend}分以上”含 ${t.commend} 分`}
          />
          <FormControlLabel
            control={
              <Switch
                checked={t.unqualifiedInclusive}
                onChange={(e) => setT({ ...t, unqualifiedInclusive: e.target.checked })}
              />
            }
            label={`“${t.unqualified}分以下”含 ${t.unqualified} 分`}
          />
          <Typography variant="body2" color="text.secondary">
            {thresholdReading(t).commend}；{thresholdReading(t).unqualified}
            。默认按法律用语（民法典第一千二百五十九条）“以上”“以下”含本数。
          </Typography>
        </>
      )}
    </FormDialog>
  )
}
