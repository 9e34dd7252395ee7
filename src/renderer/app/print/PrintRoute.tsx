import { useParams, useSearchParams } from 'react-router'
import Alert from '@mui/material/Alert'
import { useLiveClass } from '../../db/classes/classHooks'
import { useSettings } from '../../db/core/settingsHooks'
import type { PrintSheetId } from '../../ui/print/printPath'
import { PRINT_SHEETS } from './sheetRegistry'

/** Opens a registered sheet of a class in the print preview. */
export function PrintRoute() {
  const { classId, sheetId = '' } = useParams()
  const [query] = useSearchParams()
  const cls = useLiveClass(classId)
  const settings = useSettings()
  const sheet = Object.hasOwn(PRINT_SHEETS, sheetId) ? PRINT_SHEETS[sheetId as PrintSheetId] : undefined
  if (cls === undefined || settings === undefined) return null
  if (!cls || !sheet || !settings)
    return (
      <Alert severity="warning" action={<a href="#/classes">返回班次列表</a>}>
        找不到要打印的内容（{sheetId}）。
      </Alert>
    )
  return <>{sheet.render({ cls, schoolName: settings.schoolName, query })}</>
}
