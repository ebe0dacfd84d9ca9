// The browser test host (DESIGN.md §7): the real Backend (with the simulator and the real keychain)
// in this process, the built renderer served over loopback HTTP, Chromium showing it, joined by a
// `window.api` whose calls go to the Backend. Each host has its own data folder, keychain service,
// simulator and browser context.
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import axe from 'axe-core'
import { backendFixture, type BackendFixture } from '../../test/support/backend-fixture'
import type { BackendOptions } from '../../src/main/backend/backend-options'
import type { SimOptions } from '../sim/index'
import { bridgePage } from './bridge'
import { ensureRendererBuilt } from './renderer-build'
import { serveFolder, type StaticServer } from './static-server'
import { contentSecurityPolicy } from '../../src/main/electron/security'

export type HostLocale = 'es' | 'en' | 'pt-BR'
const BROWSER_LOCALE: Record<HostLocale, string> = { es: 'es-CO', en: 'en-US', 'pt-BR': 'pt-BR' }
const RESULTS_DIR = resolve('test-results')

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: string[]
}

export interface Host {
  page: Page
  fixture: BackendFixture
  locale: HostLocale
  /** Page errors, console errors and CSP violations seen so far: a spec expects none. */
  problems: string[]
  /** Links the app asked main to open in the system browser (Electron's shell stands in here). */
  openedInBrowser: string[]
  /** Opens a route of the app (`/`, `/settings`, …). */
  open(route?: string): Promise<void>
  /** Saves `test-results/<name>-<locale>.png` and returns its path. */
  screenshot(name: string): Promise<string>
  /** Serious and critical axe-core violations on the page as it is now. */
  axe(): Promise<AxeViolation[]>
  /** Moves the Backend's and the page's clocks forward together (to age the cache). */
  advanceClock(ms: number): Promise<void>
  /**
   * At the lock screen, unlocks the operator named `name` (the one offered first when not given) with
   * the passphrase the fixture added them with, as the operator would: choose, type, press Unlock.
   */
  unlockInPage(name?: string): Promise<void>
  /** The Backend's clock. */
  now(): Date
  close(): Promise<void>
}

/** One Chromium per set of flags (with or without the fake camera), shared by the hosts that use it. */
const browsers = new Map<string, { browser: Promise<Browser>; users: number }>()

/**
 * `fakeCamera`: Chromium's own test camera (a moving pattern) answers getUserMedia, and its
 * permission prompt is accepted as a user would; the app's permission rule is Electron's and is
 * tested in test/electron/security-*.test.ts.
 */
function launch(fakeCamera: boolean): Promise<Browser> {
  const flags = fakeCamera ? 'camera' : 'plain'
  let entry = browsers.get(flags)
  if (!entry) {
    entry = {
      browser: chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          ...(fakeCamera ? ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] : [])
        ]
      }),
      users: 0
    }
    browsers.set(flags, entry)
  }
  entry.users += 1
  return entry.browser
}

async function release(fakeCamera: boolean): Promise<void> {
  const flags = fakeCamera ? 'camera' : 'plain'
  const entry = browsers.get(flags)
  if (!entry) return
  entry.users -= 1
  if (entry.users === 0) {
    browsers.delete(flags)
    await (await entry.browser).close()
  }
}

/**
 * A clock that runs like the app's (outbox backoff and the mirror's pacing need time to pass) from a
 * fixed start, so ages are the same on every run, and can be moved forward.
 */
function runningClock(start: Date) {
  const startedAt = performance.now()
  let offset = 0
  return {
    now: () => new Date(start.getTime() + (performance.now() - startedAt) + offset),
    advance: (ms: number) => {
      offset += ms
    }
  }
}

const CLOCK_START = new Date('2026-11-26T12:00:00Z')

