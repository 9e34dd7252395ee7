import { useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { duplicateNumbers, templateUsesClassCode } from '@shared/assessment/certificateNumber'
import {
  certificatesToReview,
  sharedOfficeCodes,
  studentsWithTwoCertificates,
} from '@shared/assessment/certificateIssue'
import { earnsCertificate, GRADE_LABELS } from '@shared/assessment/grades'
import type { ClassRecord } from '../../../db/core/database'
import { useData } from '../../../db/core/DataProvider'
import { useSettings } from '../../../db/core/settingsHooks'
import type { ClassAssessmentView } from '../../../db/assessment/classAssessmentQuery'
import {
  useAllCertificates,
  useCertificateSettings,
  useClassCertificates,
  useOfficeCode,
} from '../../../db/assessment/certificateHooks'
import type { CertificateRecord } from '../../../db/assessment/certificateRepository'
import { errorMessage, useNotify } from '../../../ui/Notifier'
import { printPath } from '../../../ui/print/printPath'
import { CertificateSettingsDialog } from './CertificateSettingsDialog'
import { CertificateChangeDialog } from './CertificateChangeDialog'
import { RegistersPanel } from '../registers/RegistersPanel'

/**
 * 结业证书 of a class (issue 13): numbers assigned at 定稿 to 优秀 and 合格 only (FinaliseDialog;
 * the button here numbers those still missing one, e.g. after 作废 without 补发), the list
 * with voided numbers kept, 作废 / 补发 with who and why, what a merge may have brought (the same
 * number twice, one office code on two PCs, a student holding two), and printing.
 */
export function CertificatesPanel({ cls, view }: { cls: ClassRecord; view: ClassAssessmentView }) {
  const { certificates: repo } = useData()
  const notify = useNotify()
  const navigate = useNavigate()
  const settings = useSettings()
  const list = useClassCertificates(cls.id)
  const all = useAllCertificates()
  const officeCode = useOfficeCode()
  const numbering = useCertificateSettings()
  const [settingsOpen, setSettingsOpen] = useState(false)
  const [change, setChange] = useState<{ kind: 'void' | 'reissue'; cert: CertificateRecord } | null>(null)
  const [typedClassCode, setClassCode] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const names = useMemo(() => new Map(view.students.map((s) => [s.enrollmentId, s.name])), [view.students])
  if (!list || !all || officeCode === undefined || !numbering) return null

  const usesClass = templateUsesClassCode(numbering.template)
  const classCode = typedClassCode ?? [...list].reverse().find((c) => c.classCode)?.classCode ?? ''
  const live = list.filter((c) => c.voidedAt === null)
  const held = new Set(live.map((c) => c.enrollmentId))
  const students = view.summary.students.map((s) => ({ enrollmentId: s.enrollmentId, grade: s.grade }))
  const waiting = students.filter((s) => earnsCertificate(s.grade) && !held.has(s.enrollmentId)).length
  const by = settings?.currentUser.trim() || cls.headTeachers[0] || ''
  const year = Number(cls.endDate.slice(0, 4))

  const duplicates = [...duplicateNumbers(all)].filter(([, ids]) =>
    ids.some((id) => list.some((c) => c.id === id)),
  )
  const twice = studentsWithTwoCertificates(list)
  const review = certificatesToReview(live, students)
  const shared = sharedOfficeCodes(all)

  const issue = async () => {
    setBusy(true)
    try {
      const plan = await repo.issueForClass({
        classId: cls.id,
        template: numbering.template,
        year,
        classCode: usesClass ? classCode.trim() : '',
        students,
        issuedBy: by,
      })
      if (plan.ok) notify(`已编发证书号码 ${plan.issue.length} 个`)
    } catch (e) {
      notify(errorMessage(e), 'error')
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack spacing={1.5} data-testid="certificates-panel">
      <Typography variant="h6" component="h2">
        结业证书
      </Typography>
      <Paper variant="outlined" sx={{ p: 1.5 }}>
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="body2">
            本办公室代码：<b data-testid="office-code">{officeCode || '未设置'}</b>
          </Typography>
          <Typography variant="body2">编号规则：{numbering.template}</Typography>
          <Button size="small" onClick={() => setSettingsOpen(true)}>
            证书编号设置…
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          号码含办公室代码，各办公室只在自己的代码下顺序编号，两个办公室同时发证也不会重号。
        </Typography>
      </Paper>

      {!officeCode && <Alert severity="warning">发证前请先在“证书编号设置”中填写本办公室代码。</Alert>}
      {!view.summary.finalised && (
        <Alert severity="info">
          定稿时即为等次优秀、合格的学员编发结业证书号码（不合格的不发）；下面的按钮用于定稿后仍缺号码的学员（如解除锁定后改了等次）。
        </Alert>
      )}
      {duplicates.length > 0 && (
        <Alert severity="error" data-testid="duplicate-numbers">
          同步后发现重号：{duplicates.map(([n, ids]) => `${n}（${ids.length} 张）`).join('、')}
          。请作废其中多余的证书并补发。
        </Alert>
      )}
      {shared.size > 0 && (
        <Alert severity="error">
          办公室代码 {[...shared.keys()].join('、')} 被多台电脑同时使用，可能编出重号：请为其中一台改设代码。
        </Alert>
      )}
      {twice.size > 0 && (
        <Alert severity="warning">
          {[...twice.keys()].map((id) => names.get(id) ?? id).join('、')}{' '}
          持有两个有效证书号码（两个办公室各自编发）：请作废其中一个。
        </Alert>
      )}
      {review.length > 0 && (
        <Alert severity="warning">
          {review.length} 名学员的等次已不是优秀或合格，但仍持有有效证书：请核实后作废。
        </Alert>
      )}

      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        {usesClass && (
          <TextField
            size="small"
            label="班次代码"
            value={classCode}
            onChange={(e) => setClassCode(e.target.value)}
            helperText="编号中的 {class}，如 ZQ01"
            sx={{ width: 180 }}
          />
        )}
        <Button
          variant="contained"
          disabled={busy || !view.summary.finalised || !officeCode || waiting === 0}
          onClick={() => void issue()}
        >
          编发证书号码（{waiting} 人）
        </Button>
        <Button
          variant="outlined"
          disabled={live.length === 0}
          onClick={() => void navigate(printPath(cls.id, 'certificates', { mode: 'plain' }))}
        >
          打印证书（A4 完整版式）
        </Button>
        <Button
          variant="outlined"
          disabled={live.length === 0}
          onClick={() => void navigate(printPath(cls.id, 'certificates', { mode: 'overlay' }))}
        >
          套打到证书纸
        </Button>
        <Button onClick={() => void navigate(printPath(cls.id, 'certificates', { mode: 'grid' }))}>
          套打位置设置与测试页
        </Button>
      </Stack>

      <Table size="small" aria-label="结业证书">
        <TableHead>
          <TableRow>
            <TableCell>姓名</TableCell>
            <TableCell>等次</TableCell>
            <TableCell>证书编号</TableCell>
            <TableCell>状态</TableCell>
            <TableCell>编发</TableCell>
            <TableCell align="right">操作</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {list.length === 0 && (
            <TableRow>
              <TableCell colSpan={6}>
                <Typography variant="body2" color="text.secondary">
                  尚未编发证书号码。
                </Typography>
              </TableCell>
            </TableRow>
          )}
          {list.map((c) => (
            <TableRow key={c.id} sx={c.voidedAt ? { '& td': { color: 'text.disabled' } } : undefined}>
              <TableCell>{names.get(c.enrollmentId) ?? '（已不在本班）'}</TableCell>
              <TableCell>{GRADE_LABELS[c.grade]}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{c.number}</TableCell>
              <TableCell>
                {c.voidedAt
                  ? `已作废（${c.voidReason ?? ''}，${c.voidedBy ?? ''} ${c.voidedAt.slice(0, 10)}）`
                  : c.replaces
                    ? '有效（补发）'
                    : '有效'}
              </TableCell>
              <TableCell>
                {c.issuedBy} {c.issuedAt.slice(0, 10)}
              </TableCell>
              <TableCell align="right">
                {!c.voidedAt && (
                  <>
                    <Button size="small" onClick={() => setChange({ kind: 'reissue', cert: c })}>
                      补发
                    </Button>
                    <Button size="small" color="warning" onClick={() => setChange({ kind: 'void', cert: c })}>
                      作废
                    </Button>
                  </>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <Typography variant="h6" component="h2" sx={{ pt: 1 }}>
        登记表与名单
      </Typography>
      <RegistersPanel cls={cls} />

      {settingsOpen && (
        <CertificateSettingsDialog
          officeCode={officeCode}
          settings={numbering}
          onClose={() => setSettingsOpen(false)}
        />
      )}
      {change && (
        <CertificateChangeDialog
          kind={change.kind}
          number={change.cert.number}
          name={names.get(change.cert.enrollmentId) ?? ''}
          defaultBy={by}
          onClose={() => setChange(null)}
          onSubmit={async (ch) => {
            if (change.kind === 'void') await repo.voidCertificate(change.cert.id, ch)
            else {
              const next = await repo.reissue(change.cert.id, ch, {
                template: numbering.template,
                year,
                classCode: change.cert.classCode,
              })
              notify(`已补发，新号码 ${next.number}`)
            }
          }}
        />
      )}
    </Stack>
  )
}
