// The BUILT main bundle (out/main/index.js) loaded under Node with `electron` resolved to the
// stand-in (DESIGN.md §7): it must load, wire every channel after `ready`, open one hardened window
// on app://, serve the renderer, and flush the Backend on quit. vi.mock cannot reach a prebuilt
// bundle, so this runs it in a child process with a module resolve hook.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { channelEntries } from '@shared/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const BUNDLE = 'out/main/index.js'
const OUTPUTS = [BUNDLE, 'out/preload/index.cjs', 'out/renderer/index.html']

/** Newest modification time under `dir`. */
async function newest(dir: string): Promise<number> {
  let latest = 0
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return latest
}

/** `npm test` builds first; run alone, this builds when out/ is missing or older than the sources. */
async function ensureBuilt(): Promise<void> {
  const built = OUTPUTS.every((file) => existsSync(file))
  const sources = Math.max(await newest('src'), statSync('electron.vite.config.ts').mtimeMs)
  if (built && Math.min(...OUTPUTS.map((file) => statSync(file).mtimeMs)) >= sources) return
  const build = spawnSync('npx', ['electron-vite', 'build'], { encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`)
}

function runBundle(userData: string, env: Record<string, string> = {}) {
  // Production mode: no dev server to load from.
  const { ELECTRON_RENDERER_URL: _devServer, ...inherited } = process.env
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      './test/support/electron/electron-stand-in-loader.mjs',
      'test/support/electron/smoke-main.ts',
      BUNDLE
    ],
    {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...inherited, STAND_IN_PATH_USERDATA: userData, ...env }
    }
  )
  if (child.status !== 0) throw new Error(`the bundle did not run (exit ${child.status}):\n${child.stderr}`)
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!)
}

let userData: string

beforeAll(async () => {
  await ensureBuilt()
  userData = await mkdtemp(join(tmpdir(), 'bundle-smoke-'))
}, 180_000)

afterAll(async () => {
  await rm(userData, { recursive: true, force: true })
})

describe('the built main bundle', () => {
  it('loads, wires everything after ready, and quits cleanly', () => {
    const report = runBundle(userData)

    // Before ready: only the privileged scheme and app listeners, no IPC yet.
    expect(report.beforeReady.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
    expect(report.beforeReady.handlers).toBe(0)
    expect(report.beforeReady.appEvents).toEqual([
      'second-instance',
      'web-contents-created',
      'window-all-closed'
    ])

    // After ready: every channel once, one window with the security settings explicit.
    expect([...report.channels].sort()).toEqual(
      channelEntries()
        .map((entry) => entry.channel)
        .sort()
    )
    expect(report.windows).toBe(1)
    expect(report.windowOptions).toMatchObject({
      width: 1200,
      height: 800,
      minWidth: 640,
      minHeight: 640,
      show: false,
      title: 'Truora Account Lookup',
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true }
    })
    expect(report.windowOptions.webPreferences.preload).toMatch(/out[/\\]preload[/\\]index\.cjs$/)
    expect(report.preloadExists).toBe(true)
    expect(report.visible).toBe(true)
    expect(report.loadedUrls).toEqual(['app://app/index.html'])

    // The renderer is served on app:// with the CSP header; traversal is refused.
    expect(report.entry).toMatchObject({ status: 200, html: true })
    expect(report.entry.csp).toContain("script-src 'self'")
    expect(report.traversalStatus).toBe(400)

    // Session and navigation hardening are in place.
    expect(report.permission).toBe(false)
    expect(report.permissionCheck).toBe(false)
    expect(report.navigationPrevented).toBe(true)
    expect(report.windowOpen).toEqual({ action: 'deny' })

    // Quit is held once for the Backend to close, then goes through.
    expect(report.quit).toEqual({ calls: 2, willQuit: true })
  })

  it('as a second instance, quits at once and registers nothing', () => {
    const report = runBundle(userData, { STAND_IN_SECOND_INSTANCE: '1' })
    expect(report.quitCalls).toBe(1)
    expect(report.channels).toEqual([])
    expect(report.windows).toBe(0)
    expect(report.beforeReady.privileged).toEqual([])
  })
})
