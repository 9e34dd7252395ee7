import { useState } from 'react'
import AddIcon from '@mui/icons-material/PersonAddAlt'
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined'
import PrintIcon from '@mui/icons-material/PrintOutlined'
import SeatIcon from '@mui/icons-material/EventSeatOutlined'
import UploadIcon from '@mui/icons-material/UploadFileOutlined'
import Button from '@mui/material/Button'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import { ROSTER_SHEETS, type RosterSheetId } from './print/rosterSheets'

/** The roster's actions: import, add by hand, number the seats, export, print a sheet. */
export function RosterToolbar(props: {
  hasPeople: boolean
  onImport: () => void
  onAdd: () => void
  onSeats: () => void
  onExport: () => void
  onPrint: (sheetId: RosterSheetId) => void
}) {
  const [menu, setMenu] = useState<HTMLElement | null>(null)
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }} useFlexGap>
      <Button variant="contained" startIcon={<UploadIcon />} onClick={props.onImport}>
        导入花名册
      </Button>
      <Button variant="outlined" startIcon={<AddIcon />} onClick={props.onAdd}>
        添加学员
      </Button>
      <Button variant="outlined" startIcon={<SeatIcon />} onClick={props.onSeats} disabled={!props.hasPeople}>
        编排座号
      </Button>
      <Button
        variant="outlined"
        startIcon={<DownloadIcon />}
        onClick={props.onExport}
        disabled={!props.hasPeople}
        sx={{ textTransform: 'none' }}
      >
        导出 Excel
      </Button>
      <Button
        variant="outlined"
        startIcon={<PrintIcon />}
        onClick={(e) => setMenu(e.currentTarget)}
        disabled={!props.hasPeople}
        aria-haspopup="menu"
      >
        打印
      </Button>
      <Menu anchorEl={menu} open={menu !== null} onClose={() => setMenu(null)}>
        {ROSTER_SHEETS.map((s) => (
          <MenuItem
            key={s.id}
            onClick={() => {
              setMenu(null)
              props.onPrint(s.id)
            }}
          >
            {s.title}
          </MenuItem>
        ))}
      </Menu>
    </Stack>
  )
}
