// The payload guard (src/main/backend/payload-guard.ts) for every caller of the Backend, not only IPC: the
// browser test host and the benchmark call the Backend directly, skipping ipc.ts, so guard-calls.ts runs the
// same structural check before the schemas (DESIGN.md §3: payloads are plain data, parsed once at one
// boundary that IPC and direct callers share; keys such as `__proto__` and `constructor` are refused).
// Several of these payloads pass the zod schemas on their own — a Date or a Map is an object with no unknown
// keys — so without the guard `cache.clear(new Date())` would clear the cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Result } from '@shared/result'
import type { Backend } from '../../src/main/backend/create-backend'
import { snapshotDir } from '../support/electron/ipc-harness'
import { backendFixture, eventually, type BackendFixture } from '../support/backend-fixture'

let f: BackendFixture

beforeAll(async () => {
  f = await backendFixture()
  await f.addOperator()
  for (const account of f.sim.accounts().slice(0, 3)) {
    expect((await f.backend.accounts.get(account.account_id)).ok).toBe(true)
    expect((await f.backend.accounts.validations(account.account_id)).ok).toBe(true)
  }
  // Something to lose: cached accounts and history, and a creation Truora refused, kept in the outbox
  // (a failed item stays put until the operator acts, so nothing changes on its own during the test).
  await f.sim.stop()
  await f.backend.accounts.get('ACCnotcached')
  const queued = await f.backend.accounts.create({ account_id: 'guard-queued-1', first_name: 'Inés' })
  expect(queued.ok && queued.data.status).toBe('queued')
  f.sim.faults.next(
    1,
    { status: 400, body: '{"code":10400,"http_code":400,"message":"invalid"}' },
    { method: 'POST' }
  )
  await f.sim.start()
  await eventually(async () => {
    const items = await f.backend.outbox.list()
    return items.ok && items.data[0]?.state === 'failed'
  })
  // Closing flushes the last batched write, so the snapshots below start from a settled folder.
  await f.restart()
})

afterAll(async () => {
  await f?.close()
})

const own = (json: string): unknown => JSON.parse(json)
class Options {
  format = 'csv'
  keepOutbox = false
}

/** Straight to the Backend, as the browser host does: [label, call, the guard's reason]. */
const CASES: [string, (backend: Backend) => Promise<Result<unknown>>, string][] = [
  ['cache.clear(Date)', (b) => b.cache.clear(new Date() as never), 'unsupported_type'],
  ['cache.clear(Map)', (b) => b.cache.clear(new Map([['keepOutbox', false]]) as never), 'unsupported_type'],
  ['cache.clear(class instance)', (b) => b.cache.clear(new Options()), 'unsupported_type'],
  ['cache.export(class instance)', (b) => b.cache.export(new Options() as never), 'unsupported_type'],
  ['accounts.get(id, Date)', (b) => b.accounts.get('ACCguard', new Date() as never), 'unsupported_type'],
  [
    'accounts.create(Map)',
    (b) => b.accounts.create(new Map([['account_id', 'guard-map-1']])),
    'unsupported_type'
  ],
  [
    'accounts.search(Set filters)',
    (b) => b.accounts.search({ text: '', filters: new Set() as never }),
    'unsupported_type'
  ],
  [
    'accounts.search with an own __proto__',
    (b) => b.accounts.search(own('{"text":"","__proto__":{"polluted":true}}') as never),
    'forbidden_key'
  ],
  [
    'cache.clear with an own __proto__',
    (b) => b.cache.clear(own('{"__proto__":{"keepOutbox":false}}') as never),
    'forbidden_key'
  ],
  [
    'accounts.create with constructor.prototype',
    (b) =>
      b.accounts.create(own('{"account_id":"guard-ctor-1","constructor":{"prototype":{"polluted":true}}}')),
    'forbidden_key'
  ],
  [
    'operators.add with an own __proto__',
    (b) =>
      b.operators.add(
        own(`{"name":"Intruder","apiKey":"${f.sim.key}","__proto__":{"isAdmin":true}}`) as never
      ),
    'forbidden_key'
  ],
  [
    'operators.add with a prototype key',
    (b) => b.operators.add({ name: 'Intruder', apiKey: f.sim.key, prototype: {} } as never),
    'forbidden_key'
  ]
]

describe('a malformed payload sent straight to the Backend', () => {
  it.each(CASES)('%s → invalid_input, and nothing is written or sent', async (_label, send, reason) => {
    const files = await snapshotDir(f.dataDir)
    const secrets = await f.keychain.entries()
    const requests = f.sim.count()
    const stats = await f.backend.cache.stats()

    const result = await send(f.backend)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid_input')
    expect(result.error.details).toMatchObject({ reason })
    expect(JSON.stringify(result)).not.toContain(f.sim.key)

    // Give a write that slipped through its batching delay, then compare.
    await f.backend.cache.stats()
    expect(await f.backend.cache.stats()).toEqual(stats)
    expect(await f.backend.outbox.list()).toMatchObject({
      ok: true,
      data: [{ input: { account_id: 'guard-queued-1' } }]
    })
    expect(f.sim.count()).toBe(requests)
    expect(await f.keychain.entries()).toEqual(secrets)
    expect(await snapshotDir(f.dataDir)).toEqual(files)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(
      (await f.backend.operators.list()).ok && JSON.stringify(await f.backend.operators.list())
    ).not.toContain('Intruder')
  })

  it('still lets the same calls through with plain data', async () => {
    const page = await f.backend.accounts.search({ text: '' })
    // The three cached accounts and the queued creation, listed as pending.
    expect(page.ok && page.data.total).toBe(4)
    const exported = await f.backend.cache.export({ format: 'json' })
    expect(exported.ok).toBe(true)
  })
})
