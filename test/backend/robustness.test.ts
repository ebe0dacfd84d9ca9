// What must hold when things happen at awkward moments: a switch mid-create, a damaged part, a
// keychain that lost the cache's key (a quit or crash mid-send: interrupted-send.test.ts).
import { readFile } from 'node:fs/promises'
import type { CacheCorrupt } from '@shared/domain/cache'
import { describe, expect, it } from 'vitest'
import { eventually, FIXTURE_PASSPHRASE as passphrase, type BackendFixture } from '../support/backend-fixture'
import { eachTestWithOperator } from '../support/each-test-backend'
import { truoraStyleKey } from '../support/jwt'
import { damagePart, manifestFileOf, openOperatorCache } from '../support/cache-files'

describe('robustness', () => {
  let f: BackendFixture
  let operatorId: string
  eachTestWithOperator((fixture, id) => {
    f = fixture
    operatorId = id
  })

  const dataKey = async () => (await f.secretsOf(operatorId)).dataKey

  it('finishes a creation under way before the session locks, and keeps it with its operator', async () => {
    const otherKey = truoraStyleKey({ keyName: 'other' })
    f.sim.addKey(otherKey)
    const other = await f.backend.operators.add({ name: 'Other', apiKey: otherKey, passphrase })
    if (!other.ok) throw new Error(other.error.message)
    f.sim.faults.next(1, { latencyMs: 400 }, { method: 'POST' })
    const creating = f.backend.accounts.create({ account_id: 'mid-switch-1', first_name: 'Renata' })
    await eventually(() => f.sim.count({ method: 'GET', pathPrefix: '/v1/accounts/mid-switch-1' }) > 0)
    await f.switchTo(other.data.operator.id)
    const created = await creating
    expect(created.ok && created.data.status).toBe('created')
    const inOther = await f.backend.accounts.search({ text: 'mid-switch-1' })
    expect(inOther.ok && inOther.data.total).toBe(0)
    await f.switchTo(operatorId)
    const inFirst = await f.backend.accounts.search({ text: 'mid-switch-1' })
    expect(inFirst.ok && inFirst.data.total).toBe(1)
  })

  it('keeps and sends the queued creations of a cache whose part was damaged, and says it kept them', async () => {
    expect((await f.backend.accounts.get(f.sim.accounts()[0]!.account_id)).ok).toBe(true)
    const backend = await f.restart(async () => {
      const { store } = await openOperatorCache(f.dataDir, operatorId, await dataKey())
      store.outbox.add({
        id: 'kept-1',
        input: { account_id: 'kept-1', first_name: 'Inês' },
        createdAt: f.clock.now.toISOString(),
        state: 'pending',
        attempts: 0,
        // Due a moment later: a damaged part is found as the parts load after the open, and the
        // creation must still be waiting then for the notice to count it.
        nextAttemptAt: new Date(f.clock.now.getTime() + 200).toISOString()
      })
      await store.close()
      await damagePart(f.dataDir, operatorId, 'accounts-')
    })
    const corrupt = new Promise<CacheCorrupt>((resolve) => backend.events.on('evt:cache-corrupt', resolve))
    await backend.cache.stats()
    expect(await corrupt).toMatchObject({ operatorId, outboxKept: 1 })
    f.clock.advance(1000)
    await eventually(() => f.sim.accounts().some((account) => account.account_id === 'kept-1'))
    await eventually(async () => {
      const items = await backend.outbox.list()
      return items.ok && items.data.length === 0
    })
  })

  it('cannot open a cache whose wrapped keys the keychain lost, and leaves the file as it was', async () => {
    expect((await f.backend.accounts.get(f.sim.accounts()[0]!.account_id)).ok).toBe(true)
    const file = manifestFileOf(f.dataDir, operatorId)
    let before = Buffer.alloc(0)
    const backend = await f.restart(
      async () => {
        before = await readFile(file)
        await f.keychain.deletePassword(f.keychain.service, `${operatorId}:vault`)
      },
      { unlock: false }
    )
    const unlock = await backend.session.unlock({ operatorId, passphrase })
    // Said as what it is, with no advice to remove the operator, which would delete the cache for good.
    expect(unlock.ok ? 'unlocked' : unlock.error).toMatchObject({
      code: 'keychain_unavailable',
      details: { reason: 'secrets_missing', operatorId }
    })
    expect(unlock.ok ? '' : unlock.error.message).not.toMatch(/add it again/)
    const read = await backend.accounts.search({ text: '' })
    expect(read.ok ? 'opened' : read.error.code).toBe('locked')
    expect((await readFile(file)).equals(before)).toBe(true)
  })
})
