// The foundation's story in the browser (the operator and lookup views): add an operator (a wrong key is
// refused, the right one saved), look an account up by ID, then lose the network: the same ID comes from the
// cache labelled with its age, and an ID never fetched says so plainly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { message, messageStart } from '../support/e2e-messages'

const HOUR = 3_600_000

describe.each<HostLocale>(['es', 'en'])('first run and lookup by ID, online and offline (%s)', (locale) => {
  let host: Host
  let accountId: string
  let otherId: string
  beforeAll(async () => {
    host = await startHost({ locale })
    accountId = host.fixture.sim.accounts()[3]!.account_id
    otherId = host.fixture.sim.accounts()[7]!.account_id
  })
  afterAll(async () => {
    await host?.close()
  })

  it('starts on the operator setup and refuses a wrong key with a readable message', async () => {
    const { page } = host
    await host.open('/')
    await page.waitForURL(/#\/setup$/)
    expect(await page.title()).toBe(`Truora Account Lookup — ${message(locale, 'views.setup')}`)
    await page.fill('#setup-name', 'Ana Field')
    await page.fill('#setup-key', 'wrong-key-0123456789')
    await page.fill('#setup-passphrase', host.fixture.passphraseOf(''))
    await page.fill('#setup-confirm', host.fixture.passphraseOf(''))
    expect(await page.getAttribute('#setup-key', 'type')).toBe('password')
    await page.click('form button[type="submit"]')
    const error = page.getByTestId('operator-error')
    await error.waitFor()
    expect(await error.textContent()).toContain(message(locale, 'errors.unauthorized'))
    await host.screenshot('setup-wrong-key')
    expect(await host.axe()).toEqual([])
  })

  it('saves the operator with the right key and shows its Truora client', async () => {
    const { page } = host
    await page.fill('#setup-key', host.fixture.sim.key)
    await page.click('form button[type="submit"]')
    const added = page.getByTestId('operator-added')
    await added.waitFor()
    expect(await added.textContent()).toContain(message(locale, 'operatorForm.added', { name: 'Ana Field' }))
    expect(await added.textContent()).toMatch(/TCI\w+/)
    // The key and the passphrase never stay in the page once main has them.
    expect(await page.inputValue('#setup-key')).toBe('')
    expect(await page.inputValue('#setup-passphrase')).toBe('')
    const listed = await host.fixture.backend.operators.list()
    expect(listed.ok && listed.data.operators.map((operator) => operator.name)).toEqual(['Ana Field'])
    await host.screenshot('setup-added')
    await page.getByTestId('setup-continue').click()
    await page.waitForURL(/#\/$/)
  })

  it('looks an account up by ID from Truora and says it is fresh', async () => {
    const { page } = host
    await page.keyboard.press('Control+K')
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id
      )
    ).toBe('search-box')
    await page.keyboard.type(accountId)
    const lookup = page.locator('[data-testid="lookup"][data-state="found"]')
    await lookup.waitFor()
    expect(await lookup.textContent()).toContain(accountId)
    expect(await lookup.getByTestId('freshness').textContent()).toContain(
      message(locale, 'freshness.network', { age: message(locale, 'freshness.justNow') })
    )
    expect(await page.title()).not.toContain(accountId)
    // Now cached, it is in the local list as well.
    await page.locator('[role="listitem"]', { hasText: accountId }).waitFor()
    await host.screenshot('lookup-online')
    expect(await host.axe()).toEqual([])
  })

  it('offline, answers the same ID from the cache with its age', async () => {
    const { page } = host
    await host.fixture.sim.stop()
    await host.advanceClock(3 * HOUR)
    // Three hours without use locked the app (the idle lock): the operator unlocks again.
    await host.unlockInPage()
    await page.fill('#search-box', '')
    await page.fill('#search-box', accountId)
    const lookup = page.locator('[data-testid="lookup"][data-state="found"]')
    await lookup.waitFor()
    const badge = lookup.getByTestId('freshness')
    await expect.poll(() => badge.textContent()).toContain(message(locale, 'freshness.stale'))
    expect(await badge.textContent()).toContain(messageStart(locale, 'freshness.cache'))
    expect(await badge.textContent()).toMatch(/3/)
    await page.getByTestId('connectivity').and(page.locator('.connectivity-offline')).waitFor()
    await host.screenshot('lookup-offline')
    expect(await host.axe()).toEqual([])
  })

  it('offline, says plainly that an ID never fetched is not cached yet', async () => {
    const { page } = host
    await page.fill('#search-box', otherId)
    const offline = page.getByTestId('lookup-offline')
    await offline.waitFor()
    expect(await offline.textContent()).toContain(message(locale, 'search.lookupOfflineMissing'))
    expect(await page.locator('[data-testid="lookup"][data-state="loading"]').count()).toBe(0)
    await host.screenshot('lookup-offline-missing')
    expect(await host.axe()).toEqual([])
    expect(host.problems).toEqual([])
  })
})
