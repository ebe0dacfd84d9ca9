// Thin Electron glue (DESIGN.md §2): lifecycle, the one window, security.ts and ipc.ts around the
// Electron-free Backend. Everything worth testing lives in those modules; this file only wires them.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, net, powerMonitor, protocol, session, shell } from 'electron'
import keytar from 'keytar'
import { serveApp } from './electron/app-protocol'
import { createBackend } from './backend/create-backend'
import { endpointsFromEnv } from './truora/endpoints'
import { registerIpc } from './electron/ipc'
import { saveDialogChooser } from './electron/save-dialog'
import { createMainWindow } from './electron/window'
import { closeBackendOnQuit } from './electron/quit-flush'
import { fileOpener, folderOpener } from './electron/open-folder'
import { lockOnSystemSignals } from './electron/power-lock'
import { createFileLog } from './logging/file-log'
import { KEYCHAIN_SERVICE, KEYCHAIN_SERVICE_DEV } from './operators/secret-store'
import {
  APP_ENTRY_URL,
  hardenAllWebContents,
  hardenSession,
  isTrustedSender,
  openExternalGuarded,
  registerAppScheme
} from './electron/security'

/** The electron-vite dev server, trusted only in development (never in a packaged app). */
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined
const rendererRoot = fileURLToPath(new URL('../renderer', import.meta.url))
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))

// Rotated files under <userData>/logs (docs/architecture.md §6); printed too while developing.
const fileLog = createFileLog({ folder: join(app.getPath('userData'), 'logs'), echo: !app.isPackaged })
const log = (line: string): void => fileLog.write(line)
/** At startup and on quit no API key is in memory (the session is locked), so a stack is safe to log. */
const stackOf = (error: unknown): string =>
  error instanceof Error ? (error.stack ?? error.name) : String(error)

let mainWindow: BrowserWindow | null = null

function createWindow(): BrowserWindow {
  const window = createMainWindow({ preloadPath, url: devServerUrl ?? APP_ENTRY_URL })
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  return window
}

async function start(): Promise<void> {
  await app.whenReady()
  hardenSession(session.defaultSession, devServerUrl === undefined ? {} : { devServerUrl })
  serveApp(protocol, rendererRoot)
  const backend = createBackend({
    dataDir: app.getPath('userData'),
    secretStore: keytar,
    // Electron's network stack: the system proxy and certificate store, as a browser would use.
    fetch: (input, init) => net.fetch(input instanceof URL ? input.href : input, init),
    endpoints: endpointsFromEnv(),
    keychainService: app.isPackaged ? KEYCHAIN_SERVICE : KEYCHAIN_SERVICE_DEV,
    openInBrowser: (url) => openExternalGuarded(shell, url),
    // Chromium's own view of the network: "no network at all" shows as offline within a second.
    platformOnline: () => net.isOnline(),
    openLogsFolder: folderOpener(shell, fileLog.folder),
    openFile: fileOpener(shell),
    appVersion: app.getVersion(),
    chooseExportFile: saveDialogChooser(dialog, app, () =>
      mainWindow === null || mainWindow.isDestroyed() ? null : mainWindow
    ),
    log
  })
  registerIpc(ipcMain, backend, {
    isTrustedSender: (frameUrl) => isTrustedSender(frameUrl, devServerUrl),
    eventTarget: () => (mainWindow === null || mainWindow.isDestroyed() ? null : mainWindow.webContents),
    log
  })
  closeBackendOnQuit(app, backend, log)
  lockOnSystemSignals(powerMonitor, (reason) => backend.lock(reason), log)
  mainWindow = createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow()
  })
}

if (!app.requestSingleInstanceLock()) {
  // Two instances would be two writers of the same cache files (DESIGN.md §4 "One writer").
  app.quit()
} else {
  // Before `ready`, or the scheme gets no origin (checklist 18).
  registerAppScheme(protocol)
  hardenAllWebContents(app, shell)
  app.on('second-instance', () => {
    if (mainWindow === null) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  start().catch((error: unknown) => {
    log(`startup failed: ${stackOf(error)}`)
    app.quit()
  })
}
