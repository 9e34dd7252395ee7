import { useEffect, useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import LinearProgress from '@mui/material/LinearProgress'
import Typography from '@mui/material/Typography'
import { certificateLayoutSchema, type CertificateLayout } from '@shared/assessment/certificateLayout'
import { ValidationError } from '@shared/validationError'
import type { ClassRecord } from '../../../db/core/database'
import { useData } from '../../../db/core/DataProvider'
import { useClassAssessment } from '../../../db/assessment/assessmentHooks'
import { useCertificateSettings, useClassCertificates } from '../../../db/assessment/certificateHooks'
import { errorMessage, useNotify } from '../../../ui/Notifier'
import { PrintView } from '../../../ui/print/PrintView'
import { GridCertificate, OverlayCertificate, PlainCertificate } from './CertificatePages'
import { certificateTexts, sampleText } from './certificateSheets'
import { LayoutEditor } from './LayoutEditor'
import './certificates.css'

/** Certificates rendered per frame while a class's are prepared (the progress bar moves). */
const CHUNK = 20

/**
 * A class's 结业证书 in one print (issue 13): `plain` A4 with the full design, `overlay` (套打)
 * the fields alone at the school's millimetre positions, `grid` the test page with the position
 * editor. Every page is one certificate with no page margin; the stored numbers are printed (a
 * reprint never makes a new one).
 */
export function CertificatePrintSheet(props: {
  cls: ClassRecord
  schoolName: string
  query: URLSearchParams
}) {
  const { cls } = props
  const mode =
    props.query.get('mode') === 'overlay' ? 'overlay' : props.query.get('mode') === 'grid' ? 'grid' : 'plain'
  const view = useClassAssessment(cls)
  const list = useClassCertificates(cls.id)
  const settings = useCertificateSettings()
  const navigate = useNavigate()
  const [shown, setShown] = useState(0)
  const [draft, setDraft] = useState<CertificateLayout | null>(null)

  // Stable between renders, so the pages already shown are not redrawn while the rest are prepared.
  const texts = useMemo(
    () => (view && list ? certificateTexts(cls, props.schoolName, view.students, list) : undefined),
    [cls, props.schoolName, view, list],
  )
  const total = texts?.length ?? 0
  const layout = draft ?? settings?.layout
  const landscape = mode === 'plain' || layout?.orientation !== 'portrait'
  useCertificatePages(Boolean(texts && settings), landscape)
  useEffect(() => {
    if (texts === undefined || shown >= total) return
    const frame = requestAnimationFrame(() => setShown((n) => Math.min(total, n + CHUNK)))
    return () => cancelAnimationFrame(frame)
  }, [texts, shown, total])

  if (!texts || !settings || !layout) return null
  const back = () => void navigate(`/classes/${cls.id}/assessment?part=certificates`)
  const title = mode === 'grid' ? '证书套打测试页' : mode === 'overlay' ? '结业证书（套打）' : '结业证书'

  if (mode === 'grid')
    return (
      <PrintView
        title={`${cls.name} ${title}`}
        fileName={`${cls.name}-${title}`}
        landscape={landscape}
        onBack={back}
      >
        <GridEditor layout={layout} stored={settings.layout} onChange={setDraft} />
        <GridCertificate t={texts[0] ?? sampleText(cls, props.schoolName)} layout={layout} />
      </PrintView>
    )

  const ready = shown >= total
  return (
    <PrintView
      title={`${cls.name} ${title}`}
      fileName={`${cls.name}-${title}`}
      landscape={landscape}
      onBack={back}
      options={
        <Box sx={{ minWidth: 220 }} data-testid={ready ? 'certificates-ready' : 'certificates-preparing'}>
          <Typography variant="body2">
            {ready ? `共 ${total} 张证书` : `正在准备证书 ${shown}/${total}`}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={total ? (shown / total) * 100 : 100}
            aria-label="证书准备进度"
          />
        </Box>
      }
    >
      {total === 0 && (
        <Alert severity="info" className="no-print">
          本班还没有有效的证书号码：请先在“结业证书”中编发。
        </Alert>
      )}
      {texts
        .slice(0, shown)
        .map((t) =>
          mode === 'plain' ? (
            <PlainCertificate key={t.number} t={t} />
          ) : (
            <OverlayCertificate key={t.number} t={t} layout={layout} />
          ),
        )}
    </PrintView>
  )
}

const CERTIFICATE_PAGES =
  '@page certificate { size: A4 landscape; margin: 0; } @page certificate-portrait { size: A4 portrait; margin: 0; }'

/**
 * The certificates' named pages, without margins. Added after PrintView's @page rule (a parent's
 * effect runs after its child's, and again whenever the print view's orientation changes): in Chromium a later unnamed @page in another style element
 * overrides a named page's margin, and every certificate would spill onto a second page.
 */
function useCertificatePages(mounted: boolean, landscape: boolean) {
  useEffect(() => {
    if (!mounted) return
    const style = document.createElement('style')
    style.dataset.certificatePages = ''
    style.textContent = CERTIFICATE_PAGES
    document.head.appendChild(style)
    return () => style.remove()
  }, [mounted, landscape])
}

/** The editor above the test page; 保存位置 makes the draft the school's layout. */
function GridEditor(props: {
  layout: CertificateLayout
  stored: CertificateLayout
  onChange: (l: CertificateLayout | null) => void
}) {
  const { schoolSettings } = useData()
  const notify = useNotify()
  const [saving, setSaving] = useState(false)
  const save = async () => {
    setSaving(true)
    try {
      const parsed = certificateLayoutSchema.safeParse(props.layout)
      if (!parsed.success) throw ValidationError.fromZod(parsed.error)
      const group = await schoolSettings.group('certificates')
      await schoolSettings.saveGroup('certificates', {
        certificateNumberTemplate: group.certificateNumberTemplate ?? null,
        certificateLayout: parsed.data,
      })
      props.onChange(null)
      notify('套打位置已保存（全校统一，同步到其他办公室）')
    } catch (e) {
      notify(errorMessage(e), 'error')
    } finally {
      setSaving(false)
    }
  }
  return (
    <LayoutEditor
      layout={props.layout}
      onChange={props.onChange}
      onSave={() => void save()}
      saving={saving}
      dirty={JSON.stringify(props.layout) !== JSON.stringify(props.stored)}
    />
  )
}
