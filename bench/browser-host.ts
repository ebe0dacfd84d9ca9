// The renderer section's browser: the built renderer (tools/browser-host/renderer-build.ts) served over loopback
// (tools/browser-host/static-server.ts) in Chromium, its `window.api` joined to a Backend in this process, as the
// browser test host does. Unlike tools/browser-host/host.ts it takes the Backend it is given (the benchmark's
// cache, the in-memory keychain stand-in), carries answers as JSON text (tools/browser-host/bridge.ts), and leaves
// the page's clock alone: Playwright's fake clock would also stand in for requestAnimationFrame and
// performance.now().
import { chromium, type Browser, type Page } from 'playwright-core'
import type { Backend } from '../src/main/backend/create-backend'
import { ensureRendererBuilt } from '../tools/browser-host/renderer-build'
import { serveFolder, type StaticServer } from '../tools/browser-host/static-server'
import { bridgePage } from '../tools/browser-host/bridge'

export interface BrowserHost {
  page: Page
  /** Page errors and console errors seen so far. */
  problems: string[]
  /** Opens a route of the app (`/`, `/settings`, …). */
  open(route?: string): Promise<void>
  close(): Promise<void>
}

export async function startBrowserHost(
  backend: Backend,
  options: { locale: string; viewport: { width: number; height: number } }
): Promise<BrowserHost> {
  const rendererDir = await ensureRendererBuilt()
  let server: StaticServer | undefined
  let browser: Browser | undefined
  let stopEvents: (() => void) | undefined
  try {
    server = await serveFolder(rendererDir)
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    })
    const context = await browser.newContext({ locale: options.locale, viewport: options.viewport })
    // The benchmark runs under tsx, whose esbuild keeps function names by wrapping functions in
    // `__name(fn, "name")`; functions Playwright sends into the page (the bridge's, the probe's) carry
    // those calls, so the page gets the helper first. Under vitest the same functions have none.
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn' })
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    stopEvents = await bridgePage(page, backend)
    const base = server.url
    const opened = { server, browser, stopEvents }
    return {
      page,
      problems,
      async open(route = '/') {
        await page.goto(`${base}/#${route}`)
      },
      async close() {
        opened.stopEvents()
        await opened.browser.close()
        await opened.server.close()
      }
    }
  } catch (error) {
    stopEvents?.()
    await browser?.close()
    await server?.close()
    throw error
  }
}
