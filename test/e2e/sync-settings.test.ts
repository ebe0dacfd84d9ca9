// Settings (DESIGN.md §5 "Mirror": bounded, cancellable): "sync all accounts" with progress and cancel, then
// a search over the whole cache that keeps only a window of rows in the DOM; theme, export, clearing the
// cache and removing the operator, each destructive step confirmed in an accessible dialog.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually } from '../support/backend-fixture'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { message, messageStart } from '../support/e2e-messages'

const ACCOUNTS = 1500

describe.each<HostLocale>(['es', 'en'])('sync, search over the whole cache, settings (%s)', (locale) => {
  let host: Host
  const cached = async () => {
    const stats = await host.fixture.backend.cache.stats()
    return stats.ok ? stats.data.accounts : -1
  }
  beforeAll(async () => {
    // Slow answers, so the sync is seen running and can be cancelled half-way.
    host = await startHost({ locale, sim: { accounts: ACCOUNTS, latencyMs: 25 } })
    await host.fixture.addOperator('Ana Field')
  })
  afterAll(async () => {
    await host?.close()
  })

  it('syncs with visible progress and can be cancelled', async () => {
    const { page } = host
    await host.open('/settings')
    await page.getByTestId('sync-start').click()
    await page.locator('[data-testid="sync-state"][data-state="running"]').waitFor()
    await expect
      .poll(async () =>
        Number((await page.getByTestId('sync-counts').textContent())?.replace(/\D+.*/, '') ?? 0)
      )
      .toBeGreaterThan(0)
    await host.screenshot('sync-running')
    expect(await host.axe()).toEqual([])
    await page.getByTestId('sync-cancel').click()
    await page.locator('[data-testid="sync-state"][data-state="cancelled"]').waitFor()
    const status = await host.fixture.backend.sync.status()
    expect(status.ok && status.data.state).toBe('cancelled')
    await host.screenshot('sync-cancelled')
  })

  it('resumes and copies every account', async () => {
    const { page } = host
    await page.getByTestId('sync-start').click()
    await eventually(async () => (await cached()) === ACCOUNTS, 25_000)
    await page
      .locator('[data-testid="cache-stats"]')
      .getByText(new Intl.NumberFormat(locale).format(ACCOUNTS))
      .first()
      .waitFor()
    await host.screenshot('sync-history')
    // The history of 1,500 accounts takes minutes: stop it here, the accounts are what the search needs.
    await page.getByTestId('sync-cancel').click()
    await page.locator('[data-testid="sync-state"][data-state="cancelled"]').waitFor()
  })

  it('lists every cached account while keeping only a window of rows in the DOM', async () => {
    const { page } = host
    await host.open('/')
    const results = page.getByTestId('results')
    await results.waitFor()
    expect(await page.getByTestId('search-status').textContent()).toContain(
      new Intl.NumberFormat(locale).format(ACCOUNTS)
    )
    const rows = page.locator('[role="listitem"]')
    expect(await rows.count()).toBeGreaterThan(5)
    expect(await rows.count()).toBeLessThan(60)
    // Scrolling to the end loads the last page of results on demand.
    await results.evaluate((element) => {
      element.scrollTop = element.scrollHeight
    })
    const last = page.locator(`[role="listitem"][aria-posinset="${ACCOUNTS}"] a`)
    await last.waitFor()
    expect((await last.textContent())?.trim()).not.toBe('')
    expect(await rows.count()).toBeLessThan(60)
    await host.screenshot('search-many')
    expect(await host.axe()).toEqual([])
  })

  it('narrows the list with the country filter', async () => {
    const { page } = host
    const country = host.fixture.sim.accounts()[0]!.country!
    const expected = host.fixture.sim.accounts().filter((account) => account.country === country).length
    await page.getByRole('button', { name: message(locale, 'search.filters') }).click()
    await page.selectOption('#filter-country', country)
    await expect
      .poll(async () => (await page.getByTestId('search-status').textContent())?.trim())
      .toBe(
        message(locale, 'search.results', { count: new Intl.NumberFormat(locale).format(expected) }).split(
          ' | '
        )[2]
      )
    // The previous test left the list scrolled to its end: new results start again at the top.
    await page.locator('[role="listitem"][aria-posinset="1"] a').waitFor()
    expect(await page.getByTestId('results').evaluate((element) => element.scrollTop)).toBe(0)
    await host.screenshot('search-filtered')
    expect(await host.axe()).toEqual([])
    await page.getByRole('button', { name: message(locale, 'search.clearFilters') }).click()
    await expect
      .poll(async () => (await page.getByTestId('search-status').textContent())?.trim())
      .toContain(new Intl.NumberFormat(locale).format(ACCOUNTS))
  })

  it('exports the cache as CSV and switches to the dark theme', async () => {
    const { page } = host
    await host.open('/settings')
    await page.getByRole('button', { name: message(locale, 'settings.exportCsv') }).click()
    // The save dialog (here the fixture's answer) chose <exports>/<suggested name>; the page says so.
    const saved = page.getByTestId('toast').filter({ hasText: messageStart(locale, 'settings.exported') })
    await saved.waitFor()
    const [name] = await readdir(host.fixture.exportsDir)
    expect(name).toMatch(/^truora-accounts-.*\.csv$/)
    expect(await saved.textContent()).toContain(name)
    const csv = await readFile(join(host.fixture.exportsDir, name!), 'utf8')
    expect(csv.trim().split('\n').length).toBe(ACCOUNTS + 1)
    await page.selectOption('#settings-theme', 'dark')
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { dataset: { theme?: string } } } })
            .document.documentElement.dataset.theme
      )
    ).toBe('dark')
    await host.screenshot('settings-dark')
    expect(await host.axe()).toEqual([])
    await page.selectOption('#settings-theme', 'light')
  })

  it('copies diagnostics for support: versions and counts, no personal data', async () => {
    const { page } = host
    await host.open('/settings')
    await page.getByRole('button', { name: message(locale, 'support.copy') }).click()
    await page
      .getByTestId('toast')
      .filter({ hasText: messageStart(locale, 'support.copied') })
      .waitFor()
    const copied = JSON.parse(
      await page.evaluate(() =>
        (
          globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
        ).navigator.clipboard.readText()
      )
    ) as Record<string, unknown>
    expect(copied).toMatchObject({ operators: 1, cache: { accounts: await cached() } })
    expect(copied.runtime).toMatchObject({ node: process.versions.node })
    const text = JSON.stringify(copied)
    for (const account of host.fixture.sim.accounts().slice(0, 50)) {
      expect(text).not.toContain(account.account_id)
      if (account.last_name) expect(text).not.toContain(account.last_name)
    }
    await page.getByRole('heading', { name: message(locale, 'support.heading') }).scrollIntoViewIfNeeded()
    await host.screenshot('settings-support')
  })

  it('switches the UI language at once, and back', async () => {
    const { page } = host
    const other: HostLocale = locale === 'es' ? 'en' : 'es'
    await page.selectOption('#settings-language', other)
    await page.locator('h1', { hasText: message(other, 'settings.heading') }).waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe(other)
    expect(await page.title()).toBe(`Truora Account Lookup — ${message(other, 'views.settings')}`)
    await page.selectOption('#settings-language', locale)
    await page.locator('h1', { hasText: message(locale, 'settings.heading') }).waitFor()
  })

  it('clears the cache after confirming, keeping the outbox', async () => {
    const { page } = host
    await page.getByRole('button', { name: message(locale, 'settings.clearCache') }).click()
    const dialog = page.getByRole('alertdialog')
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain(message(locale, 'settings.clearTitle'))
    expect(await page.isChecked('#keep-outbox')).toBe(true)
    await host.screenshot('settings-clear-dialog')
    expect(await host.axe()).toEqual([])
    await dialog.getByRole('button', { name: message(locale, 'settings.clearConfirm') }).click()
    await eventually(async () => (await cached()) === 0, 5_000)
    await page
      .locator('[data-testid="cache-stats"] .stat-value')
      .first()
      .getByText('0', { exact: true })
      .waitFor()
  })

  it('removes the operator after confirming and returns to the first-run setup', async () => {
    const { page } = host
    await page.getByRole('button', { name: message(locale, 'settings.remove'), exact: true }).click()
    const dialog = page.getByRole('alertdialog')
    await dialog.getByRole('button', { name: message(locale, 'settings.removeConfirm') }).click()
    await page.waitForURL(/#\/setup$/)
    const listed = await host.fixture.backend.operators.list()
    expect(listed.ok && listed.data.operators).toEqual([])
    expect(host.problems).toEqual([])
  })
})
