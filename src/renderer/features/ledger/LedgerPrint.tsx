import { useMemo } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import Alert from '@mui/material/Alert'
import { branchOverview } from '@shared/ledger/overview'
import { PrintView } from '../../ui/print/PrintView'
import { todayIso } from '../../ui/dates'
import { useSettings } from '../../db/core/settingsHooks'
import { useData } from '../../db/core/DataProvider'
import FormControlLabel from '@mui/material/FormControlLabel'
import Switch from '@mui/material/Switch'
import { useBranchData, useBranchOrgLife } from '../../db/ledger/ledgerHooks'
import { LEDGER_SHEETS, type LedgerSheetId } from './ledgerPrintPath'
import './ledgerPrint.css'
import { AppraisalSheets, RegisterSheets } from './memberSheets'
import { BlankSurveySheet, LedgerSheet, PublishSheet, QuarterSheet } from './branchSheets'

/** The print route of a branch's sheets: /ledger/:branchId/print/:sheet (?member=ID for one member). */
export function LedgerPrintRoute() {
  const { branchId, sheet = '' } = useParams()
  const [query] = useSearchParams()
  const data = useBranchData(branchId)
  const settings = useSettings()
  const navigate = useNavigate()
  const { ledger } = useData()
  const today = todayIso()
  const orgLife = useBranchOrgLife(data)
  const rows = useMemo(
    () =>
      data
        ? branchOverview(
            data.scheme,
            data.members,
            data.entries,
            data.reviews,
            data.branch.year,
            today,
            orgLife,
          )
        : [],
    [data, today, orgLife],
  )
  // Wait for the roll call's count too, so a sheet never prints 组织生活 without it.
  if (data === undefined || settings === undefined || orgLife === undefined) return null
  const title = Object.hasOwn(LEDGER_SHEETS, sheet) ? LEDGER_SHEETS[sheet as LedgerSheetId] : undefined
  if (!data || !settings || !title)
    return (
      <Alert severity="warning" action={<a href="#/ledger">返回党性锻炼</a>}>
        找不到要打印的内容（{sheet}）。
      </Alert>
    )
  const id = sheet as LedgerSheetId
  const memberId = query.get('member')
  const back = () =>
    void navigate(memberId ? `/ledger/${data.branch.id}/members/${memberId}` : `/ledger/${data.branch.id}`)
  // Printed in the roster's order (the member list), not the screen's attention order.
  const order = new Map(data.members.map((m, i) => [m.id, i]))
  const listed = [...rows].sort((a, b) => order.get(a.member.id)! - order.get(b.member.id)!)
  const chosen = memberId ? listed.filter((r) => r.member.id === memberId) : listed
  const props = { data, rows: chosen, schoolName: settings.schoolName, today }
  const landscape = id === 'ledger'
  const quarter = /^\d{4}-Q[1-4]$/.test(query.get('quarter') ?? '') ? query.get('quarter')! : null
  const reported = quarter !== null && (data.branch.reportedQuarters ?? []).includes(quarter)
  const member = memberId ? chosen[0]?.member.name : undefined
  return (
    <PrintView
      title={title}
      fileName={`${data.branch.name}-${data.branch.year}年${title}${member ? `-${member}` : ''}`}
      landscape={landscape}
      pageNumbers
      onBack={back}
      options={
        id === 'quarter' && quarter ? (
          <FormControlLabel
            control={
              <Switch
                checked={reported}
                onChange={(e) => void ledger.setQuarterReported(data.branch, quarter, e.target.checked)}
              />
            }
            label="已上报"
          />
        ) : undefined
      }
    >
      {id === 'ledger' && <LedgerSheet {...props} />}
      {id === 'appraisal' && <AppraisalSheets {...props} />}
      {id === 'register' && <RegisterSheets {...props} />}
      {id === 'publish' && <PublishSheet {...props} />}
      {(id === 'survey' || id === 'satisfaction') && <BlankSurveySheet {...props} kind={id} />}
      {id === 'quarter' && quarter && <QuarterSheet {...props} quarter={quarter} />}
    </PrintView>
  )
}
