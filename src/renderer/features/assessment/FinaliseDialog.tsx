import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { templateUsesClassCode } from '@shared/assessment/certificateNumber'
import { earnsCertificate } from '@shared/assessment/grades'
import type { ClassRecord } from '../../db/core/database'
import { useData } from '../../db/core/DataProvider'
import type { ClassAssessmentView } from '../../db/assessment/classAssessmentQuery'
import {
  useCertificateSettings,
  useClassCertificates,
  useOfficeCode,
} from '../../db/assessment/certificateHooks'
import { FormDialog } from '../../ui/FormDialog'
import { useNotify } from '../../ui/Notifier'

/**
 * 定稿 (issue 13): locks the grades and numbers the 结业证书 of every 优秀/合格 student in the same
 * step. Asks first for what numbering needs and this PC lacks: the office code (validated as in
 * 证书编号设置) and, when the school's template has `{class}`, the class code.
 */
export function FinaliseDialog(props: {
  cls: ClassRecord
  view: ClassAssessmentView
  by: string
  at: () => string
  onClose: () => void
}) {
  const { cls, view } = props
  const data = useData()
  const notify = useNotify()
  const officeCode = useOfficeCode()
  const numbering = useCertificateSettings()
  const existing = useClassCertificates(cls.id)
  const [code, setCode] = useState('')
  const [classCode, setClassCode] = useState<string | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  if (officeCode === undefined || !numbering || !existing) return null

  const usesClass = templateUsesClassCode(numbering.template)
  const shownClassCode = classCode ?? [...existing].reverse().find((c) => c.classCode)?.classCode ?? ''
  const held = new Set(existing.filter((c) => c.voidedAt === null).map((c) => c.enrollmentId))
  const students = view.summary.students
  const count = (g: string) => students.filter((s) => s.grade === g).length
  const toNumber = students.filter((s) => earnsCertificate(s.grade) && !held.has(s.enrollmentId)).length

  const submit = async () => {
    setErrors({})
    if (!officeCode) await data.certificates.saveOfficeCode(code)
    const plan = await data.certificates.finaliseAndIssue(data.assessment, {
      classId: cls.id,
      grades: students.map((s) => ({
        enrollmentId: s.enrollmentId,
        grade: s.grade!,
        proposed: s.proposal.grade,
      })),
      by: props.by,
      at: props.at(),
      template: numbering.template,
      year: Number(cls.endDate.slice(0, 4)),
      classCode: usesClass ? shownClassCode.trim() : '',
    })
    const numbered = plan.ok ? plan.issue.length : 0
    notify(`考核已定稿，等次已锁定；已编发证书号码 ${numbered} 个`)
    props.onClose()
  }

  return (
    <FormDialog
      title="定稿"
      submitLabel="定稿"
      onClose={props.onClose}
      onSubmit={submit}
      onFieldErrors={setErrors}
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <Typography variant="body2" data-testid="finalise-summary">
          {`本班 ${students.length} 人：优秀 ${count('excellent')} 人，合格 ${count('pass')} 人，不合格 ${count('fail')} 人。`}
          {`定稿后等次锁定（解除锁定须说明原因），同时为优秀、合格的 ${toNumber} 人编发结业证书号码；不合格的不发证书。`}
        </Typography>
        {!officeCode && (
          <TextField
            label="本办公室代码（本机）"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoFocus
            error={Boolean(errors.officeCode)}
            helperText={
              errors.officeCode ??
              '本机尚未设置办公室代码：1 至 3 个大写字母，如本部 B、分校 F（编入证书号码，防止两处重号）'
            }
          />
        )}
        {usesClass && (
          <TextField
            label="班次代码"
            value={shownClassCode}
            onChange={(e) => setClassCode(e.target.value)}
            autoFocus={Boolean(officeCode)}
            helperText={`编号规则 ${numbering.template} 中的 {class}，如 ZQ01`}
          />
        )}
        {errors.certificates && <Alert severity="error">{errors.certificates}</Alert>}
      </Stack>
    </FormDialog>
  )
}
