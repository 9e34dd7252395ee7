import type { MenuItemConstructorOptions } from 'electron'

/**
 * The application menu: only standard roles, labelled in Chinese (Electron
 * labels roles in English on Windows and Linux). Developer tools and reload
 * exist only in development builds, so a packaged app offers no console.
 */
export function buildMenuTemplate({ isPackaged }: { isPackaged: boolean }): MenuItemConstructorOptions[] {
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { type: 'separator' },
        { role: 'reload', label: '重新加载' },
        { role: 'forceReload', label: '强制重新加载' },
        { role: 'toggleDevTools', label: '开发者工具' },
      ]

  return [
    {
      label: '文件',
      submenu: [{ role: 'quit', label: '退出' }],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
        ...developerItems,
      ],
    },
    {
      label: '帮助',
      submenu: [{ role: 'about', label: '关于班务通' }],
    },
  ]
}
