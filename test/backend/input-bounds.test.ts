// Free text both ways (DESIGN.md §6 "Bounds"): what the operator types with hidden characters is
// refused with a field error before anything is sent; what Truora sends is cached stripped and cut,
// so the cache, the search index and the screen never hold a megabyte name or a bidi override.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FIELD_LIMITS } from '../../src/main/truora/bounded-record'
import { backendFixture, type BackendFixture } from '../support/backend-fixture'

let f: BackendFixture
beforeEach(async () => {
  f = await backendFixture()
  await f.addOperator()
  f.sim.resetRequests()
})
afterEach(async () => {
  await f.close()
})

describe('typed text with hidden characters', () => {
  it('refuses a creation with a bidi override or a NUL, field by field, and sends nothing', async () => {
    const created = await f.backend.accounts.create({
      account_id: 'hidden-1',
      first_name: 'Ana\u202e',
      last_name: 'Núñez\u0000'
    })
    expect(created.ok ? 'created' : created.error.code).toBe('invalid_input')
    expect(created.ok ? [] : created.error.details?.issues).toEqual(
      expect.arrayContaining([
        { path: 'first_name', message: 'validation.hiddenChars' },
        { path: 'last_name', message: 'validation.hiddenChars' }
      ])
    )
    expect(f.sim.count()).toBe(0)
    expect(await f.backend.outbox.list()).toEqual({ ok: true, data: [] })
  })

  it('refuses an operator name with a zero-width character', async () => {
    const added = await f.backend.operators.add({
      name: 'Field\u200b agent',
      apiKey: f.sim.key,
      passphrase: 'a passphrase that is fine'
    })
    expect(added.ok ? 'added' : added.error.details?.issues).toEqual([
      { path: 'name', message: 'validation.hiddenChars' }
    ])
  })
})

describe("Truora's text as it is cached", () => {
  it('caches a name stripped of hidden characters and cut to its limit, and searches it so', async () => {
    f.sim.faults.next(1, {
      status: 200,
      body: JSON.stringify({
        account_id: 'long-1',
        first_name: `Ana\u202e\u200b${'ñ'.repeat(100_000)}`,
        last_name: 'Pe\u0000rez'
      })
    })
    expect((await f.backend.accounts.get('long-1')).ok).toBe(true)
    const backend = await f.restart()
    await f.sim.stop()
    const cached = await backend.accounts.get('long-1')
    const account = cached.ok ? cached.data.data : undefined
    expect(cached.ok && cached.data.freshness.source).toBe('cache')
    expect(account?.first_name).toHaveLength(FIELD_LIMITS.short)
    expect(account?.first_name?.startsWith('Anañ')).toBe(true)
    expect(account?.last_name).toBe('Perez')
    const found = await backend.accounts.search({ text: 'perez' })
    expect(found.ok && found.data.hits.map((hit) => hit.account.account_id)).toEqual(['long-1'])
  })
})
