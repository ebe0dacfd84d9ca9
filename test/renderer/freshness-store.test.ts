// @vitest-environment node
// One source of truth for an item's age (DESIGN.md §1: always say how old it is): a background revalidation that confirms a
// cached copy makes every view say "from Truora just now" at once, through the freshness store,
// without re-reading anything; new data is still re-read. Against the real Backend and simulator.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { setApi } from '@renderer/api'
import { fresher, useFreshnessStore } from '@renderer/stores/freshness'
import { useAccountStore } from '@renderer/stores/account'
import type { Freshness } from '@shared/domain/freshness'
import { realBackend, until, type RealBackend } from './real-backend'

const MINUTE = 60_000

describe('fresher: which of two observations of one item to show', () => {
  const at = (iso: string, source: Freshness['source'], stale = false): Freshness => ({
    source,
    fetchedAt: iso,
    stale
  })

  it('takes the later fetch, and for the same fetch what the later observation says', () => {
    const old = at('2026-11-26T11:55:00Z', 'cache', true)
    const now = at('2026-11-26T12:00:00Z', 'network')
    expect(fresher(old, now)).toBe(now)
    expect(fresher(now, old)).toBe(now)
    // The copy fetched at 12:00, read again from the cache while offline: cached, may be out of date.
    const offline = at('2026-11-26T12:00:00Z', 'cache', true)
    expect(fresher(now, offline)).toBe(offline)
    expect(fresher(undefined, old)).toBe(old)
    expect(fresher(undefined, undefined)).toBeUndefined()
  })
})

describe('freshness store with the real Backend', () => {
  let f: RealBackend
  beforeAll(async () => {
    f = await realBackend()
    await f.addOperator()
    setApi(f.backend)
  })
  afterAll(async () => {
    await f?.close()
  })
  beforeEach(() => {
    setActivePinia(createPinia())
  })

  it('learns from a revalidation that a copy shown as 5 minutes old was just confirmed', async () => {
    const freshness = useFreshnessStore()
    freshness.init()
    const store = useAccountStore()
    store.init()
    const id = f.sim.accounts()[3]!.account_id
    expect((await f.backend.accounts.get(id)).ok).toBe(true)
    f.clock.advance(5 * MINUTE)
    const gets = () =>
      f.sim.requests.filter((request) => request.method === 'GET' && request.path === `/v1/accounts/${id}`)
        .length
    const before = gets()

    await store.load(id)
    const shown = store.account.value?.freshness
    expect(shown).toMatchObject({ source: 'cache', stale: true })

    const confirmed = await until(() => {
      const known = freshness.of('account', id, shown)
      return known?.source === 'network' ? known : undefined
    })
    expect(confirmed).toEqual({ source: 'network', fetchedAt: f.clock.now.toISOString(), stale: false })
    // The history revalidated too, and says so.
    await until(() => freshness.of('validations', id)?.source === 'network')
    // Only the revalidation itself went to Truora: nothing was re-read for an unchanged copy.
    expect(gets()).toBe(before + 1)
  })

  it('re-reads new data and keeps saying it came from Truora, not "cached just now"', async () => {
    const freshness = useFreshnessStore()
    freshness.init()
    const store = useAccountStore()
    store.init()
    const original = f.sim.accounts()[6]!
    expect((await f.backend.accounts.get(original.account_id)).ok).toBe(true)
    f.clock.advance(5 * MINUTE)
    // Truora's copy changed meanwhile.
    f.sim.faults.next(
      1,
      { status: 200, body: JSON.stringify({ ...original, email: 'nuevo@correo.co' }) },
      { method: 'GET', pathPrefix: `/v1/accounts/${original.account_id}` }
    )
    await store.load(original.account_id)
    await until(() => store.account.value?.data.email === 'nuevo@correo.co')
    // The re-read answered from the cache; the age shown is the revalidation's.
    expect(store.account.value?.freshness.source).toBe('cache')
    expect(freshness.of('account', original.account_id, store.account.value?.freshness)).toEqual({
      source: 'network',
      fetchedAt: f.clock.now.toISOString(),
      stale: false
    })
  })

  it('forgets every age when another operator takes over', () => {
    const freshness = useFreshnessStore()
    freshness.note('account', 'ACC1', { source: 'network', fetchedAt: '2026-11-26T12:00:00Z', stale: false })
    expect(freshness.of('account', 'ACC1')).toBeDefined()
    freshness.reset()
    expect(freshness.of('account', 'ACC1')).toBeUndefined()
  })
})
