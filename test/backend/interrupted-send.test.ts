// A creation the app was sending when it stopped (DESIGN.md §5 "an interrupted send is checked,
// never blindly repeated"). Its "sending" mark is on disk before the request leaves, so after a
// restart the item is found "sending": with an ID, Truora is asked whether the account exists and
// whether it is this creation; without one, nothing is sent until the operator has looked.
import { describe, expect, it } from 'vitest'
import type { CacheUpdated } from '@shared/domain/cache'
import type { OutboxItem } from '@shared/domain/outbox'
import { openOperatorCache } from '../support/cache-files'
import { eventually, type BackendFixture } from '../support/backend-fixture'
import { eachTestWithOperator } from '../support/each-test-backend'
import { personToCreate as person } from '../support/fixtures/accounts'

describe('a send interrupted by the app stopping', () => {
  let f: BackendFixture
  let operatorId: string
  eachTestWithOperator(async (fixture, id) => {
    f = fixture
    operatorId = id
    await f.backend.cache.stats() // the cache file exists
  })

  const posts = () => f.sim.count({ method: 'POST', pathPrefix: '/v1/accounts' })
  const atTruora = (id: string) => f.sim.accounts().filter((account) => account.account_id === id)

  /** What an earlier attempt (or somebody else) put at Truora, sent as the app would. */
  async function createAtTruora(fields: Record<string, string>): Promise<void> {
    const answer = await fetch(`${f.sim.endpoints.validations}/accounts`, {
      method: 'POST',
      headers: { 'Truora-API-Key': f.sim.key, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields)
    })
    expect(answer.status).toBe(200)
  }

  /** Restarts the app with `input` on disk as a crash leaves it: "sending". */
  async function restartWithInterrupted(id: string, input: Record<string, string>) {
    const { dataKey } = await f.secretsOf(operatorId)
    const backend = await f.restart(async () => {
      const { store } = await openOperatorCache(f.dataDir, operatorId, dataKey)
      store.outbox.add({
        id,
        input,
        createdAt: f.clock.now.toISOString(),
        state: 'sending',
        lastAttemptAt: f.clock.now.toISOString(),
        attempts: 0
      })
      await store.close()
    })
    const outboxChanges: OutboxItem[][] = []
    const cacheUpdates: CacheUpdated[] = []
    backend.events.on('evt:outbox-changed', (items) => outboxChanges.push(items))
    backend.events.on('evt:cache-updated', (change) => cacheUpdates.push(change))
    return { backend, outboxChanges, cacheUpdates }
  }

  it('with an ID, found with the same data: it is ours, recorded as created and not sent again', async () => {
    await createAtTruora({ account_id: 'interrupted-same', ...person })
    const before = posts()
    // Truora may echo the form in its own way: case, accents, spacing and phone format do not count.
    const { backend, outboxChanges, cacheUpdates } = await restartWithInterrupted('item-same', {
      account_id: 'interrupted-same',
      ...person,
      first_name: 'MARIA JOSE',
      phone_number: '+57 300 123 4567'
    })
    await backend.outbox.list() // opens the workspace, which starts the drain
    // Announced once the removal is on disk.
    await eventually(() => outboxChanges.at(-1)?.length === 0)
    expect(await backend.outbox.list()).toEqual({ ok: true, data: [] })
    expect(posts()).toBe(before)
    expect(atTruora('interrupted-same')).toHaveLength(1)
    expect(cacheUpdates).toContainEqual({ kind: 'account', id: 'interrupted-same' })
    const cached = await backend.accounts.search({ text: 'interrupted-same' })
    expect(cached.ok && cached.data.hits.map((hit) => hit.account.account_id)).toEqual(['interrupted-same'])
  })

  it('with an ID, found with other data: a conflict naming the existing account, kept across a restart', async () => {
    await createAtTruora({ account_id: 'interrupted-other', first_name: 'Otra', last_name: 'Persona' })
    const before = posts()
    const { backend } = await restartWithInterrupted('item-other', {
      account_id: 'interrupted-other',
      ...person
    })
    const failed = await eventually(async () => {
      const items = await backend.outbox.list()
      return items.ok && items.data[0]?.state === 'failed' ? items.data[0] : undefined
    })
    expect(failed).toMatchObject({
      id: 'item-other',
      error: { code: 'conflict', details: { accountId: 'interrupted-other' } }
    })
    expect(posts()).toBe(before)
    expect(atTruora('interrupted-other')).toEqual([
      expect.objectContaining({ first_name: 'Otra', last_name: 'Persona' })
    ])
    // The way forward ("open the existing account") survives a restart.
    const again = await f.restart()
    const kept = await again.outbox.list()
    expect(kept.ok && kept.data[0]?.error).toEqual(failed.error)
  })

  it('with an ID, not found: it never arrived, so it is sent, once', async () => {
    const before = posts()
    const { backend } = await restartWithInterrupted('item-missing', {
      account_id: 'interrupted-missing',
      ...person
    })
    await eventually(async () => {
      const items = await backend.outbox.list()
      return items.ok && items.data.length === 0
    })
    expect(posts()).toBe(before + 1)
    expect(atTruora('interrupted-missing')).toEqual([expect.objectContaining(person)])
  })

  it('without an ID: never re-sent on its own; sent once when the operator, having looked, retries', async () => {
    const before = posts()
    const { backend } = await restartWithInterrupted('item-no-id', {
      first_name: 'Joana',
      last_name: 'Conceição'
    })
    const failed = await eventually(async () => {
      const items = await backend.outbox.list()
      return items.ok && items.data[0]?.state === 'failed' ? items.data[0] : undefined
    })
    expect(failed).toMatchObject({ id: 'item-no-id', uncertain: true })
    expect(failed.error?.message).toMatch(/may already have created it/)
    expect(posts()).toBe(before)
    // The operator searched, found nobody, and retries: now it is sent.
    expect(await backend.outbox.retry('item-no-id')).toEqual({ ok: true, data: [] })
    expect(posts()).toBe(before + 1)
    expect(f.sim.accounts().filter((account) => account.first_name === 'Joana')).toHaveLength(1)
  })
})
