// Child process of bundle-smoke.test.ts: loads the built main bundle with `electron` resolved to the
// stand-in (see electron-stand-in-loader.mjs), plays Electron's start-up and quit, and prints what
// the bundle registered as one JSON line.
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import * as electron from './electron-stand-in'

const turn = () => new Promise((resolve) => setImmediate(resolve))

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 10))
}

const bundle = process.argv[2]!
await import(pathToFileURL(bundle).href)
const beforeReady = {
  privileged: [...electron.protocol.privileged],
  handlers: electron.ipcMain.handleCalls.length,
  appEvents: electron.app.eventNames().map(String).sort()
}
electron.app.simulateReady()

if (electron.app.singleInstanceLock) {
  await until(() => electron.BrowserWindow.all.length > 0)
  const window = electron.BrowserWindow.all[0]!
  window.emit('ready-to-show')
  const serve = electron.protocol.handlers.get('app')!
  const entry = await serve(new Request('app://app/index.html'))
  const traversal = await serve(new Request('app://app/%2e%2e%2fmain%2findex.js'))
  const session = electron.session.defaultSession
  const permission = await new Promise<boolean>((resolve) =>
    session.permissionRequestHandler!({}, 'media', resolve)
  )
  const preload = (window.options.webPreferences as Record<string, unknown>).preload as string
  const report = {
    beforeReady,
    channels: electron.ipcMain.handleCalls,
    windows: electron.BrowserWindow.all.length,
    windowOptions: window.options,
    preloadExists: existsSync(preload),
    visible: window.visible,
    loadedUrls: window.loadedUrls,
    entry: {
      status: entry.status,
      csp: entry.headers.get('content-security-policy'),
      html: (await entry.text()).includes('<div id="app"')
    },
    traversalStatus: traversal.status,
    permission,
    permissionCheck: session.permissionCheckHandler!({}, 'geolocation', 'app://app'),
    navigationPrevented: window.webContents.simulate('will-navigate', 'https://evil.example/'),
    windowOpen: window.webContents.windowOpenHandler!({ url: 'https://evil.example/' }),
    quit: { calls: 0, willQuit: false }
  }
  const willQuit = once(electron.app, 'will-quit')
  electron.app.quit()
  await willQuit
  report.quit = { calls: electron.app.quitCalls, willQuit: true }
  process.stdout.write(`${JSON.stringify(report)}\n`)
} else {
  for (let i = 0; i < 20; i++) await turn()
  const report = {
    beforeReady,
    channels: electron.ipcMain.handleCalls,
    windows: electron.BrowserWindow.all.length,
    quitCalls: electron.app.quitCalls
  }
  process.stdout.write(`${JSON.stringify(report)}\n`)
}
process.exit(0)
