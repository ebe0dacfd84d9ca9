// Progress that answers "how long?" (DESIGN.md §5 "Mirror": progress, totals and ETA
// where knowable): the cache counts follow the sync as it runs; the
// history phase shows n of N with its own rate and an ETA; "Last synced" appears only when a sync is
// not running; a cancelled sync's bar stands still; the next sync estimates its account pages from
// the last one's count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { message, messagePattern, messageStart } from '../support/e2e-messages'

const ACCOUNTS = 160

describe.each<HostLocale>(['es', 'en'])('sync progress that answers "how long?" (%s)', (locale) => {
  let host: Host
  const number = (value: number) => new Intl.NumberFormat(locale).format(value)
  beforeAll(async () => {
    // Small pages answered slowly: the account pages take seconds, long enough to watch.
    host = await startHost({
      locale,
      sim: { accounts: ACCOUNTS, latencyMs: 100 },
      backend: { mirror: { pageSize: 4, historyPauseMs: 0 } }
    })
    await host.fixture.addOperator('Ana Field')
  })
  afterAll(async () => {
    await host?.close()
  })

  const counts = () => host.page.getByTestId('sync-counts').textContent()
  const cachedAccounts = async () =>
    Number(
      (await host.page.locator('[data-testid="cache-stats"] .stat-value').first().textContent())?.replace(
        /\D/g,
        ''
      )
    )

  it('counts the cache live while the pages come, with no "last synced" while it runs', async () => {
    const { page } = host
    await host.open('/settings')
    expect(await page.getByTestId('sync-last').textContent()).toContain(
      message(locale, 'settings.neverSynced')
    )
    await page.getByTestId('sync-start').click()
    await page.locator('[data-testid="sync-state"][data-state="running"]').waitFor()
    expect(await page.getByTestId('sync-last').count()).toBe(0)
    // The cache's own count moves during the pages, not only at the end.
    await expect
      .poll(
        async () => {
          const shown = await cachedAccounts()
          return shown > 0 && shown < ACCOUNTS
        },
        { timeout: 15_000 }
      )
      .toBe(true)
    await host.screenshot('sync-pages')
  })

  it('shows the history phase as n of N with its own rate and an ETA', async () => {
    const { page } = host
    const total = number(ACCOUNTS).replace(/[.,]/g, '\\$&')
    await expect
      .poll(counts, { timeout: 20_000 })
      .toMatch(messagePattern(locale, 'settings.syncHistory', { done: '[\\d.,]+', total }))
    // Its rate is measured over the history alone, and from it an ETA.
    await expect.poll(counts, { timeout: 10_000 }).toMatch(messagePattern(locale, 'settings.syncEta'))
    expect(await counts()).toMatch(messagePattern(locale, 'settings.syncRate', { rate: '[\\d.,]+' }))
    // The bar is the history's share done: a determinate value.
    expect(await page.getByTestId('sync-progress').getAttribute('value')).not.toBeNull()
    await host.screenshot('sync-history-eta')
    expect(await host.axe()).toEqual([])
  })

  it('stops the bar when cancelled, and says when the accounts were last synced', async () => {
    const { page } = host
    await page.getByTestId('sync-cancel').click()
    await page.locator('[data-testid="sync-state"][data-state="cancelled"]').waitFor()
    const bar = page.getByTestId('sync-progress')
    const value = await bar.getAttribute('value')
    // A value, not the indeterminate (moving) bar; and it does not move afterwards.
    expect(value).not.toBeNull()
    await page.waitForTimeout(600)
    expect(await bar.getAttribute('value')).toBe(value)
    expect(await counts()).not.toContain(messageStart(locale, 'settings.syncEta'))
    expect(await page.getByTestId('sync-last').textContent()).toContain(
      messageStart(locale, 'settings.lastSynced')
    )
    expect(await cachedAccounts()).toBe(ACCOUNTS)
    // The histories fetched so far are written when the sync stops, and the counts say so.
    const stats = await host.fixture.backend.cache.stats()
    const validations = stats.ok ? stats.data.validations : -1
    expect(validations).toBeGreaterThan(0)
    await page
      .locator('[data-testid="cache-stats"] .stat-value')
      .nth(1)
      .getByText(number(validations), { exact: true })
      .waitFor()
    await host.screenshot('sync-cancelled-still')
  })

  it('estimates the next sync from the last one’s count', async () => {
    const { page } = host
    await page.getByTestId('sync-start').click()
    const total = number(ACCOUNTS).replace(/[.,]/g, '\\$&')
    await expect
      .poll(counts, { timeout: 15_000 })
      .toMatch(messagePattern(locale, 'settings.syncAccountsOf', { count: '[\\d.,]+', total }))
    expect(await page.getByTestId('sync-progress').getAttribute('value')).not.toBeNull()
    await host.screenshot('sync-estimated')
    await page.getByTestId('sync-cancel').click()
    await page.locator('[data-testid="sync-state"][data-state="cancelled"]').waitFor()
    expect(host.problems).toEqual([])
  })
})
