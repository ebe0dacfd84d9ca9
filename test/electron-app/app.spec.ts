// The real app in the real Electron runtime (`npm run test:electron`): the window loads app://, the
// page has window.api and no Node, an operator is added and one account looked up against the
// simulator, and quitting flushes the cache (docs/architecture.md §7).
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type Simulator } from '../../tools/sim/index'
import { truoraStyleKey } from '../support/jwt'

/** The operator's passphrase, chosen in the setup form. */
const PASSPHRASE = 'electron field passphrase'
const binary = process.env.TAL_ELECTRON_BINARY ?? ''
let sim: Simulator
let userData: string
let app: ElectronApplication
let page: Page

beforeAll(async () => {
  sim = await startSimulator({ accounts: 20, key: truoraStyleKey() })
  userData = await mkdtemp(join(tmpdir(), 'tal-electron-app-'))
  app = await _electron.launch({
    executablePath: binary,
    args: ['.', `--user-data-dir=${userData}`],
    env: {
      ...process.env,
      TRUORA_VALIDATIONS_URL: sim.endpoints.validations,
      TRUORA_IDENTITY_URL: sim.endpoints.identity,
      TRUORA_ACCOUNT_URL: sim.endpoints.account
    }
  })
  page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
})

afterAll(async () => {
  await app?.close().catch(() => undefined)
  await sim?.close()
  await rm(userData, { recursive: true, force: true })
})

describe('the app in Electron', () => {
  it('loads the UI from app:// with window.api and without Node', async () => {
    expect(page.url()).toMatch(/^app:\/\/app\//)
    const globals = await page.evaluate(() => {
      const inPage = globalThis as unknown as Record<string, unknown>
      return {
        api: typeof inPage.api,
        require: typeof inPage.require,
        process: typeof inPage.process,
        ipcRenderer: typeof (inPage.api as Record<string, unknown> | undefined)?.ipcRenderer
      }
    })
    expect(globals).toEqual({
      api: 'object',
      require: 'undefined',
      process: 'undefined',
      ipcRenderer: 'undefined'
    })
  })

  it('adds an operator with a passphrase and looks one account up at the simulator', async () => {
    await page.waitForURL(/#\/setup$/)
    await page.fill('#setup-name', 'Electron Field')
    await page.fill('#setup-key', sim.key)
    await page.fill('#setup-passphrase', PASSPHRASE)
    await page.fill('#setup-confirm', PASSPHRASE)
    await page.click('form button[type="submit"]')
    await page.getByTestId('operator-added').waitFor()
    await page.getByTestId('setup-continue').click()
    const id = sim.accounts()[2]!.account_id
    await page.fill('#search-box', id)
    const lookup = page.locator('[data-testid="lookup"][data-state="found"]')
    await lookup.waitFor()
    expect(await lookup.textContent()).toContain(id)
    expect(sim.count({ method: 'GET', pathPrefix: `/v1/accounts/${id}` })).toBeGreaterThan(0)
  })

  it('locks with the Lock button and unlocks with the passphrase', async () => {
    await page.getByTestId('lock-button').click()
    await page.getByTestId('lock-screen').waitFor()
    await page.getByTestId('unlock-passphrase').fill(PASSPHRASE)
    await page.getByTestId('unlock').click()
    await page.getByTestId('lock-screen').waitFor({ state: 'detached' })
  })

  it('writes the cache to disk when the app quits', async () => {
    await app.close()
    const operators = join(userData, 'operators')
    const [operatorId] = await readdir(operators)
    expect(await readdir(join(operators, operatorId!))).not.toEqual([])
  })
})
