import FormControlLabel from '@mui/material/FormControlLabel'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { sheetsToChoose, type RosterImport } from './useRosterImport'

/** Step 1b: a workbook with several filled sheets — which one holds the roster. */
export function SheetStep({ flow }: { flow: RosterImport }) {
  if (!flow.workbook) return null
  const sheets = sheetsToChoose(flow.workbook)
  return (
    <Stack spacing={1}>
      <Typography id="sheet-choice">
        这个文件有 {sheets.length} 个工作表，请选择花名册所在的工作表：
      </Typography>
      <RadioGroup
        aria-labelledby="sheet-choice"
        value={flow.sheetName ?? ''}
        onChange={(e) => flow.setSheetName(e.target.value)}
      >
        {sheets.map((s) => (
          <FormControlLabel
            key={s.name}
            value={s.name}
            control={<Radio />}
            label={`${s.name}（${s.rowCount} 行${s.headerFound ? '，找到表头' : ''}${s.hidden ? '，隐藏' : ''}）`}
          />
        ))}
      </RadioGroup>
    </Stack>
  )
}
