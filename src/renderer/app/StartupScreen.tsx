import Box from '@mui/material/Box'
import CircularProgress from '@mui/material/CircularProgress'
import type { StartupFailure } from '../db/core/DataProvider'
import { RecoveryScreen } from './RecoveryScreen'

/**
 * Shown while the database opens; when it cannot be opened, the recovery
 * screen (restore a backup, export the raw data, start fresh), never a blank screen.
 */
export function StartupScreen({ failure }: { failure?: StartupFailure }) {
  if (failure) return <RecoveryScreen failure={failure} />
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', p: 4 }}>
      <CircularProgress aria-label="正在打开数据" />
    </Box>
  )
}
