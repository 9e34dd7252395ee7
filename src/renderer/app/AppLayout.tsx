import { NavLink, Outlet, useLocation } from 'react-router'
import AppBar from '@mui/material/AppBar'
import Box from '@mui/material/Box'
import Drawer from '@mui/material/Drawer'
import List from '@mui/material/List'
import ListItemButton from '@mui/material/ListItemButton'
import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import Toolbar from '@mui/material/Toolbar'
import Typography from '@mui/material/Typography'
import type { InstallationSettings } from '../db/core/settingsRepository'
import { NAV_ITEMS } from './navigation'

const DRAWER_WIDTH = 188

/** The desktop frame: school and office in the title bar, areas on the left. */
export function AppLayout({ settings }: { settings: InstallationSettings }) {
  const location = useLocation()
  const isActive = (path: string) =>
    path === '/'
      ? location.pathname === '/'
      : location.pathname === path || location.pathname.startsWith(path + '/')

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }} className="no-print">
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Typography variant="h6" component="div" sx={{ fontWeight: 700 }}>
            班务通
          </Typography>
          <Typography variant="subtitle1" component="div" data-testid="school-name">
            {settings.schoolName}
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          <Typography variant="body2" component="div" data-testid="office-name" title="本机名称">
            {settings.officeName}
          </Typography>
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        className="no-print"
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar variant="dense" />
        <List component="nav" aria-label="主导航">
          {NAV_ITEMS.map((item) => (
            <ListItemButton key={item.path} component={NavLink} to={item.path} selected={isActive(item.path)}>
              <ListItemIcon sx={{ minWidth: 36 }}>{item.icon}</ListItemIcon>
              <ListItemText primary={item.label} />
            </ListItemButton>
          ))}
        </List>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        <Toolbar variant="dense" className="no-print" />
        <Outlet />
      </Box>
    </Box>
  )
}
