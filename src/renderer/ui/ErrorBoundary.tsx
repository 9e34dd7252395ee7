import { Component, type ErrorInfo, type ReactNode } from 'react'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import { faultyRecord } from '@shared/badRecordError'

interface Props {
  children: ReactNode
  /** The area in the user's words (首页, 班次, 花名册 …); without it, the whole app. */
  area?: string
  /** When it changes (e.g. the address), the area tries again: navigating away recovers. */
  resetKey?: unknown
}

interface State {
  error: Error | null
  key: unknown
}

/**
 * Turns an error while showing an area into a Chinese message that says which
 * area failed and, when the error names one, which record; with a way back
 * (首页, reload) and what to do about damaged data. The rest of the app (the
 * navigation, other areas) keeps working: each area has its own boundary.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, key: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { key: props.resetKey, error: null } : null
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack)
  }

  render() {
    const { error } = this.state
    if (!error) return this.props.children
    const record = faultyRecord(error)
    const area = this.props.area
    return (
      <Box sx={{ p: area ? 0 : 4 }} data-testid="area-error">
        <Alert severity="error">
          <AlertTitle>{area ? `“${area}”无法显示` : '页面出现错误'}</AlertTitle>
          {record ? (
            <>
              <div>
                出错的记录：{record.label}
                {record.name ? `“${record.name}”` : ''}（编号 {record.id}）已损坏
              </div>
              <div>{record.problem}</div>
            </>
          ) : (
            <div>{error.message}</div>
          )}
          <div>
            其他数据仍保存在本机，左侧导航中的其他功能照常可用。
            {record
              ? '可在“设置 → 自动备份”中恢复出错之前的备份，或导出数据后联系技术支持。'
              : '请重新加载；若反复出现，可在“设置 → 自动备份”中恢复备份。'}
            若班务通无法启动，启动时会显示恢复界面（恢复备份、导出原始数据）。
          </div>
          <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
            <Button
              size="small"
              variant="outlined"
              color="inherit"
              onClick={() => window.location.assign('#/')}
            >
              返回首页
            </Button>
            <Button
              size="small"
              variant="outlined"
              color="inherit"
              onClick={() => window.location.assign('#/settings')}
            >
              前往设置
            </Button>
            <Button size="small" variant="outlined" color="inherit" onClick={() => window.location.reload()}>
              重新加载
            </Button>
          </Stack>
        </Alert>
      </Box>
    )
  }
}
