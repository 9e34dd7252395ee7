import type { ReactNode } from 'react'
import HomeIcon from '@mui/icons-material/Home'
import ClassIcon from '@mui/icons-material/School'
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined'
import SettingsIcon from '@mui/icons-material/Settings'

export interface NavItem {
  path: string
  label: string
  icon: ReactNode
}

/** The left navigation lists only the areas that work. Add an area here when it ships. */
export const NAV_ITEMS: NavItem[] = [
  { path: '/', label: '首页', icon: <HomeIcon /> },
  { path: '/classes', label: '班次', icon: <ClassIcon /> },
  { path: '/recycle-bin', label: '回收站', icon: <DeleteIcon /> },
  { path: '/settings', label: '设置', icon: <SettingsIcon /> },
]
