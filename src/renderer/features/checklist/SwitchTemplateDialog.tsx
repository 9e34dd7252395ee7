import { useState } from 'react'
import Alert from '@mui/material/Alert'
import FormControlLabel from '@mui/material/FormControlLabel'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Typography from '@mui/material/Typography'
import { isUntouched, latestTemplates, type ChecklistTemplate, type ClassChecklist } from '@shared/checklist'
import { FormDialog } from '../../ui/FormDialog'
import { templateTierLabel } from './templateLabels'

/**
 * Another template for a class that has not started. Says beforehand what happens to work already
 * recorded: items the new template shares keep it; the others are retired (hidden, not erased).
 */
export function SwitchTemplateDialog(props: {
  checklist: ClassChecklist
  library: readonly ChecklistTemplate[]
  started: boolean
  startDate: string
  onClose: () => void
  onSwitch: (templateId: string) => Promise<void>
}) {
  const { checklist } = props
  const choices = latestTemplates(props.library)
  const [chosen, setChosen] = useState<string>('')
  const target = choices.find((t) => t.id === chosen)
  const targetCodes = new Set(target?.items.filter((t) => !t.retired).map((t) => t.code) ?? [])
  const worked = checklist.items.filter((it) => !it.retired && !isUntouched({ ...checklist, items: [it] }))
  const lost = worked.filter((it) => !targetCodes.has(it.code))
  const kept = worked.length - lost.length

  return (
    <FormDialog
      title="切换事项表模板"
      dividers
      submitLabel="切换"
      submitColor={lost.length > 0 ? 'warning' : 'primary'}
      submitDisabled={props.started || !target}
      onClose={props.onClose}
      onSubmit={() => props.onSwitch(chosen)}
    >
      {props.started ? (
        <Alert severity="warning">
          班次已于 {props.startDate} 开班，不能再切换模板。模板的新版本可在“模板有更新”中应用。
        </Alert>
      ) : (
        <>
          <RadioGroup value={chosen} onChange={(e) => setChosen(e.target.value)} aria-label="模板">
            {choices.map((t) => (
              <FormControlLabel
                key={t.id}
                value={t.id}
                disabled={t.id === checklist.templateId}
                control={<Radio />}
                label={`${t.name}（${templateTierLabel(t.tier)}，第 ${t.version} 版${t.id === checklist.templateId ? '，当前使用' : ''}）`}
              />
            ))}
          </RadioGroup>
          {target &&
            (worked.length === 0 ? (
              <Alert severity="info" sx={{ mt: 2 }}>
                本班事项表还没有任何记录，切换不会丢失内容。
              </Alert>
            ) : (
              <Alert severity={lost.length > 0 ? 'warning' : 'info'} sx={{ mt: 2 }}>
                {kept > 0 && <div>两个模板共有的 {kept} 个事项保留现有进度。</div>}
                {lost.length > 0 && (
                  <>
                    <div>
                      以下 {lost.length}{' '}
                      个事项已有进度（状态、勾选或备注），新模板中没有。切换后它们将停用：不再显示、不计入进度、不打印；记录仍然保存，切换回原模板即可恢复。
                    </div>
                    <Typography component="ul" variant="body2" sx={{ m: 0, pl: 3 }}>
                      {lost.map((it) => (
                        <li key={it.code}>
                          {`${it.matter.replace('\n', '')}：${it.tasks[0]?.text ?? ''}`.slice(0, 60)}
                        </li>
                      ))}
                    </Typography>
                  </>
                )}
              </Alert>
            ))}
        </>
      )}
    </FormDialog>
  )
}
