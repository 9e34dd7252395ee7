import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type UserConfig } from 'vite'

/**
 * The renderer build, shared by the browser build (`npm run web`, e2e tests)
 * and the Electron build (electron.vite.config.ts), so both ship the same UI.
 */
export const rendererConfig: UserConfig = {
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  plugins: [react()],
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'src/shared'),
    },
  },
  worker: { format: 'es' },
  build: {
    target: 'chrome120',
    chunkSizeWarningLimit: 4000,
  },
}

export default defineConfig({
  ...rendererConfig,
  build: {
    ...rendererConfig.build,
    // WEB_OUT_DIR lets parallel e2e runs (one per port) build and serve separate copies.
    outDir: resolve(import.meta.dirname, process.env.WEB_OUT_DIR ?? 'dist-web'),
    emptyOutDir: true,
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
})
