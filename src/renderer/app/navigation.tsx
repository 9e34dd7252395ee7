import type { ReactNode } from 'react'
import HomeIcon from '@mui/icons-material/Home'
import ClassIcon from '@mui/icons-material/School'
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined'
import SettingsIcon from '@mui/icons-material/Settings'
import PeopleIcon from '@mui/icons-material/PeopleAltOutlined'
import SyncIcon from '@mui/icons-material/SyncAlt'
import TodoIcon from '@mui/icons-material/PlaylistAddCheck'
import TemplateIcon from '@mui/icons-material/FormatListBulleted'
import LedgerIcon from '@mui/icons-material/Flag'
import ReviewIcon from '@mui/icons-material/EmojiEvents'
import QuestionnaireIcon from '@mui/icons-material/Quiz'

export interface NavItem {
  path: string
  label: string
  icon: ReactNode
}

/** The left navigation lists only the areas that work. Add an area here when it ships. */
export const NAV_ITEMS: NavItem[] = [
  { path: '/', label: '首页', icon: <HomeIcon /> },
  { path: '/classes', label: '班次', icon: <ClassIcon /> },
  { path: '/people', label: '学员', icon: <PeopleIcon /> },
  { path: '/todo', label: '我的待办', icon: <TodoIcon /> },
  { path: '/checklist-templates', label: '事项模板', icon: <TemplateIcon /> },
  { path: '/ledger', label: '党性锻炼', icon: <LedgerIcon /> },
  { path: '/review', label: '班主任评估', icon: <ReviewIcon /> },
  { path: '/questionnaires', label: '评估问卷', icon: <QuestionnaireIcon /> },
  { path: '/sync', label: '数据同步', icon: <SyncIcon /> },
  { path: '/recycle-bin', label: '回收站', icon: <DeleteIcon /> },
  { path: '/settings', label: '设置', icon: <SettingsIcon /> },
]
