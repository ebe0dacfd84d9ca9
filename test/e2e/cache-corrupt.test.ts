// A damaged cache file (DESIGN.md §4): when the operator switches to a profile whose cache cannot be
// read (Settings → Switch, then that operator's passphrase at the lock screen), main moves the file
// aside and says so (`evt:cache-corrupt`); the page shows a notice that stays until dismissed, and the
// profile works again from the network.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCache } from '../../src/main/cache/open-cache'
import { withDamagedLastPart } from '../support/cache-file-parts'
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
    await writeFile(
      join(host.fixture.dataDir, 'operators', second, 'cache.json'),
      '{"version":1,"iv":"garbage'
    )
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
    expect(folder.some((name) => name.startsWith('cache.json.corrupt-'))).toBe(true)
    await host.screenshot('cache-corrupt')
    expect(await host.axe()).toEqual([])
    await notice.getByRole('button', { name: message(locale, 'errors.dismiss') }).click()
    await notice.waitFor({ state: 'detached' })
    expect(host.problems).toEqual([])
  })

  it('says the queued creations were kept when only part of the file was damaged, and sends them', async () => {
    const { page, fixture } = host
    const third = await fixture.addOperator('Carla Norte')
    const file = join(fixture.dataDir, 'operators', third, 'cache.json')
    await fixture.switchTo(third)
    expect((await fixture.backend.accounts.get(fixture.sim.accounts()[3]!.account_id)).ok).toBe(true)
    await fixture.switchTo(second)
    // Carla's cache, closed: a creation is queued in it (as offline), then one shard is damaged.
    const { dataKey } = await fixture.secretsOf(third)
    const { store } = await openCache({ file, dataKey })
    store.outbox.add({
      id: 'kept-e2e',
      input: { account_id: 'kept-e2e' },
      createdAt: fixture.clock.now.toISOString(),
      state: 'pending',
      attempts: 0
    })
    await store.close()
    await writeFile(file, withDamagedLastPart(await readFile(file)))

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
      .poll(() => fixture.sim.accounts().some((account) => account.account_id === 'kept-e2e'))
      .toBe(true)
    expect(host.problems).toEqual([])
  })
})
