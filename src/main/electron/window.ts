// The app's one window: sandboxed, context-isolated, the preload as its only bridge (Electron security
// checklist 2-4, 6), shown once its first paint is ready.
import type { BrowserWindow as BrowserWindowType } from 'electron'
import { BrowserWindow } from 'electron'

export interface WindowOptions {
  preloadPath: string
  /** app://app/index.html, or the dev server in development. */
  url: string
}

export function createMainWindow({ preloadPath, url }: WindowOptions): BrowserWindowType {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    // Every view reflows down to 640 px (WCAG 1.4.10: 1280 px at 200 % zoom is 640 CSS px).
    minWidth: 640,
    minHeight: 640,
    show: false,
    title: 'Truora Account Lookup',
    webPreferences: {
      preload: preloadPath,
      // Set explicitly even where they are the defaults, so the intent is visible and a changed
      // default cannot weaken them.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // A middle-click (auxclick) would ask for a new window; the window-open handler denies them all,
      // and this keeps the event from firing at all (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick'
    }
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(url)
  return window
}
