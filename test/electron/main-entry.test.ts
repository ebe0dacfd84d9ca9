// src/main/index.ts from source with `electron` stood in: what it hands the Backend (userData as the
// data folder, the development keychain service, Truora URLs from the environment, net.fetch), and
// the development mode (dev server loaded and trusted, its HMR socket allowed by the CSP).
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { KEYCHAIN_SERVICE_DEV } from '../../src/main/operators/secret-store'
import { eventually } from '../support/backend-fixture'
import { findCredentials } from '../support/keychain'
import type * as StandInModule from '../support/electron/electron-stand-in'
import { startSimulator, type Simulator } from '../../tools/sim/index'

type StandIn = typeof StandInModule

/** A fresh copy of the stand-in and of index.ts, as a new app process would have. */
async function startApp(userData: string, env: Record<string, string | undefined>): Promise<StandIn> {
  vi.resetModules()
  vi.doMock('electron', () => import('../support/electron/electron-stand-in'))
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  const electron = await import('../support/electron/electron-stand-in')
  electron.app.paths.set('userData', userData)
  await import('../../src/main/index')
  electron.app.simulateReady()
  await eventually(() => electron.BrowserWindow.all.length === 1)
  return electron
}

async function quit(electron: StandIn): Promise<void> {
  const willQuit = new Promise((resolve) => electron.app.once('will-quit', resolve))
  electron.app.quit()
  await willQuit
}

let sim: Simulator
let userData: string
const saved = { ...process.env }

beforeAll(async () => {
  sim = await startSimulator({ accounts: 5 })
  userData = await mkdtemp(join(tmpdir(), 'main-entry-'))
})

afterAll(async () => {
  process.env = saved
  await sim?.close()
  await rm(userData, { recursive: true, force: true })
})

describe('index.ts in development, without a dev server', () => {
  it('gives the Backend userData, the Dev keychain, the Truora URLs from the environment and fetch', async () => {
    const electron = await startApp(userData, {
      ELECTRON_RENDERER_URL: undefined,
      TRUORA_VALIDATIONS_URL: sim.endpoints.validations,
      TRUORA_IDENTITY_URL: sim.endpoints.identity,
      TRUORA_ACCOUNT_URL: sim.endpoints.account
    })
    expect(electron.BrowserWindow.all[0]!.loadedUrls).toEqual(['app://app/index.html'])

    const added = (await electron.invokeFrom(electron.appFrame, 'operators:add', {
      name: 'Entry test',
      apiKey: sim.key,
      passphrase: 'entry test passphrase'
    })) as { ok: boolean; data: { operator: { id: string } } }
    expect(added.ok).toBe(true)
    const id = added.data.operator.id
    const status = async () =>
      ((await electron.invokeFrom(electron.appFrame, 'session:status')) as { data: { state: string } }).data
    // Added as the first operator: unlocked. The OS locking the screen locks the session, and so does
    // a suspend (powerMonitor, wired in index.ts).
    expect(await status()).toMatchObject({ state: 'unlocked', operatorId: id })
    electron.powerMonitor.emit('lock-screen')
    await eventually(async () => (await status()).state === 'locked')
    expect(await status()).toMatchObject({ lockedBy: 'system' })
    const unlock = () =>
      electron.invokeFrom(electron.appFrame, 'session:unlock', {
        operatorId: id,
        passphrase: 'entry test passphrase'
      }) as Promise<{ ok: boolean }>
    expect((await unlock()).ok).toBe(true)
    electron.powerMonitor.emit('suspend')
    await eventually(async () => (await status()).state === 'locked')
    expect((await unlock()).ok).toBe(true)
    // The key was checked against the simulator (the env URLs, through the fetch index.ts passes)…
    expect(sim.requests.some((request) => request.headers['truora-api-key'] === '<key>')).toBe(true)
    // …stored under the development keychain service, and the profile written in userData.
    const stored = await findCredentials(KEYCHAIN_SERVICE_DEV)
    expect(stored.map((entry) => entry.account).some((account) => account.includes(id))).toBe(true)
    expect(await readdir(userData)).toContain('operators.json')

    // Removing it clears the keychain again, then the app quits after closing the Backend.
    expect(
      ((await electron.invokeFrom(electron.appFrame, 'operators:remove', id)) as { ok: boolean }).ok
    ).toBe(true)
    const left = await findCredentials(KEYCHAIN_SERVICE_DEV)
    expect(left.map((entry) => entry.account).some((account) => account.includes(id))).toBe(false)
    await quit(electron)
    expect(electron.app.quitCalls).toBe(2)
  })
})

describe('index.ts with the electron-vite dev server', () => {
  it('loads the dev server, trusts only its origin, and lets its HMR socket through the CSP', async () => {
    const dev = 'http://localhost:5173'
    const electron = await startApp(userData, { ELECTRON_RENDERER_URL: dev })
    expect(electron.BrowserWindow.all[0]!.loadedUrls).toEqual([dev])

    const fromDev = (await electron.invokeFrom(
      { url: `${dev}/#/search`, parent: null },
      'operators:list'
    )) as { ok: boolean }
    expect(fromDev.ok).toBe(true)
    const fromElsewhere = (await electron.invokeFrom(
      { url: 'http://localhost:5174/', parent: null },
      'operators:list'
    )) as {
      error: { code: string }
    }
    expect(fromElsewhere.error.code).toBe('forbidden')

    const headers = await new Promise<{ responseHeaders?: Record<string, string[]> }>((resolve) =>
      electron.session.defaultSession.headersListener!({ url: `${dev}/`, responseHeaders: {} }, resolve)
    )
    expect(headers.responseHeaders?.['Content-Security-Policy']?.[0]).toContain('ws://localhost:5173')
    await quit(electron)
  })
})
