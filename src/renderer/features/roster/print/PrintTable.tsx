import type { ReactNode } from 'react'
import type { RosterEntry } from '../../../db/roster/rosterQueries'

export interface PrintColumn {
  header: string
  value: (entry: RosterEntry, index: number) => ReactNode
  /** Width as CSS (e.g. '8mm'); columns without one share the rest. */
  width?: string
  align?: 'left' | 'center'
}

/** A bordered table of people; the header repeats on every printed page. */
export function PrintTable({
  columns,
  entries,
  label,
}: {
  columns: PrintColumn[]
  entries: RosterEntry[]
  label: string
}) {
  return (
    <table className="roster-print-table" aria-label={label}>
      <colgroup>
        {columns.map((c) => (
          <col key={c.header} style={c.width ? { width: c.width } : undefined} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header}>{c.header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {entries.map((e, i) => (
          <tr key={e.enrollment.id}>
            {columns.map((c) => (
              <td key={c.header} className={c.align === 'left' ? 'left' : undefined}>
                {c.value(e, i)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
