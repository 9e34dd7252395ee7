import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { checkTemplate, formatCertificateNumber } from '@shared/assessment/certificateNumber'
import { ValidationError } from '@shared/validationError'
import { useData } from '../../../db/core/DataProvider'
import type { CertificateSettings } from '../../../db/assessment/certificateHooks'
import { FormDialog } from '../../../ui/FormDialog'

/**
 * 证书编号设置: this office's code (per PC) and the school's numbering template (synced). The code
 * in every number is what keeps two offices from ever making the same number; the dialog says so.
 */
export function CertificateSettingsDialog(props: {
  officeCode: string
  settings: CertificateSettings
  onClose: () => void
}) {
  const { certificates, schoolSettings } = useData()
  const [code, setCode] = useState(props.officeCode)
  const [template, setTemplate] = useState(props.settings.template)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const check = checkTemplate(template)
  const example = check.ok
    ? formatCertificateNumber(template, {
        year: 2026,
        classCode: 'ZQ01',
        officeCode: code.trim().toUpperCase() || 'B',
        seq: 7,
      })
    : ''
  return (
    <FormDialog
      title="证书编号设置"
      submitLabel="保存"
      onClose={props.onClose}
      onFieldErrors={setErrors}
      onSubmit={async () => {
        if (!check.ok) throw new ValidationError({ template: check.message! })
        if (code.trim().toUpperCase() !== props.officeCode) await certificates.saveOfficeCode(code)
        const group = await schoolSettings.group('certificates')
        await schoolSettings.saveGroup('certificates', {
          certificateNumberTemplate: template.trim(),
          certificateLayout: group.certificateLayout ?? null,
        })
        props.onClose()
      }}
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <Alert severity="info">
          每个证书号码都含发证办公室的代码。各办公室只在自己的代码下顺序编号，所以两个办公室即使同时发证、没有联网，也不会编出相同的号码。请给本校每台发证的电脑设一个不同的代码；同步后如发现重号，会在证书页列出。
        </Alert>
        <TextField
          label="本办公室代码（本机）"
          value={code}
          onChange={(e) => setCode(e.target.value.toUpperCase())}
          error={Boolean(errors.officeCode)}
          helperText={errors.officeCode ?? '1 至 3 个大写字母，如本部 B、分校 F；发证前必须设置'}
          slotProps={{ htmlInput: { maxLength: 3 } }}
          autoFocus
        />
        <TextField
          label="证书编号规则（全校统一）"
          value={template}
          onChange={(e) => setTemplate(e.target.value)}
          error={!check.ok || Boolean(errors.template)}
          helperText={
            check.ok
              ? `示例：${example}。字段：{year} 年份，{class} 班次代码，{office} 办公室代码，{seq:3} 三位流水号`
              : check.message
          }
        />
        <Typography variant="body2" color="text.secondary">
          号码一经编发不再改变：补打证书沿用原号码；作废的号码不再使用。
        </Typography>
      </Stack>
    </FormDialog>
  )
}
