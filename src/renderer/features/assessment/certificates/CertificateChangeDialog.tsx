import { useState } from 'react'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { FormDialog } from '../../../ui/FormDialog'

/** 作废 or 补发 a certificate: who and why (the record keeps them with the time). */
export function CertificateChangeDialog(props: {
  kind: 'void' | 'reissue'
  number: string
  name: string
  defaultBy: string
  onClose: () => void
  onSubmit: (change: { by: string; reason: string }) => Promise<void>
}) {
  const [by, setBy] = useState(props.defaultBy)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const title = props.kind === 'void' ? '作废证书' : '作废并补发证书'
  return (
    <FormDialog
      title={`${title}：${props.name} ${props.number}`}
      submitLabel={props.kind === 'void' ? '作废' : '作废并补发'}
      submitColor="warning"
      onClose={props.onClose}
      onFieldErrors={setErrors}
      onSubmit={async () => {
        await props.onSubmit({ by, reason })
        props.onClose()
      }}
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <Typography variant="body2">
          {props.kind === 'void'
            ? '作废后该号码不再使用，也不会再分配给其他人。'
            : '原号码作废（不再使用），学员获得一个新号码。'}
        </Typography>
        <TextField
          label="原因"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={Boolean(errors.reason)}
          helperText={errors.reason ?? '如：证书遗失、打印错误、等次变更'}
          autoFocus
        />
        <TextField
          label="经办人"
          value={by}
          onChange={(e) => setBy(e.target.value)}
          error={Boolean(errors.by)}
          helperText={errors.by}
        />
      </Stack>
    </FormDialog>
  )
}
