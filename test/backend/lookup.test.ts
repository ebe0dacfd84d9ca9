import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CacheUpdated } from '@shared/domain/cache'
import type { ConnectivityState } from '@shared/domain/sync'
import { backendFixture, eventually, type BackendFixture } from '../support/backend-fixture'

const HOUR = 3_600_000

describe('accounts.get: online, offline from the cache with its age, and honest errors', () => {
  let f: BackendFixture
  let accountId: string
  let operatorId: string
  beforeEach(async () => {
    f = await backendFixture()
    operatorId = await f.addOperator()
    accountId = f.sim.accounts()[3]!.account_id
  })
  afterEach(async () => {
    await f.close()
  })

  it('fetches an account from Truora the first time, with its key', async () => {
    const before = f.sim.count({ method: 'GET', pathPrefix: `/v1/accounts/${accountId}` })
    const read = await f.backend.accounts.get(accountId)
    if (!read.ok) throw new Error(read.error.message)
    expect(read.data.data).toEqual(f.sim.accounts()[3])
    expect(read.data.freshness).toEqual({
      source: 'network',
      fetchedAt: f.clock.now.toISOString(),
      stale: false
    })
    expect(f.sim.count({ method: 'GET', pathPrefix: `/v1/accounts/${accountId}` })).toBe(before + 1)
  })

  it('answers from the cache, labelled with its age, when the network is gone', async () => {
    const fetchedAt = f.clock.now.toISOString()
    expect((await f.backend.accounts.get(accountId)).ok).toBe(true)
    await f.sim.stop()
    f.clock.advance(3 * HOUR)
    // Three hours without use locked the session (DESIGN.md §6): the operator unlocks again.
    await f.unlock(operatorId)
    // Asking Truora first (the refresh button) meets a refused connection, so the cache answers.
    const refreshed = await f.backend.accounts.get(accountId, { refresh: true })
    if (!refreshed.ok) throw new Error(refreshed.error.message)
    expect(refreshed.data.data.account_id).toBe(accountId)
    expect(refreshed.data.freshness).toEqual({ source: 'cache', fetchedAt, stale: true })
    expect(
      (await f.backend.connectivity.status()).ok && (await f.backend.connectivity.status())
    ).toMatchObject({
      data: 'offline'
    })
    // And a plain read, now known offline, answers from the cache without waiting on the network.
    const plain = await f.backend.accounts.get(accountId)
    expect(plain.ok && plain.data.freshness).toEqual({ source: 'cache', fetchedAt, stale: true })
  })

  it('says "offline, not cached" for an ID never fetched while offline', async () => {
    await f.sim.stop()
    const other = f.sim.accounts()[7]!.account_id
    const read = await f.backend.accounts.get(other)
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.error.code).toBe('offline')
    expect(read.error.message).toMatch(/offline and this account isn't cached/)
    expect(read.error.retryable).toBe(true)
  })

  it('serves a fresh cached copy at once and revalidates an old one in the background', async () => {
    const updates: CacheUpdated[] = []
    f.backend.events.on('evt:cache-updated', (event) => updates.push(event))
    expect((await f.backend.accounts.get(accountId)).ok).toBe(true)
    const gets = () => f.sim.count({ method: 'GET', pathPrefix: `/v1/accounts/${accountId}` })
    const afterFirst = gets()
    const fresh = await f.backend.accounts.get(accountId)
    expect(fresh.ok && fresh.data.freshness.source).toBe('cache')
    expect(fresh.ok && fresh.data.freshness.stale).toBe(false)
    expect(gets()).toBe(afterFirst)
    f.clock.advance(2 * HOUR)
    await f.unlock(operatorId)
    const old = await f.backend.accounts.get(accountId)
    expect(old.ok && old.data.freshness).toMatchObject({ source: 'cache', stale: true })
    await eventually(() => gets() === afterFirst + 1)
    // Same answer from Truora: nothing to re-read, but the copy is now confirmed, and every view
    // showing it must say so (DESIGN.md §3 "a revalidation that succeeds pushes the new freshness").
    const confirmed = await eventually(() => updates[0])
    expect(updates).toEqual([
      {
        kind: 'account',
        id: accountId,
        changed: false,
        freshness: { source: 'network', fetchedAt: f.clock.now.toISOString(), stale: false }
      }
    ])
    // The cache keeps that same age: a read now says what the event said.
    const after = await f.backend.accounts.get(accountId)
    expect(after.ok && after.data.freshness.fetchedAt).toBe(confirmed.freshness?.fetchedAt)
    expect(after.ok && after.data.freshness.stale).toBe(false)
  })

  it('pushes the new data and its freshness when a revalidation finds a change', async () => {
    const updates: CacheUpdated[] = []
    f.backend.events.on('evt:cache-updated', (event) => updates.push(event))
    const other = f.sim.accounts()[5]!.account_id
    expect((await f.backend.accounts.get(other)).ok).toBe(true)
    // Truora's copy changes meanwhile (an operator elsewhere edits it through the dashboard).
    f.sim.faults.next(
      1,
      { status: 200, body: JSON.stringify({ ...f.sim.accounts()[5], email: 'changed@example.com' }) },
      { method: 'GET', pathPrefix: `/v1/accounts/${other}` }
    )
    f.clock.advance(2 * HOUR)
    await f.unlock(operatorId)
    expect((await f.backend.accounts.get(other)).ok).toBe(true)
    const update = await eventually(() => updates[0])
    expect(update).toMatchObject({ kind: 'account', id: other, changed: true })
    expect(update.freshness).toEqual({
      source: 'network',
      fetchedAt: f.clock.now.toISOString(),
      stale: false
    })
    const reread = await f.backend.accounts.get(other)
    expect(reread.ok && reread.data.data.email).toBe('changed@example.com')
  })

  it('maps an unknown ID to not_found and a bad one to invalid_input without a request', async () => {
    const missing = await f.backend.accounts.get('ACCdoesnotexist')
    expect(missing.ok ? 'found' : missing.error.code).toBe('not_found')
    const before = f.sim.count()
    for (const bad of ['has space', 'slash/../x', '', 'ñandú', 'a'.repeat(500)]) {
      const read = await f.backend.accounts.get(bad)
      expect(read.ok ? 'accepted' : read.error.code).toBe('invalid_input')
    }
    expect(f.sim.count()).toBe(before)
  })

  it('maps a key Truora no longer accepts to unauthorized', async () => {
    // Truora stops accepting the operator's key, as when it is revoked.
    f.sim.revokeKey(f.sim.key)
    const read = await f.backend.accounts.get(accountId)
    expect(read.ok ? 'found' : read.error.code).toBe('unauthorized')
    expect(JSON.stringify(read)).not.toContain(f.sim.key)
  })

  it('learns connectivity from outcomes and notices the way back with a probe', async () => {
    const states: ConnectivityState[] = []
    f.backend.events.on('evt:connectivity', (state) => states.push(state))
    expect((await f.backend.accounts.get(accountId)).ok).toBe(true)
    await f.sim.stop()
    await f.backend.accounts.get(f.sim.accounts()[9]!.account_id)
    await f.sim.start()
    await eventually(() => states.at(-1) === 'online')
    expect(states).toEqual(['offline', 'online'])
  })
})
