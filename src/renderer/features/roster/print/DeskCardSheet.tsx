import { useNavigate } from 'react-router'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import type { ClassRecord } from '../../../db/core/database'
import type { RosterEntry } from '../../../db/roster/rosterQueries'
import { PrintView } from '../../../ui/print/PrintView'
import { unitAndPost, usePrintRoster } from './usePrintRoster'
import './rosterPrint.css'
import { printPath } from '../../../ui/print/printPath'

/**
 * 席卡 (desk name cards): one folded A4 tent per person, the name as large as fits on both
 * halves, the upper half upside down; ?detail=1 adds unit and post under the name.
 */
export function DeskCardSheet(props: { cls: ClassRecord; query: URLSearchParams }) {
  const { cls } = props
  const navigate = useNavigate()
  const roster = usePrintRoster(cls.id)
  const detail = props.query.get('detail') === '1'
  if (!roster) return null
  return (
    <PrintView
      title="席卡"
      fileName={`${cls.name}-席卡`}
      onBack={() => void navigate(`/classes/${cls.id}/roster`)}
      options={
        <FormControlLabel
          control={
            <Checkbox
              checked={detail}
              onChange={(e) =>
                void navigate(printPath(cls.id, 'roster-desk-cards', { detail: e.target.checked }), {
                  replace: true,
                })
              }
            />
          }
          label="显示单位和职务"
        />
      }
    >
      {roster.entries.map((e) => (
        <DeskCard key={e.enrollment.id} entry={e} detail={detail} />
      ))}
    </PrintView>
  )
}

/** Two- and three-character names fill the width; longer ones (少数民族, 复姓) shrink to fit. */
export function nameFontSize(name: string): string {
  const n = [...name].length
  if (n <= 2) return '150pt'
  if (n === 3) return '130pt'
  if (n === 4) return '100pt'
  return `${Math.max(36, Math.floor(400 / n))}pt`
}

function DeskCard({ entry, detail }: { entry: RosterEntry; detail: boolean }) {
  const name = entry.person.name
  // A two-character name is spaced out, as desk cards are set (王  芳).
  const spacing = [...name].length === 2 ? '0.5em' : '0.05em'
  // letter-spacing also follows the last character: the same on the left keeps the name centred.
  const style = { fontSize: nameFontSize(name), letterSpacing: spacing, paddingLeft: spacing }
  const face = (
    <>
      <div className="name" style={style}>
        {name}
      </div>
      {detail && unitAndPost(entry) && <div className="detail">{unitAndPost(entry)}</div>}
    </>
  )
  return (
    <section className="desk-card" aria-label={`席卡：${name}`}>
      <div className="half upside-down">{face}</div>
      <div className="half fold">{face}</div>
    </section>
  )
}
