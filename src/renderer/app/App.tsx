import { HashRouter, Route, Routes } from 'react-router'
import CssBaseline from '@mui/material/CssBaseline'
import { ThemeProvider } from '@mui/material/styles'
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider'
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs'
import 'dayjs/locale/zh-cn'
import { DataProvider } from '../db/core/DataProvider'
import { useSettings } from '../db/core/settingsHooks'
import { ClassDetailPage } from '../features/classes'
import { ClassListPage } from '../features/classes'
import { PrintRoute } from './print/PrintRoute'
import { MyTodoPage } from '../features/checklist'
import { TemplateLibraryPage } from '../features/checklist'
import { HomePage } from '../features/home'
import { PeoplePage } from '../features/people'
import { PersonPage } from '../features/people'
import { RecycleBinPage } from '../features/recycleBin'
import { SettingsPage } from '../features/settings'
import { SetupPage } from '../features/setup'
import { DailyBackup } from '../features/sync'
import { SyncPage } from '../features/sync'
import { useRequestPersistentStorage } from '../features/settings'
import { AppLayout } from './AppLayout'
import { ErrorBoundary } from '../ui/ErrorBoundary'
import { NotifierProvider } from '../ui/Notifier'
import { StartupScreen } from './StartupScreen'
import { theme } from './theme'

/** Routes are hash-based: they work the same from app:// in Electron and from a web server. */
function Shell() {
  const settings = useSettings()
  useRequestPersistentStorage()
  if (settings === undefined) return <StartupScreen />
  if (settings === null) return <SetupPage />
  return (
    <HashRouter>
      <DailyBackup />
      <Routes>
        <Route element={<AppLayout settings={settings} />}>
          <Route index element={<HomePage />} />
          <Route path="classes" element={<ClassListPage />} />
          <Route path="classes/:classId" element={<ClassDetailPage />} />
          <Route path="classes/:classId/print/:sheetId" element={<PrintRoute />} />
          <Route path="classes/:classId/:tab" element={<ClassDetailPage />} />
          <Route path="people" element={<PeoplePage />} />
          <Route path="people/:personId" element={<PersonPage />} />
          <Route path="todo" element={<MyTodoPage />} />
          <Route path="checklist-templates" element={<TemplateLibraryPage />} />
          <Route path="sync" element={<SyncPage />} />
          <Route path="sync/:tab" element={<SyncPage />} />
          <Route path="recycle-bin" element={<RecycleBinPage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="*" element={<HomePage />} />
        </Route>
      </Routes>
    </HashRouter>
  )
}

export function App() {
  return (
    <ThemeProvider theme={theme}>
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="zh-cn">
        <CssBaseline />
        <ErrorBoundary>
          <NotifierProvider>
            <DataProvider fallback={(error) => <StartupScreen error={error} />}>
              <Shell />
            </DataProvider>
          </NotifierProvider>
        </ErrorBoundary>
      </LocalizationProvider>
    </ThemeProvider>
  )
}
