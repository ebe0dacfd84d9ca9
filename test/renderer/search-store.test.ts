// @vitest-environment node
// The search store against the real Backend: local results paged on demand, and the exact-ID lookup
// online, offline and cancelled. (Node environment: the store needs no DOM, and the Backend needs
// Node's own fetch to reach the simulator.)
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { setApi } from '@renderer/api'
import { PAGE_SIZE, useSearchStore } from '@renderer/stores/search'
import { realBackend, until, type RealBackend } from './real-backend'

const ACCOUNTS = 450

describe('search store with the real Backend', () => {
  let f: RealBackend
  beforeAll(async () => {
    f = await realBackend({ sim: { accounts: ACCOUNTS } })
    await f.addOperator()
    setApi(f.backend)
    const started = await f.backend.sync.mirror()
    expect(started.ok).toBe(true)
    await until(async () => {
      const stats = await f.backend.cache.stats()
      return stats.ok && stats.data.accounts === ACCOUNTS
    }, 30_000)
    await f.backend.sync.cancel()
  }, 60_000)
  afterAll(async () => {
    await f?.close()
  })
  beforeEach(() => {
    setActivePinia(createPinia())
  })

  it('lists the first page of everything cached, then loads further pages as rows come into view', async () => {
    const store = useSearchStore()
    await store.run()
    expect(store.total).toBe(ACCOUNTS)
    expect(store.hitAt(0)).toBeDefined()
    expect(store.hitAt(PAGE_SIZE - 1)).toBeDefined()
    expect(store.hitAt(300)).toBeUndefined()

    store.ensureRange(250, 420)
    await until(() => store.hitAt(300) && store.hitAt(420))
    const direct = await f.backend.accounts.search({ text: '', offset: 300, limit: 1 })
    expect(direct.ok && direct.data.hits[0]?.account.account_id).toBe(store.hitAt(300)?.account.account_id)
  })

  it('loads the rows the list asked for while a new query was on its way, once its answer arrives', async () => {
    const store = useSearchStore()
    const first = store.run()
    // The list asks while the first page is still coming: the store keeps the wish for that answer.
    store.ensureRange(0, 2 * PAGE_SIZE + 3)
    await first
    await until(() => store.hitAt(2 * PAGE_SIZE + 3))
    const direct = await f.backend.accounts.search({ text: '', offset: 2 * PAGE_SIZE + 3, limit: 1 })
    expect(direct.ok && direct.data.hits[0]?.account.account_id).toBe(
      store.hitAt(2 * PAGE_SIZE + 3)?.account.account_id
    )
  })

  it('leaves the list alone when an answer shows the same rows, and loads its later pages again', async () => {
    const store = useSearchStore()
    const target = f.sim.accounts()[7]!.last_name!.slice(0, 5)
    store.setText(target)
    await until(() => store.answered && !store.loading && store.text === target)
    store.ensureRange(0, PAGE_SIZE + 1)
    await until(() => store.total <= PAGE_SIZE || store.hitAt(PAGE_SIZE + 1))
    const shown = store.pages.get(0)
    const version = store.resultsVersion

    // A trailing space is the same query: its answer arrives, and nothing on screen is replaced.
    store.setText(`${target} `)
    expect(store.loading).toBe(true)
    await until(() => !store.loading)
    expect(store.pages.get(0)).toBe(shown)
    expect(store.resultsVersion).toBe(version)
    if (store.total > PAGE_SIZE) await until(() => store.hitAt(PAGE_SIZE + 1))

    // Another query replaces the rows and says so (the view scrolls back to the top).
    store.setText('zzzz-no-such-account')
    await until(() => !store.loading)
    expect(store.total).toBe(0)
    expect(store.resultsVersion).toBe(version + 1)
  })

  it('finds an account by part of its last name as the operator types', async () => {
    const store = useSearchStore()
    const target = f.sim.accounts()[42]!
    store.setText(target.last_name!.slice(0, 6))
    await until(
      () =>
        store.answered &&
        !store.loading &&
        store.text === target.last_name!.slice(0, 6) &&
        store.total < ACCOUNTS
    )
    const shown = Array.from(
      { length: Math.min(store.total, PAGE_SIZE) },
      (_, index) => store.hitAt(index)?.account.account_id
    )
    expect(shown).toContain(target.account_id)
    expect(store.lookup.state).toBe('idle')
  })

  it('applies filters', async () => {
    const store = useSearchStore()
    const country = f.sim.accounts()[0]!.country!
    store.setFilters({ country })
    await until(() => store.answered && !store.loading && store.total < ACCOUNTS)
    const expected = f.sim.accounts().filter((account) => account.country === country).length
    expect(store.total).toBe(expected)
    expect(store.hitAt(0)?.account.country).toBe(country)
  })

  it('looks up an exact ID at Truora, says not found for an unknown one, and offline when it cannot ask', async () => {
    const store = useSearchStore()
    const id = f.sim.accounts()[5]!.account_id
    store.setText(id)
    const found = await until(() => (store.lookup.state === 'found' ? store.lookup : undefined))
    expect(found.result.data.account_id).toBe(id)

    store.setText('ACCdoesnotexist42')
    await until(() => store.lookup.state === 'not_found')

    await f.sim.stop()
    try {
      store.setText('ACC0unknown99')
      await until(
        () =>
          store.lookup.state === 'offline_missing' ||
          store.lookup.state === 'not_found' ||
          store.lookup.state === 'error'
      )
      expect(store.lookup).toEqual({ state: 'offline_missing', id: 'ACC0unknown99' })
    } finally {
      await f.sim.start()
    }
  })

  it('does not ask Truora for an ID the operator typed past before the pause', async () => {
    const store = useSearchStore()
    const id = f.sim.accounts()[9]!.account_id
    const asked = () => f.sim.count({ method: 'GET', pathPrefix: `/v1/accounts/${id}` })
    const before = asked()
    store.setText(id)
    store.setText(`${id} and more words`)
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(store.lookup.state).toBe('idle')
    expect(asked()).toBe(before)
  })

  it('says what Enter opens: the only hit, or the first exact one, and nothing when unclear', async () => {
    const store = useSearchStore()
    const target = f.sim.accounts()[11]!
    // Asked at once after typing: the answer is to the text as typed, not to the keystroke before.
    store.setText(target.account_id.toUpperCase())
    expect(await store.bestHit()).toBe(target.account_id)
    store.setText(target.document_number!)
    expect(await store.bestHit()).toBe(target.account_id)
    store.setText(`${target.first_name} ${target.last_name}`)
    const byName = await store.bestHit()
    if (store.total === 1) expect(byName).toBe(target.account_id)
    store.setText(target.last_name!.slice(0, 2))
    await until(() => !store.loading)
    expect(store.total).toBeGreaterThan(1)
    expect(await store.bestHit()).toBeUndefined()
    store.setText('')
    expect(await store.bestHit()).toBeUndefined()
  })
})
