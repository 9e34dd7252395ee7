import { createTheme } from '@mui/material/styles'
import { zhCN } from '@mui/material/locale'
import { zhCN as gridZhCN } from '@mui/x-data-grid/locales'
import { zhCN as pickersZhCN } from '@mui/x-date-pickers/locales'

/** Fonts that office PCs have (Windows, UOS/Kylin, Debian with fonts-noto-cjk). */
export const CJK_FONT_STACK = [
  '"Microsoft YaHei"',
  '"PingFang SC"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  'system-ui',
  'sans-serif',
].join(',')

export const theme = createTheme(
  {
    palette: {
      primary: { main: '#b71c1c' },
      secondary: { main: '#37474f' },
      background: { default: '#f5f5f5' },
    },
    typography: { fontFamily: CJK_FONT_STACK, fontSize: 14 },
    components: {
      // MUI upper-cases button and tab labels; that turns 「从 Excel 导入」 into 「从 EXCEL 导入」.
      MuiButton: {
        defaultProps: { disableElevation: true },
        styleOverrides: { root: { textTransform: 'none' } },
      },
      MuiTab: { styleOverrides: { root: { textTransform: 'none' } } },
      MuiTextField: { defaultProps: { size: 'small' } },
    },
  },
  zhCN,
  gridZhCN,
  pickersZhCN,
)
