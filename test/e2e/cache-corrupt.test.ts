// A damaged cache (DESIGN.md §4): when the operator switches to a profile whose cache cannot be
// read (Settings → Switch, then that operator's passphrase at the lock screen), main moves it
// aside and says so (`evt:cache-corrupt`); the page shows a notice that stays until dismissed, and the
// profile works again from the network.
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { damagePart, manifestFileOf, openOperatorCache } from '../support/cache-files'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { message } from '../support/e2e-messages'

describe.each<HostLocale>(['es', 'en'])('a damaged cache file (%s)', (locale) => {
  let host: Host
  let second: string
  beforeAll(async () => {
    host = await startHost({ locale })
    const { backend, sim } = host.fixture
    const first = await host.fixture.addOperator('Ana Field')
    second = await host.fixture.addOperator('Beto Office')
    // Beto's cache gets an account, then is closed (flushed) by switching back to Ana.
    await host.fixture.switchTo(second)
    expect((await backend.accounts.get(sim.accounts()[2]!.account_id)).ok).toBe(true)
    await host.fixture.switchTo(first)
    await writeFile(manifestFileOf(host.fixture.dataDir, second), '{"version":1,"iv":"garbage')
  })
  afterAll(async () => {
    await host?.close()
  })

  it('tells the operator when switching to a profile whose cache was damaged, until dismissed', async () => {
    const { page } = host
    await host.open('/settings')
    await page.getByRole('button', { name: message(locale, 'settings.use') }).click()
    await host.unlockInPage('Beto Office')
    const notice = page.getByTestId('toast').filter({ hasText: message(locale, 'errors.cacheCorrupt') })
    await notice.waitFor()
    const folder = await readdir(join(host.fixture.dataDir, 'operators', second))
    expect(folder.some((name) => name.startsWith('cache.corrupt-'))).toBe(true)
    await host.screenshot('cache-corrupt')
    expect(await host.axe()).toEqual([])
    await notice.getByRole('button', { name: message(locale, 'errors.dismiss') }).click()
    await notice.waitFor({ state: 'detached' })
    expect(host.problems).toEqual([])
  })

  it('says the queued creations were kept when only a part of the cache was damaged, and sends them', async () => {
    const { page, fixture } = host
    const third = await fixture.addOperator('Carla Norte')
    await fixture.switchTo(third)
    expect((await fixture.backend.accounts.get(fixture.sim.accounts()[3]!.account_id)).ok).toBe(true)
    await fixture.switchTo(second)
    // Carla's cache, closed: a creation is queued in it (as offline), then one part is damaged.
    const { dataKey } = await fixture.secretsOf(third)
    const { store } = await openOperatorCache(fixture.dataDir, third, dataKey)
    store.outbox.add({
      id: 'kept-e2e',
      input: { account_id: 'kept-e2e' },
      createdAt: fixture.clock.now.toISOString(),
      state: 'pending',
      attempts: 0,
      // Due a while later: a damaged part is found as the parts load after the open (after the
      // unlock below), and the creation must still be waiting then for the notice to count it.
      nextAttemptAt: new Date(host.now().getTime() + 8000).toISOString()
    })
    await store.close()
    await damagePart(fixture.dataDir, third, 'accounts-')

    await host.open('/settings')
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Carla Norte' })
      .getByRole('button', { name: message(locale, 'settings.use') })
      .click()
    await host.unlockInPage('Carla Norte')
    const notice = page
      .getByTestId('toast')
      .filter({ hasText: message(locale, 'errors.cacheCorruptOutboxKept', { count: 1 }) })
    await notice.waitFor()
    await host.screenshot('cache-corrupt-outbox-kept')
    expect(await host.axe()).toEqual([])
    await expect
      .poll(() => fixture.sim.accounts().some((account) => account.account_id === 'kept-e2e'), {
        timeout: 20_000
      })
      .toBe(true)
    expect(host.problems).toEqual([])
  })
})
