// Every view at the smallest supported window, 1024×640 (issue 5 "usable from 1024×640 up"): nothing
// is cut off sideways, and axe finds nothing serious.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { accountWithHistory } from '../support/sim-history'

describe.each<HostLocale>(['es', 'en'])('the smallest window, 1024×640 (%s)', (locale) => {
  let host: Host
  let accountId: string
  beforeAll(async () => {
    host = await startHost({ locale, viewport: { width: 1024, height: 640 } })
    await host.fixture.addOperator('Ana Field')
    accountId = (await accountWithHistory(host.fixture.sim)).accountId
    // A few accounts in the cache, so the search has rows.
    for (const account of host.fixture.sim.accounts().slice(0, 12))
      await host.fixture.backend.accounts.get(account.account_id)
  })
  afterAll(async () => {
    await host?.close()
  })

  const noSidewaysScroll = () =>
    host.page.evaluate(() => {
      const root = (
        globalThis as unknown as {
          document: { documentElement: { scrollWidth: number; clientWidth: number } }
        }
      ).document.documentElement
      return root.scrollWidth <= root.clientWidth
    })

  for (const [name, route, ready] of [
    ['search', '/', '[data-testid="results"]'],
    ['account', '/accounts/:id', '[data-testid="timeline"]'],
    ['create', '/create', '[data-testid="create-form"]'],
    ['outbox', '/outbox', '[data-testid="outbox-empty"]'],
    ['settings', '/settings', '[data-testid="sync-panel"]']
  ] as const) {
    it(`shows ${name} without sideways scrolling`, async () => {
      await host.open(route.replace(':id', accountId))
      await host.page.locator(ready).waitFor()
      expect(await noSidewaysScroll()).toBe(true)
      await host.screenshot(`small-${name}`)
      expect(await host.axe()).toEqual([])
    })
  }

  it('had no page errors', () => {
    expect(host.problems).toEqual([])
  })
})
