import { describe, expect, it } from 'vitest'
import type { CacheUpdated } from '@shared/domain/cache'
import type { OutboxItem } from '@shared/domain/outbox'
import { eventually, type BackendFixture } from '../support/backend-fixture'
import { eachTestWithOperator } from '../support/each-test-backend'
import { personToCreate as person } from '../support/fixtures/accounts'

describe('accounts.create and the outbox', () => {
  let f: BackendFixture
  eachTestWithOperator((fixture) => {
    f = fixture
  })

  const posts = () => f.sim.count({ method: 'POST', pathPrefix: '/v1/accounts' })

  it("creates online with the operator's own ID and caches the new account", async () => {
    const updates: CacheUpdated[] = []
    f.backend.events.on('evt:cache-updated', (change) => updates.push(change))
    const created = await f.backend.accounts.create({ account_id: 'crm-000123', ...person })
    if (!created.ok) throw new Error(created.error.message)
    expect(created.data.status).toBe('created')
    // Recorded like one the outbox sent: cached and announced.
    expect(updates).toEqual([{ kind: 'account', id: 'crm-000123' }])
    expect(f.sim.accounts().some((account) => account.account_id === 'crm-000123')).toBe(true)
    const found = await f.backend.accounts.search({ text: 'maria fernandez' })
    expect(found.ok && found.data.hits.map((hit) => hit.account.account_id)).toEqual(['crm-000123'])
  })

  it('creates online with an ID Truora generates', async () => {
    const created = await f.backend.accounts.create({})
    expect(created.ok && created.data.status === 'created' && created.data.account.account_id).toMatch(/^ACC/)
  })

  it('refuses invalid input before sending, with the field and the rule', async () => {
    const before = posts()
    const created = await f.backend.accounts.create({
      account_id: 'bad id',
      country: 'ZZ',
      document_issue_date: '2999-01-01'
    })
    expect(created.ok).toBe(false)
    if (created.ok) return
    expect(created.error.code).toBe('invalid_input')
    const paths = (created.error.details?.issues as { path: string }[]).map((issue) => issue.path)
    expect(paths).toEqual(expect.arrayContaining(['account_id', 'country', 'document_issue_date']))
    expect(posts()).toBe(before)
  })

  it('answers conflict, carrying the existing account, for an ID that exists', async () => {
    const existing = f.sim.accounts()[0]!
    const before = posts()
    const created = await f.backend.accounts.create({ account_id: existing.account_id })
    expect(created.ok ? 'created' : created.error.code).toBe('conflict')
    expect(created.ok ? undefined : created.error.details?.account).toEqual(existing)
    expect(posts()).toBe(before)
  })

  it('queues a creation made offline durably, survives a restart, and sends it once when back online', async () => {
    await f.sim.stop()
    // Learn we are offline (a lookup fails), then create.
    await f.backend.accounts.get('ACCnotcached')
    const queued = await f.backend.accounts.create({ account_id: 'field-77', ...person })
    if (!queued.ok) throw new Error(queued.error.message)
    expect(queued.data.status).toBe('queued')
    // The app is closed and opened again while still offline: the outbox is on disk.
    const backend = await f.restart()
    const listed = await backend.outbox.list()
    expect(listed.ok && listed.data.map((item) => item.input.account_id)).toEqual(['field-77'])
    expect(listed.ok && listed.data[0]?.state).toBe('pending')
    const before = posts()
    const changes: OutboxItem[][] = []
    backend.events.on('evt:outbox-changed', (items) => changes.push(items))
    await f.sim.start()
    // The unlock opened the cache, whose outbox was tried at once, offline still: the item waits out
    // its backoff (DESIGN.md §5) on the fixture's clock, which only moves when told to.
    f.clock.advance(60_000)
    await backend.accounts.get('ACCnotcached') // any request teaches the Backend it is online again
    await eventually(() => changes.at(-1)?.length === 0)
    expect(await backend.outbox.list()).toEqual({ ok: true, data: [] })
    expect(posts()).toBe(before + 1)
    expect(f.sim.accounts().filter((account) => account.account_id === 'field-77')).toHaveLength(1)
    const cached = await backend.accounts.search({ text: 'field-77' })
    expect(cached.ok && cached.data.total).toBe(1)
  })

  it("keeps Truora's rejection on the item until the operator retries or discards it", async () => {
    await f.sim.stop()
    await f.backend.accounts.get('ACCnotcached')
    const queued = await f.backend.accounts.create({ account_id: 'rejected-1', ...person })
    expect(queued.ok && queued.data.status).toBe('queued')
    // When it is sent, Truora refuses it (a rule of theirs our schema does not know).
    f.sim.faults.next(
      1,
      { status: 400, body: '{"code":10400,"http_code":400,"message":"invalid document"}' },
      { method: 'POST' }
    )
    // Tried once as it was queued, offline: it waits out its backoff on the fixture's clock.
    f.clock.advance(60_000)
    await f.sim.start()
    const failed = await eventually(async () => {
      const items = await f.backend.outbox.list()
      return items.ok && items.data[0]?.state === 'failed' ? items.data[0] : undefined
    })
    expect(failed.error?.code).toBe('invalid_input')
    expect(f.sim.accounts().some((account) => account.account_id === 'rejected-1')).toBe(false)
    // Still there after a restart, with its error.
    const backend = await f.restart()
    const kept = await backend.outbox.list()
    expect(kept.ok && kept.data[0]).toMatchObject({
      id: failed.id,
      state: 'failed',
      error: { code: 'invalid_input' }
    })
    // The operator retries: this time Truora accepts it.
    const retried = await backend.outbox.retry(failed.id)
    expect(retried).toEqual({ ok: true, data: [] })
    expect(f.sim.accounts().filter((account) => account.account_id === 'rejected-1')).toHaveLength(1)
    expect((await backend.outbox.discard(failed.id)).ok).toBe(false)
  })

  it('reports a queued ID that Truora already has as a conflict naming that account, sending nothing', async () => {
    const existing = f.sim.accounts()[1]!
    await f.sim.stop()
    await f.backend.accounts.get('ACCnotcached')
    const queued = await f.backend.accounts.create({
      account_id: existing.account_id,
      first_name: 'Otra',
      last_name: 'Persona'
    })
    expect(queued.ok && queued.data.status).toBe('queued')
    const before = posts()
    await f.sim.start()
    const failed = await eventually(async () => {
      const items = await f.backend.outbox.list()
      return items.ok && items.data[0]?.state === 'failed' ? items.data[0] : undefined
    })
    expect(failed.error).toMatchObject({ code: 'conflict', details: { accountId: existing.account_id } })
    expect(failed.uncertain).toBeUndefined()
    expect(posts()).toBe(before)
  })

  it('discards a pending creation on request', async () => {
    await f.sim.stop()
    await f.backend.accounts.get('ACCnotcached')
    const queued = await f.backend.accounts.create({ account_id: 'discard-me' })
    if (!queued.ok || queued.data.status !== 'queued') throw new Error('not queued')
    expect(await f.backend.outbox.discard(queued.data.item.id)).toEqual({ ok: true, data: [] })
    await f.sim.start()
    await f.backend.connectivity.status()
    expect(f.sim.accounts().some((account) => account.account_id === 'discard-me')).toBe(false)
  })

  it('never sends a POST twice when the answer to it is lost', async () => {
    const before = posts()
    f.sim.faults.next(1, { afterProcessing: 'reset' }, { method: 'POST' })
    const created = await f.backend.accounts.create({ account_id: 'lost-answer-1', ...person })
    // The account exists at Truora; the client resolved the lost answer with a GET.
    expect(created.ok && created.data.status).toBe('created')
    expect(posts()).toBe(before + 1)
  })
})