export async function startHost(options: {
  locale: HostLocale
  sim?: SimOptions
  /** Default 1280×800; every view must work down to 640 px wide. */
  viewport?: { width: number; height: number }
  /** 2 with a halved viewport is the app at 200 % zoom (WCAG 1.4.10 reflow). */
  deviceScaleFactor?: number
  /** Backend options over the test fixture's (e.g. the app's own connectivity timings). */
  backend?: Partial<BackendOptions>
  /** Chromium with its fake camera (on-site validation): see `launch`. */
  fakeCamera?: boolean
  /** Serve the page with the app's own CSP header (security.ts), as app:// does, besides the meta tag. */
  productionCsp?: boolean
}): Promise<Host> {
  const fakeCamera = options.fakeCamera === true
  const rendererDir = await ensureRendererBuilt()
  await mkdir(RESULTS_DIR, { recursive: true })
  const clock = runningClock(CLOCK_START)
  const openedInBrowser: string[] = []
  const fixture = await backendFixture({
    backend: {
      ...options.backend,
      now: clock.now,
      openInBrowser: async (url) => {
        openedInBrowser.push(url)
        return { ok: true, data: null }
      }
    },
    ...(options.sim ? { sim: options.sim } : {})
  })
  let server: StaticServer | undefined
  let context: BrowserContext | undefined
  let stopEvents: (() => void) | undefined
  try {
    server = await serveFolder(rendererDir, options.productionCsp ? { csp: contentSecurityPolicy() } : {})
    const shown = await launch(fakeCamera)
    context = await shown.newContext({
      locale: BROWSER_LOCALE[options.locale],
      viewport: options.viewport ?? { width: 1280, height: 800 },
      ...(options.deviceScaleFactor === undefined ? {} : { deviceScaleFactor: options.deviceScaleFactor }),
      permissions: ['clipboard-read', 'clipboard-write', ...(fakeCamera ? ['camera'] : [])]
    })
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    // The page's clock starts at the Backend's, so ages shown in the page are the Backend's ages.
    await page.clock.install({ time: CLOCK_START })
    stopEvents = await bridgePage(page, fixture.backend)
    const base = server.url
    const host: Host = {
      page,
      fixture,
      locale: options.locale,
      problems,
      openedInBrowser,
      async open(route = '/') {
        await page.goto(`${base}/#${route}`)
      },
      async screenshot(name) {
        const path = resolve(RESULTS_DIR, `${name}-${options.locale}.png`)
        await page.screenshot({ path, fullPage: false, animations: 'disabled' })
        return path
      },
      async axe() {
        // Evaluated through the DevTools protocol, which the page's CSP does not block (a <script> would be).
        await page.evaluate(axe.source)
        const found = await page.evaluate(async () => {
          const inPage = globalThis as unknown as { axe: typeof axe }
          const result = await inPage.axe.run({ exclude: [] }, { resultTypes: ['violations'] })
          return result.violations.map((violation) => ({
            id: violation.id,
            impact: violation.impact ?? null,
            help: violation.help,
            nodes: violation.nodes.map((node) => node.target.join(' '))
          }))
        })
        return found.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      },
      async advanceClock(ms) {
        // Lines the page's time up with the Backend's, then moves both on; the fast-forward fires the
        // page's due timers (its "now" ticker) at the new time.
        await page.clock.setSystemTime(clock.now())
        clock.advance(ms)
        await page.clock.fastForward(ms)
      },
      now: clock.now,
      async unlockInPage(name) {
        const lock = page.getByTestId('lock-screen')
        await lock.waitFor()
        const listed = await fixture.backend.operators.list()
        const operators = listed.ok ? listed.data.operators : []
        const operator = name === undefined ? undefined : operators.find((op) => op.name === name)
        if (operator) await page.locator(`#lock-operator-${operator.id}`).check()
        const id = operator?.id ?? (await page.locator('input[name="lock-operator"]:checked').inputValue())
        await page.getByTestId('unlock-passphrase').fill(fixture.passphraseOf(id))
        await page.getByTestId('unlock').click()
        await lock.waitFor({ state: 'detached' })
      },
      async close() {
        stopEvents?.()
        await context?.close()
        await release(fakeCamera)
        await server?.close()
        await fixture.close()
      }
    }
    return host
  } catch (error) {
    stopEvents?.()
    await context?.close()
    await server?.close()
    await fixture.close()
    throw error
  }
}
