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
import { BranchPage, LedgerPage, LedgerPrintRoute, MemberPage } from '../features/ledger'
import { HeadTeacherReviewPage, QuestionnairePage } from '../features/evaluation'
import { PeoplePage } from '../features/people'
import { PersonPage } from '../features/people'
import { RecycleBinPage } from '../features/recycleBin'
import { SettingsPage } from '../features/settings'
import { SetupPage } from '../features/setup'
import { DailyBackup } from '../features/sync'
import { SyncPage } from '../features/sync'
import { useRequestPersistentStorage } from '../features/settings'
import { AppLayout } from './AppLayout'
import { AreaBoundary } from './AreaBoundary'
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
          <Route
            index
            element={
              <AreaBoundary area="首页">
                <HomePage />
              </AreaBoundary>
            }
          />
          <Route
            path="classes"
            element={
              <AreaBoundary area="班次">
                <ClassListPage />
              </AreaBoundary>
            }
          />
          <Route
            path="classes/:classId"
            element={
              <AreaBoundary area="班次详情">
                <ClassDetailPage />
              </AreaBoundary>
            }
          />
          <Route
            path="classes/:classId/print/:sheetId"
            element={
              <AreaBoundary area="打印">
                <PrintRoute />
              </AreaBoundary>
            }
          />
          <Route
            path="classes/:classId/:tab"
            element={
              <AreaBoundary area="班次详情">
                <ClassDetailPage />
              </AreaBoundary>
            }
          />
          <Route
            path="people"
            element={
              <AreaBoundary area="学员">
                <PeoplePage />
              </AreaBoundary>
            }
          />
          <Route
            path="people/:personId"
            element={
              <AreaBoundary area="学员详情">
                <PersonPage />
              </AreaBoundary>
            }
          />
          <Route
            path="todo"
            element={
              <AreaBoundary area="我的待办">
                <MyTodoPage />
              </AreaBoundary>
            }
          />
          <Route
            path="checklist-templates"
            element={
              <AreaBoundary area="事项模板">
                <TemplateLibraryPage />
              </AreaBoundary>
            }
          />
          <Route
            path="sync"
            element={
              <AreaBoundary area="数据同步">
                <SyncPage />
              </AreaBoundary>
            }
          />
          <Route
            path="sync/:tab"
            element={
              <AreaBoundary area="数据同步">
                <SyncPage />
              </AreaBoundary>
            }
          />
          <Route
            path="recycle-bin"
            element={
              <AreaBoundary area="回收站">
                <RecycleBinPage />
              </AreaBoundary>
            }
          />
          <Route
            path="settings"
            element={
              <AreaBoundary area="设置">
                <SettingsPage />
              </AreaBoundary>
            }
          />
          <Route
            path="ledger"
            element={
              <AreaBoundary area="党性锻炼">
                <LedgerPage />
              </AreaBoundary>
            }
          />
          <Route
            path="ledger/:branchId"
            element={
              <AreaBoundary area="党支部台账">
                <BranchPage />
              </AreaBoundary>
            }
          />
          <Route
            path="ledger/:branchId/members/:memberId"
            element={
              <AreaBoundary area="党员台账">
                <MemberPage />
              </AreaBoundary>
            }
          />
          <Route
            path="ledger/:branchId/print/:sheet"
            element={
              <AreaBoundary area="打印">
                <LedgerPrintRoute />
              </AreaBoundary>
            }
          />
          <Route
            path="review"
            element={
              <AreaBoundary area="班主任评估">
                <HeadTeacherReviewPage />
              </AreaBoundary>
            }
          />
          <Route
            path="questionnaires"
            element={
              <AreaBoundary area="评估问卷">
                <QuestionnairePage />
              </AreaBoundary>
            }
          />
          <Route
            path="*"
            element={
              <AreaBoundary area="首页">
                <HomePage />
              </AreaBoundary>
            }
          />
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
            <DataProvider fallback={(failure) => <StartupScreen failure={failure} />}>
              <Shell />
            </DataProvider>
          </NotifierProvider>
        </ErrorBoundary>
      </LocalizationProvider>
    </ThemeProvider>
  )
}
