import { useMemo } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import LinearProgress from '@mui/material/LinearProgress'
import Step from '@mui/material/Step'
import StepLabel from '@mui/material/StepLabel'
import Stepper from '@mui/material/Stepper'
import Typography from '@mui/material/Typography'
import { decideRow } from '../../../db/roster/rosterImportPlan'
import { MappingStep } from './MappingStep'
import { PreviewStep } from './PreviewStep'
import { SheetStep } from './SheetStep'
import { SummaryStep } from './SummaryStep'
import { sheetsToChoose, useRosterImport, type ChosenFile, type ImportStage } from './useRosterImport'

const STEPS = ['读取文件', '核对列', '预览', '完成']
const STEP_INDEX: Record<ImportStage['step'], number> = {
  reading: 0,
  failed: 0,
  sheet: 0,
  mapping: 1,
  checking: 2,
  preview: 2,
  committing: 2,
  done: 3,
}

/**
 * 导入花名册: read → (sheet) → columns → preview → confirm → summary. Nothing is written until
 * 确认导入, and then everything in one transaction; 取消 at any step leaves the roster as it was.
 */
export function RosterImportDialog(props: {
  classId: string
  file: ChosenFile
  onClose: () => void
  onPickAnother: () => void
}) {
  const flow = useRosterImport(props.classId, props.file)
  const { stage } = flow
  const toImport = useMemo(
    () =>
      (flow.validation?.rows ?? []).filter(
        (row, i) =>
          decideRow(row, flow.classifications[i] ?? { kind: 'new' }, flow.choices).action !== 'skip',
      ).length,
    [flow.validation, flow.classifications, flow.choices],
  )
  const severalSheets = flow.workbook ? sheetsToChoose(flow.workbook).length > 1 : false
  const busy = stage.step === 'committing'
  const close = () => {
    if (!busy) props.onClose()
  }

  return (
    <Dialog open onClose={close} fullWidth maxWidth="xl" aria-labelledby="roster-import-title">
      <DialogTitle id="roster-import-title">导入花名册：{props.file.name}</DialogTitle>
      <DialogContent dividers>
        <Stepper activeStep={STEP_INDEX[stage.step]} sx={{ mb: 3 }}>
          {STEPS.map((label) => (
            <Step key={label}>
              <StepLabel>{label}</StepLabel>
            </Step>
          ))}
        </Stepper>
        {stage.step === 'reading' && (
          <Box>
            <Typography gutterBottom>
              正在读取“{props.file.name}”…… {Math.round(stage.fraction * 100)}%
            </Typography>
            <LinearProgress variant="determinate" value={stage.fraction * 100} aria-label="读取进度" />
          </Box>
        )}
        {stage.step === 'failed' && (
          <Alert severity="error" role="alert">
            {stage.message}
            <div>花名册没有任何改动。</div>
          </Alert>
        )}
        {stage.step === 'sheet' && <SheetStep flow={flow} />}
        {stage.step === 'mapping' && <MappingStep flow={flow} />}
        {(stage.step === 'checking' || stage.step === 'committing') && (
          <Box>
            <Typography gutterBottom>
              {stage.step === 'checking' ? '正在检查每一行……' : '正在导入……'}
            </Typography>
            <LinearProgress aria-label={stage.step === 'checking' ? '检查进度' : '导入进度'} />
          </Box>
        )}
        {stage.step === 'preview' && <PreviewStep flow={flow} />}
        {stage.step === 'done' && <SummaryStep summary={stage.summary} rows={flow.validation?.rows ?? []} />}
      </DialogContent>
      <DialogActions>
        {stage.step === 'done' ? (
          <Button variant="contained" onClick={props.onClose}>
            完成
          </Button>
        ) : (
          <Button onClick={close} disabled={busy}>
            取消
          </Button>
        )}
        {stage.step === 'failed' && (
          <Button variant="contained" onClick={props.onPickAnother}>
            重新选择文件
          </Button>
        )}
        {stage.step === 'sheet' && (
          <Button variant="contained" onClick={() => flow.confirmSheet(flow.sheetName ?? '')}>
            下一步
          </Button>
        )}
        {stage.step === 'mapping' && severalSheets && (
          <Button onClick={() => flow.setStage({ step: 'sheet' })}>上一步</Button>
        )}
        {stage.step === 'mapping' && (
          <Button
            variant="contained"
            disabled={!flow.mapping || flow.mapping.byField.name === undefined}
            onClick={() => void flow.toPreview()}
          >
            下一步：预览
          </Button>
        )}
        {stage.step === 'preview' && (
          <Button onClick={() => flow.setStage({ step: 'mapping' })}>上一步</Button>
        )}
        {(stage.step === 'preview' || stage.step === 'committing') && (
          <Button variant="contained" disabled={busy || toImport === 0} onClick={() => void flow.commit()}>
            确认导入（{toImport} 人）
          </Button>
        )}
      </DialogActions>
    </Dialog>
  )
}
