// The session lock in real Chromium against the real Backend and keychain (DESIGN.md §6), in es and
// en, at 1280×800 and in a narrow 640 px window: the passphrase form with its strength meter, the lock
// screen (names only, nothing cached in the page), a wrong passphrase, the idle lock by the clock,
// the migration prompt of an operator from before passphrases, the forgotten-passphrase answer, and
// the activity log with its CSV export. Screenshots in test-results/, each page axe-clean.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDataKey } from '../../src/main/cache/open-cache'
import { writeProfileCopy } from '../../src/main/operators/profile-copy'
import { openOperatorCache } from '../support/cache-files'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { message, messageStart } from '../support/e2e-messages'

const WIDE = { width: 1280, height: 800 }
const NARROW = { width: 640, height: 800 }
const PASSPHRASE = 'lluvia fina sobre el puerto viejo'

describe.each<HostLocale>(['es', 'en'])('the session lock (%s)', (locale) => {
  let host: Host
  let accountId: string
  beforeAll(async () => {
    host = await startHost({ locale, viewport: WIDE })
    accountId = host.fixture.sim.accounts()[2]!.account_id
  })
  afterAll(async () => {
    await host?.close()
  })

  /** Both sizes: the 1280×800 window and a narrow 640 px one, each axe-clean, `shown` in view. */
  async function shots(name: string, shown?: Locator): Promise<void> {
    await shown?.scrollIntoViewIfNeeded()
    await host.screenshot(name)
    expect(await host.axe(), name).toEqual([])
    await host.page.setViewportSize(NARROW)
    await shown?.scrollIntoViewIfNeeded()
    await host.screenshot(`${name}-narrow`)
    expect(await host.axe(), `${name} narrow`).toEqual([])
    await host.page.setViewportSize(WIDE)
  }

  it('asks for a passphrase when the first operator is added, and says how strong it is while typing', async () => {
    const { page } = host
    await host.open('/')
    await page.waitForURL(/#\/setup$/)
    await page.fill('#setup-name', 'Ana Field')
    await page.fill('#setup-key', host.fixture.sim.key)
    const strength = page.getByTestId('passphrase-strength')
    await page.fill('#setup-passphrase', 'short')
    expect(await strength.textContent()).toContain(message(locale, 'passphrase.strength.too_short'))
    await page.fill('#setup-passphrase', 'password123')
    expect(await strength.getAttribute('data-level')).toBe('weak')
    expect(await strength.textContent()).toContain(message(locale, 'passphrase.strength.weak'))
    await page.fill('#setup-passphrase', PASSPHRASE)
    expect(await strength.getAttribute('data-level')).toBe('strong')
    await page.fill('#setup-confirm', `${PASSPHRASE} x`)
    await page.click('form button[type="submit"]')
    await page.getByText(message(locale, 'validation.passphraseMismatch')).waitFor()
    await page.fill('#setup-confirm', PASSPHRASE)
    await page.fill('#setup-passphrase', 'lluvia fina sobre el')
    await page.fill('#setup-passphrase', PASSPHRASE)
    await shots('passphrase-form')
    await page.click('form button[type="submit"]')
    await page.getByTestId('operator-added').waitFor()
    expect(await page.inputValue('#setup-passphrase')).toBe('')
    expect(await page.inputValue('#setup-confirm')).toBe('')
    await page.getByTestId('setup-continue').click()
    await page.waitForURL(/#\/$/)
    expect(host.problems).toEqual([])
  })

  it('locks with the Lock button: the lock screen names the operators and shows nothing cached', async () => {
    const { page } = host
    await page.fill('#search-box', accountId)
    await page.locator('[data-testid="lookup"][data-state="found"]').waitFor()
    expect(await page.content()).toContain(accountId)
    await page.getByTestId('lock-button').click()
    const lock = page.getByTestId('lock-screen')
    await lock.waitFor()
    expect(await page.title()).toBe(`Truora Account Lookup — ${message(locale, 'views.lock')}`)
    expect(await lock.textContent()).toContain('Ana Field')
    // Nothing of the cache anywhere in the page, and no navigation to reach it.
    expect(await page.content()).not.toContain(accountId)
    expect(await page.locator('nav').count()).toBe(0)
    await shots('lock-screen')

    await page.getByTestId('unlock-passphrase').fill('not the passphrase')
    await page.getByTestId('unlock').click()
    await page.getByTestId('unlock-error').getByText(message(locale, 'lock.wrong')).waitFor()
    expect(await page.inputValue('[data-testid="unlock-passphrase"]')).toBe('')
    await host.screenshot('lock-screen-wrong')
    expect(await host.axe()).toEqual([])
    await page.getByTestId('unlock-passphrase').fill(PASSPHRASE)
    await page.getByTestId('unlock').click()
    await lock.waitFor({ state: 'detached' })
    await page.locator('#search-box').waitFor()
    expect(host.problems).toEqual([])
  })

  it('locks by itself after 15 minutes without use, and says why', async () => {
    const { page } = host
    await host.advanceClock(15 * 60_000 + 1_000)
    const reason = page.getByTestId('lock-reason')
    await reason.waitFor()
    expect(await reason.textContent()).toBe(message(locale, 'lock.reason.idle', { minutes: 15 }))
    await page.keyboard.press('Control+L')
    await page.getByTestId('unlock-passphrase').fill(PASSPHRASE)
    await page.keyboard.press('Enter')
    await page.getByTestId('lock-screen').waitFor({ state: 'detached' })
    // Ctrl+L locks again.
    await page.keyboard.press('Control+L')
    await page.getByTestId('lock-screen').waitFor()
    expect(host.problems).toEqual([])
  })

  it('asks an operator from before passphrases to choose one, and then opens their cache', async () => {
    const { page, fixture } = host
    // What the app before passphrases left on disk and in the keychain for Beto.
    const id = randomUUID()
    const dataKey = generateDataKey()
    const beto = { id, name: 'Beto Office', createdAt: '2026-01-10T09:00:00.000Z' }
    await writeProfileCopy(fixture.dataDir, beto)
    const profiles = JSON.parse(await readFile(join(fixture.dataDir, 'operators.json'), 'utf8')) as {
      version: 1
      activeId: string
      operators: unknown[]
    }
    await writeFile(
      join(fixture.dataDir, 'operators.json'),
      JSON.stringify({ ...profiles, operators: [...profiles.operators, beto] })
    )
    await fixture.keychain.setPassword(fixture.keychain.service, id, fixture.sim.key)
    await fixture.keychain.setPassword(fixture.keychain.service, `${id}:data-key`, dataKey.toString('base64'))
    const { store } = await openOperatorCache(fixture.dataDir, id, dataKey)
    store.accounts.put(fixture.sim.accounts()[5]!, fixture.clock.now.toISOString())
    await store.close()

    // The app starts again (a reload of the window: what it knows comes from the Backend afresh).
    await page.reload()
    await page.getByTestId('lock-screen').waitFor()
    await page.locator(`#lock-operator-${id}`).check()
    const form = page.getByTestId('migration-form')
    await form.waitFor()
    expect(await form.textContent()).toContain(message(locale, 'migration.heading', { name: 'Beto Office' }))
    await page.fill(`#migration-${id}-passphrase`, 'el faro de la costa norte')
    await page.fill(`#migration-${id}-confirm`, 'el faro de la costa norte')
    await shots('migration-prompt')
    await page.getByTestId('migration-submit').click()
    await page.getByTestId('lock-screen').waitFor({ state: 'detached' })
    // Beto's cache, under the same data key, wrapped now: the raw entries are gone.
    await page.fill('#search-box', fixture.sim.accounts()[5]!.account_id)
    await page.locator('[role="listitem"]', { hasText: fixture.sim.accounts()[5]!.account_id }).waitFor()
    expect((await fixture.keychain.entries()).map((entry) => entry.account)).not.toContain(id)
    expect(host.problems).toEqual([])
  })

  it('shows the activity log in Settings and exports it as CSV', async () => {
    const { page } = host
    await host.open('/settings')
    const panel = page.getByTestId('activity-panel')
    await panel.getByText(message(locale, 'activity.action.passphrase_set')).waitFor()
    expect(await panel.textContent()).toContain(message(locale, 'activity.action.unlock'))
    await shots('activity-log', panel)
    await page.getByTestId('activity-export').click()
    await page
      .getByTestId('toast')
      .filter({ hasText: messageStart(locale, 'activity.exported') })
      .waitFor()
    expect(host.problems).toEqual([])
  })

  it('answers a forgotten passphrase plainly: removing is the only way back, and says what is lost', async () => {
    const { page, fixture } = host
    await fixture.sim.stop()
    const queued = await fixture.backend.accounts.create({ account_id: `forgot-${locale}` })
    expect(queued.ok && queued.data.status).toBe('queued')
    await page.getByTestId('lock-button').click()
    await page.getByTestId('lock-screen').waitFor()
    const listed = await fixture.backend.operators.list()
    const betoId = (listed.ok ? listed.data.operators : []).find((op) => op.name === 'Beto Office')!.id
    await page.locator(`#lock-operator-${betoId}`).check()
    await page.getByTestId('forgot').click()
    const dialog = page.getByTestId('confirm-dialog')
    await dialog.waitFor()
    const text = (await dialog.textContent()) ?? ''
    expect(text).toContain(message(locale, 'forgot.body'))
    const forms = message(locale, 'forgot.lossQueued', { count: 1 }).split(' | ')
    expect(text).toContain(forms[0])
    await host.screenshot('forgot-passphrase')
    expect(await host.axe()).toEqual([])
    await dialog.getByRole('button', { name: message(locale, 'settings.cancel') }).click()
    await dialog.waitFor({ state: 'detached' })
    expect((await fixture.keychain.entries()).map((entry) => entry.account)).toContain(`${betoId}:vault`)
    await fixture.sim.start()
    expect(host.problems).toEqual([])
  })
})
