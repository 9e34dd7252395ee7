import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import { LEDGER_TEMPLATES, ledgerSchemeRecordId } from '@shared/ledger/scheme'
import type { LedgerRepository } from '../../db/ledger/ledgerRepository'
import { useLedgerSchemes } from '../../db/ledger/ledgerHooks'

/** The schemes a branch may follow: the school's stored versions, and seed 004's templates not yet copied. */
export function SchemeSelect(props: { value: string; onChange: (v: string) => void }) {
  const stored = useLedgerSchemes() ?? []
  const storedIds = new Set(stored.map((s) => s.id))
  const templates = LEDGER_TEMPLATES.filter(
    (t) => !storedIds.has(ledgerSchemeRecordId(t.schemeId, t.version)),
  )
  return (
    <TextField
      select
      label="党性锻炼方案"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      fullWidth
      margin="dense"
    >
      {stored.map((s) => (
        <MenuItem key={s.id} value={s.id}>
          {s.name}（第 {s.version} 版）
        </MenuItem>
      ))}
      {templates.map((t) => (
        <MenuItem key={t.schemeId} value={ledgerSchemeRecordId(t.schemeId, t.version)}>
          {t.name}（模板）
        </MenuItem>
      ))}
    </TextField>
  )
}

export const DEFAULT_SCHEME = ledgerSchemeRecordId(
  LEDGER_TEMPLATES[0]!.schemeId,
  LEDGER_TEMPLATES[0]!.version,
)

/** The stored scheme record id for a choice, copying a template into the school's schemes first. */
export async function schemeRecordFor(ledger: LedgerRepository, choice: string): Promise<string> {
  const template = LEDGER_TEMPLATES.find((t) => ledgerSchemeRecordId(t.schemeId, t.version) === choice)
  if (template && !(await ledger.schemes.get(choice)))
    return (await ledger.adoptTemplate(template.schemeId)).id
  return choice
}
