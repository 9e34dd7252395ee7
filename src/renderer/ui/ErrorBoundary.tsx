import { Component, type ErrorInfo, type ReactNode } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'

interface State {
  error: Error | null
}

/** Turns an unexpected rendering error into a Chinese message with a way back, never a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack)
  }

  render() {
    if (!this.state.error) return this.props.children
    return (
      <Box sx={{ p: 4 }}>
        <Alert
          severity="error"
          action={
            <Button color="inherit" onClick={() => window.location.assign('#/')}>
              返回首页
            </Button>
          }
        >
          页面出现错误：{this.state.error.message}。您的数据已保存在本机，不会丢失。
        </Alert>
      </Box>
    )
  }
}
