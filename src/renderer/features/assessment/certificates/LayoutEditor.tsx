import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import {
  CERTIFICATE_FIELDS,
  DEFAULT_CERTIFICATE_LAYOUT,
  fieldsOffPaper,
  type CertificateFieldCode,
  type CertificateLayout,
  type FieldPlacement,
} from '@shared/assessment/certificateLayout'

/** A number field in millimetres (or points), one decimal. */
function MmField(props: { label: string; value: number; onChange: (v: number) => void; width?: number }) {
  return (
    <TextField
      size="small"
      type="number"
      label={props.label}
      value={props.value}
      onChange={(e) => {
        const v = Number(e.target.value)
        if (Number.isFinite(v)) props.onChange(Math.round(v * 10) / 10)
      }}
      slotProps={{ htmlInput: { step: 0.5, 'aria-label': props.label } }}
      sx={{ width: props.width ?? 96 }}
    />
  )
}

/**
 * 套打位置: where each field goes on the stock (mm from the paper's top-left corner to the text's
 * top-left corner) and the printer's offset. The test page below follows every change; 保存 makes
 * it the school's (synced to every office).
 */
export function LayoutEditor(props: {
  layout: CertificateLayout
  onChange: (l: CertificateLayout) => void
  onSave: () => void
  saving: boolean
  dirty: boolean
}) {
  const { layout, onChange } = props
  const off = fieldsOffPaper(layout)
  const setField = (code: CertificateFieldCode, patch: Partial<FieldPlacement>) =>
    onChange({ ...layout, fields: { ...layout.fields, [code]: { ...layout.fields[code], ...patch } } })
  return (
    <Paper className="no-print" sx={{ p: 1.5, mb: 2, mx: 'auto', maxWidth: 900 }} data-testid="layout-editor">
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="subtitle1">套打位置（毫米，全校统一）</Typography>
        <TextField
          select
          size="small"
          label="纸张方向"
          value={layout.orientation}
          onChange={(e) =>
            onChange({ ...layout, orientation: e.target.value as CertificateLayout['orientation'] })
          }
          sx={{ width: 120 }}
        >
          <MenuItem value="landscape">A4 横向</MenuItem>
          <MenuItem value="portrait">A4 纵向</MenuItem>
        </TextField>
        <MmField
          label="整体右移"
          value={layout.offsetX}
          onChange={(v) => onChange({ ...layout, offsetX: v })}
        />
        <MmField
          label="整体下移"
          value={layout.offsetY}
          onChange={(v) => onChange({ ...layout, offsetY: v })}
        />
        <Button variant="contained" disabled={props.saving || !props.dirty} onClick={props.onSave}>
          保存位置
        </Button>
        <Button onClick={() => onChange(DEFAULT_CERTIFICATE_LAYOUT)}>恢复默认</Button>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        先打印本测试页（带毫米网格），与证书纸叠在一起对着光看：字偏左就把“整体右移”调大，偏上就把“整体下移”调大（可为负数）。位置为文字左上角距纸张左上角的距离。
      </Typography>
      {off.length > 0 && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {off.join('、')} 超出纸张，打印不出来。
        </Alert>
      )}
      <Table size="small" aria-label="套打字段位置">
        <TableHead>
          <TableRow>
            <TableCell>打印</TableCell>
            <TableCell>字段</TableCell>
            <TableCell>距左边</TableCell>
            <TableCell>距上边</TableCell>
            <TableCell>字号（磅）</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {CERTIFICATE_FIELDS.map((f) => {
            const p = layout.fields[f.code]
            return (
              <TableRow key={f.code}>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={p.show}
                    onChange={(e) => setField(f.code, { show: e.target.checked })}
                    slotProps={{ input: { 'aria-label': `打印${f.label}` } }}
                  />
                </TableCell>
                <TableCell>{f.label}</TableCell>
                <TableCell>
                  <MmField label={`${f.label}距左边`} value={p.x} onChange={(x) => setField(f.code, { x })} />
                </TableCell>
                <TableCell>
                  <MmField label={`${f.label}距上边`} value={p.y} onChange={(y) => setField(f.code, { y })} />
                </TableCell>
                <TableCell>
                  <MmField
                    label={`${f.label}字号`}
                    value={p.size}
                    onChange={(size) => setField(f.code, { size })}
                    width={80}
                  />
                </TableCell>
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
    </Paper>
  )
}
