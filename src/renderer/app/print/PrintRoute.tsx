import { useParams, useSearchParams } from 'react-router'
import Alert from '@mui/material/Alert'
import { useLiveClass } from '../../db/classes/classHooks'
import { useSettings } from '../../db/core/settingsHooks'
import { PRINT_SHEETS } from './sheetRegistry'

/** Opens a registered sheet of a class in the print preview. */
export function PrintRoute() {
  const { classId, sheetId = '' } = useParams()
  const [query] = useSearchParams()
  const cls = useLiveClass(classId)
  const settings = useSettings()
  const sheet = PRINT_SHEETS[sheetId]
  if (cls === undefined || settings === undefined) return null
  if (!cls || !sheet || !settings)
    return (
      <Alert severity="warning" action={<a href="#/classes">返回班次列表</a>}>
        找不到要打印的内容（{sheetId}）。
      </Alert>
    )
  return <>{sheet.render({ cls, schoolName: settings.schoolName, query })}</>
}
