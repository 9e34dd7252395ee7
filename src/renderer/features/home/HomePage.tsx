import { useNavigate } from 'react-router'
import Grid from '@mui/material/Grid'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { sortClasses } from '@shared/domain/classFilter'
import { PageHeader } from '../../ui/PageHeader'
import { useLiveClasses } from '../../db/classes/classHooks'
import { useSettings } from '../../db/core/settingsHooks'
import { ClassTable, FinishSuggestions } from '../classes'
import { NewClassButton } from '../classes'
import { ClassesChecklistProgress } from '../checklist'
import { AssessmentDueList } from '../assessment'
import { StorageWarnings, useStorageStatus } from '../settings'
import { BranchesBehind } from '../ledger'

export function HomePage() {
  const classes = useLiveClasses()
  const settings = useSettings()
  const navigate = useNavigate()
  const [storage] = useStorageStatus()
  const active = sortClasses(
    (classes ?? []).filter((c) => c.status === 'running' || c.status === 'preparing'),
  )
  const counts = [
    ['进行中', (classes ?? []).filter((c) => c.status === 'running').length],
    ['筹备中', (classes ?? []).filter((c) => c.status === 'preparing').length],
    ['已结业', (classes ?? []).filter((c) => c.status === 'finished').length],
  ] as const
  return (
    <>
      <PageHeader
        title="首页"
        subtitle={settings?.currentUser ? `${settings.currentUser}，您好` : undefined}
        actions={<NewClassButton onCreated={(id) => void navigate(`/classes/${id}`)} />}
      />
      <StorageWarnings status={storage} compact />
      <Grid container spacing={2} sx={{ mb: 3 }}>
        {counts.map(([label, n]) => (
          <Grid key={label} size={{ xs: 12, sm: 4 }}>
            <Paper sx={{ p: 2 }}>
              <Typography color="text.secondary">{label}的班次</Typography>
              <Typography variant="h4">{n}</Typography>
            </Paper>
          </Grid>
        ))}
      </Grid>
      <Typography variant="h6" gutterBottom>
        进行中和筹备中的班次
      </Typography>
      <FinishSuggestions classes={active} />
      <ClassTable classes={active} onOpen={(id) => void navigate(`/classes/${id}`)} />
      {active.length > 0 && (
        <Typography variant="h6" gutterBottom sx={{ mt: 3 }}>
          班务事项进度
        </Typography>
      )}
      <ClassesChecklistProgress classes={active} />
      <BranchesBehind />
      <AssessmentDueList classes={active} />
    </>
  )
}
