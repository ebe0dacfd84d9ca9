// Freshness that follows the data (DESIGN.md §3: a revalidation that succeeds pushes the new
// freshness): an account cached five minutes ago is shown as such,
// and once the background revalidation succeeds the account view, the lookup card and its result row
// all say "from Truora just now" at once, in the operator's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { message } from '../support/e2e-messages'
import { accountWithHistory } from '../support/sim-history'

const MINUTE = 60_000

describe.each<HostLocale>(['es', 'en'])('freshness that follows the data (%s)', (locale) => {
  let host: Host
  let accountId: string
  const justNow = () => message(locale, 'freshness.network', { age: message(locale, 'freshness.justNow') })

  beforeAll(async () => {
    host = await startHost({ locale })
    await host.fixture.addOperator('Ana Field')
    accountId = (await accountWithHistory(host.fixture.sim)).accountId
    const { backend } = host.fixture
    for (const account of host.fixture.sim.accounts().slice(0, 8))
      await backend.accounts.get(account.account_id)
    await backend.accounts.get(accountId)
    await backend.accounts.validations(accountId)
    await backend.accounts.processes(accountId)
  })
  afterAll(async () => {
    await host?.close()
  })

  it('the account view turns "cached 5 min ago, may be out of date" into "from Truora just now"', async () => {
    const { page } = host
    await host.advanceClock(5 * MINUTE)
    // Truora answers slowly, so the cached copy is seen before its revalidation lands.
    host.fixture.sim.faults.latencyMs = 1_500
    await host.open(`/accounts/${accountId}`)
    const badge = page.locator('.account-header').getByTestId('freshness')
    await expect.poll(() => badge.textContent()).toContain(message(locale, 'freshness.stale'))
    await host.screenshot('freshness-before')
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toContain(justNow())
    expect(await badge.textContent()).not.toContain(message(locale, 'freshness.stale'))
    // The history's own revalidation says so too.
    const history = page.locator('section[aria-labelledby="history-heading"]').getByTestId('freshness')
    await expect.poll(() => history.textContent(), { timeout: 10_000 }).toContain(justNow())
    host.fixture.sim.faults.latencyMs = 0
    await host.screenshot('freshness-after')
    expect(await host.axe()).toEqual([])
  })

  it('the lookup card and the result row say it too', async () => {
    const { page } = host
    await host.advanceClock(5 * MINUTE)
    host.fixture.sim.faults.latencyMs = 1_500
    await host.open('/')
    await page.fill('#search-box', accountId)
    const card = page.locator('[data-testid="lookup"][data-state="found"]').getByTestId('freshness')
    await expect.poll(() => card.textContent()).toContain(message(locale, 'freshness.stale'))
    const row = page.locator('[role="listitem"]', { hasText: accountId }).getByTestId('row-age')
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain(justNow())
    await expect
      .poll(() => row.textContent(), { timeout: 10_000 })
      .toContain(message(locale, 'search.networkAge', { age: message(locale, 'freshness.justNow') }))
    host.fixture.sim.faults.latencyMs = 0
    await host.screenshot('freshness-lookup')
    expect(await host.axe()).toEqual([])
    expect(host.problems).toEqual([])
  })
})
