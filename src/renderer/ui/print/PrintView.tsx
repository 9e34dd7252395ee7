import { useEffect, useState, type ReactNode } from 'react'
import ArrowBackIcon from '@mui/icons-material/ArrowBack'
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf'
import PrintIcon from '@mui/icons-material/Print'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { safeFileName } from '@shared/fileName'
import { errorMessage, useNotify } from '../Notifier'
import { platform } from '../../platform'
import './print.css'

/**
 * The one print pipeline: a toolbar and an A4 preview of the sheet. 打印 opens
 * the system print dialog; 保存为 PDF uses Electron's printToPDF where
 * available and the browser's print dialog (destination "另存为 PDF") otherwise.
 */
export function PrintView(props: {
  title: string
  /** File name (without extension) suggested for the PDF; characters a file name cannot hold are replaced. */
  fileName: string
  landscape?: boolean
  /** Number the printed pages at their foot: 第 1 页 共 N 页 (for sheets that may run over a page). */
  pageNumbers?: boolean
  onBack: () => void
  options?: ReactNode
  children: ReactNode
}) {
  const notify = useNotify()
  const [busy, setBusy] = useState(false)
  usePageStyle(props.landscape ?? false, props.pageNumbers ?? false)

  const run = async (action: 'print' | 'pdf') => {
    setBusy(true)
    try {
      const r =
        action === 'print'
          ? await platform.print({ landscape: props.landscape ?? false })
          : await platform.printToPdf({
              suggestedName: `${safeFileName(props.fileName)}.pdf`,
              landscape: props.landscape ?? false,
            })
      if (!r.ok && r.error.code !== 'cancelled') notify(r.error.message, 'error')
      else if (r.ok && action === 'pdf' && platform.kind === 'browser')
        // The browser cannot write the file itself, nor learn whether the user saved it.
        notify('已打开系统打印对话框：在“目标打印机”中选择“另存为 PDF”即可保存', 'info')
      else if (r.ok && action === 'pdf' && r.value) notify(`已保存：${r.value.path}`)
    } catch (e) {
      notify(errorMessage(e), 'error')
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Paper className="no-print" sx={{ p: 1.5, mb: 2, position: 'sticky', top: 56, zIndex: 2 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <Button startIcon={<ArrowBackIcon />} onClick={props.onBack}>
            返回
          </Button>
          <Typography variant="h6" component="h1" sx={{ flexGrow: 1 }}>
            打印预览：{props.title}
          </Typography>
          {props.options}
          <Button
            variant="outlined"
            startIcon={<PictureAsPdfIcon />}
            disabled={busy}
            onClick={() => void run('pdf')}
          >
            保存为 PDF
          </Button>
          <Button
            variant="contained"
            startIcon={<PrintIcon />}
            disabled={busy}
            onClick={() => void run('print')}
          >
            打印
          </Button>
        </Stack>
      </Paper>
      <div className="print-preview" data-testid="print-preview">
        {props.children}
      </div>
    </>
  )
}

/** The page number in the bottom margin (a CSS page-margin box: Chromium's print and printToPDF). */
const PAGE_NUMBER_BOX =
  '@bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; ' +
  "font-family: 'SimSun', 'Songti SC', 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: 9pt; }"

/**
 * `@page` cannot be scoped to an element, so the orientation (and the page numbers) are set while
 * the view is open.
 */
function usePageStyle(landscape: boolean, pageNumbers: boolean) {
  useEffect(() => {
    const style = document.createElement('style')
    style.dataset.printOrientation = ''
    style.textContent =
      `@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: 12mm; ` +
      `${pageNumbers ? PAGE_NUMBER_BOX : ''} }`
    document.head.appendChild(style)
    return () => style.remove()
  }, [landscape, pageNumbers])
}

/** One A4 sheet with the school's name and the sheet's title on top. */
export function PrintSheet(props: {
  schoolName: string
  title: string
  meta?: ReactNode
  landscape?: boolean
  children: ReactNode
}) {
  return (
    <section className={`print-sheet${props.landscape ? ' landscape' : ''}`}>
      <div className="print-school">{props.schoolName}</div>
      <h1>{props.title}</h1>
      {props.meta && <div className="print-meta">{props.meta}</div>}
      {props.children}
    </section>
  )
}
