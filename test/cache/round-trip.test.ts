// The cache keeps what it is given across a close and reopen with the same key (DESIGN.md §4 "Data at rest"):
// data, freshness stamps, the outbox, the mirror's resume point; and it reports counts and file size.
import { readdir, stat } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { OutboxItem } from '@shared/domain/outbox'
import type { IdentityProcess, ProcessResult, Validation } from '@shared/domain/truora-records'
import { generateDataKey } from '../../src/main/cache/open-cache'
import { accountFor } from '../support/fixtures/accounts'
import { bytesOnDisk, cacheInTemp, collect, FETCHED_AT, openAt } from '../support/cache-helpers'

const LATER = '2026-05-23T08:00:00.000Z'

const validation: Validation = {
  validation_id: 'VLD123',
  account_id: 'ACC-test-1',
  type: 'document-validation',
  validation_status: 'success',
  creation_date: '2024-05-22T23:31:12.952650107Z',
  details: { document_details: { name: 'José Núñez' } }
}
const identityProcess: IdentityProcess = {
  process_id: 'IDP123',
  account_id: 'ACC-test-1',
  flow_id: 'IPF1',
  status: 'failure',
  declined_reason: 'geolocation_denied'
}
const result: ProcessResult = { ...identityProcess, first_name: 'José', validations: [validation] }
const queued: OutboxItem = {
  id: 'out-1',
  input: { first_name: 'Conceição', country: 'BR' },
  createdAt: FETCHED_AT,
  state: 'failed',
  attempts: 2,
  error: { code: 'offline', message: 'No network' }
}

describe('cache round trip', () => {
  it('gives back every kind of record, its freshness stamp, the outbox and the mirror state', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    const first = await openAt(at, key)
    expect(first.corruptMovedTo).toBeUndefined()
    const { store } = first
    store.accounts.put(accountFor(1), FETCHED_AT)
    store.accounts.putMany([accountFor(2), accountFor(3)], LATER)
    store.validations.putForAccount('ACC-test-1', [validation], FETCHED_AT)
    store.validations.put(validation, LATER)
    store.processes.putForAccount('ACC-test-1', [identityProcess], FETCHED_AT)
    store.processes.putResult(result, LATER)
    store.outbox.add(queued)
    store.outbox.add({ ...queued, id: 'out-2', state: 'pending', attempts: 0 })
    store.outbox.add({ ...queued, id: 'out-3' })
    store.outbox.update('out-1', { state: 'pending', error: undefined })
    store.outbox.remove('out-3')
    const mirror = {
      cursor: 'key-after-page-7',
      pages: 7,
      accounts: 700,
      startedAt: FETCHED_AT,
      inProgress: true
    }
    store.mirror.set(mirror)
    store.mirror.setLastSyncedAt(LATER)
    await store.close()

    const { store: again, corruptMovedTo } = await openAt(at, key)
    expect(corruptMovedTo).toBeUndefined()
    expect(await again.accounts.get('ACC-test-1')).toEqual({ data: accountFor(1), fetchedAt: FETCHED_AT })
    expect(await again.accounts.get('ACC-test-3')).toEqual({ data: accountFor(3), fetchedAt: LATER })
    expect(await again.accounts.get('ACC-test-4')).toBeUndefined()
    expect(again.accounts.count()).toBe(3)
    expect((await collect(again.accounts.all())).map((entry) => entry.data.account_id).sort()).toEqual([
      'ACC-test-1',
      'ACC-test-2',
      'ACC-test-3'
    ])
    expect(await again.validations.forAccount('ACC-test-1')).toEqual({
      data: [validation],
      fetchedAt: FETCHED_AT
    })
    expect(await again.validations.get('VLD123')).toEqual({ data: validation, fetchedAt: LATER })
    expect(await again.processes.forAccount('ACC-test-1')).toEqual({
      data: [identityProcess],
      fetchedAt: FETCHED_AT
    })
    expect(await again.processes.result('IDP123')).toEqual({ data: result, fetchedAt: LATER })
    const { error: _cleared, ...withoutError } = queued
    expect(again.outbox.list()).toEqual([
      { ...withoutError, state: 'pending' },
      { ...queued, id: 'out-2', state: 'pending', attempts: 0 }
    ])
    expect(again.mirror.get()).toEqual(mirror)
    expect(again.mirror.lastSyncedAt()).toBe(LATER)
    // The count follows puts of known and new ids alike.
    again.accounts.putMany([accountFor(1), accountFor(9)], LATER)
    expect(again.accounts.count()).toBe(4)
    expect(again.stats('op-1').accounts).toBe(4)
    await again.close()
  })

  it('treats a missing file as an empty cache, not a corrupt one; writes nothing until a change', async () => {
    const at = await cacheInTemp()
    const { store, corruptMovedTo } = await openAt(at, generateDataKey(), { writeDelayMs: 0 })
    expect(corruptMovedTo).toBeUndefined()
    expect(store.accounts.count()).toBe(0)
    expect(store.outbox.list()).toEqual([])
    expect(store.mirror.get()).toEqual({ pages: 0, accounts: 0, inProgress: false })
    await store.close()
    await expect(stat(at.folder)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('keeps an account whose caller-chosen id is __proto__ as plain data', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    const { store } = await openAt(at, key)
    store.accounts.put({ ...accountFor(9), account_id: '__proto__' }, FETCHED_AT)
    expect((await store.accounts.get('__proto__'))?.data.first_name).toBe(accountFor(9).first_name)
    expect(store.accounts.count()).toBe(1)
    await store.close()
    const { store: again } = await openAt(at, key)
    expect((await again.accounts.get('__proto__'))?.data.account_id).toBe('__proto__')
    expect(await again.accounts.get('constructor')).toBeUndefined()
    again.accounts.put({ ...accountFor(9), account_id: '__proto__', first_name: 'Iñaki' }, LATER)
    expect(again.accounts.count()).toBe(1)
    expect((await again.accounts.get('__proto__'))?.data.first_name).toBe('Iñaki')
    await again.close()
  })

  it('reports counts and the real size of the cache on disk', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    const { store } = await openAt(at, key)
    store.accounts.putMany([accountFor(1), accountFor(2)], FETCHED_AT)
    store.validations.putForAccount('ACC-test-1', [validation, { validation_id: 'VLD2' }], FETCHED_AT)
    store.validations.put(validation, FETCHED_AT)
    store.processes.putForAccount('ACC-test-1', [identityProcess], FETCHED_AT)
    store.processes.putResult({ process_id: 'IDP999' }, FETCHED_AT)
    store.outbox.add(queued)
    store.mirror.setLastSyncedAt(LATER)
    expect(store.stats('op-1').bytes).toBe(0)
    await store.flush()
    const stats = store.stats('op-1')
    expect(stats).toEqual({
      operatorId: 'op-1',
      accounts: 2,
      validations: 2,
      processes: 2,
      outbox: 1,
      bytes: await bytesOnDisk(at),
      lastSyncedAt: LATER
    })
    expect(stats.bytes).toBeGreaterThan(0)
    await store.close()
    const { store: again } = await openAt(at, key)
    expect(again.stats('op-1').bytes).toBe(await bytesOnDisk(at))
    await again.close()
  })

  it('clears all but the schema and, if asked, the outbox; and says which accounts went', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    const { store } = await openAt(at, key)
    store.accounts.putMany([accountFor(1), accountFor(2)], FETCHED_AT)
    store.validations.put(validation, FETCHED_AT)
    store.processes.putResult(result, FETCHED_AT)
    store.outbox.add(queued)
    store.mirror.set({ cursor: 'k', pages: 1, accounts: 2, inProgress: true })
    store.mirror.setLastSyncedAt(LATER)
    const changes: string[][] = []
    store.onAccountsChanged((ids) => changes.push(ids))

    store.clear({ keepOutbox: true })
    expect(changes).toEqual([['ACC-test-1', 'ACC-test-2']])
    expect(store.accounts.count()).toBe(0)
    expect(await store.accounts.get('ACC-test-1')).toBeUndefined()
    expect(await store.validations.get('VLD123')).toBeUndefined()
    expect(await store.processes.result('IDP123')).toBeUndefined()
    expect(store.mirror.get()).toEqual({ pages: 0, accounts: 0, inProgress: false })
    expect(store.mirror.lastSyncedAt()).toBeUndefined()
    expect(store.outbox.list()).toEqual([queued])
    await store.close()

    const { store: again } = await openAt(at, key)
    expect(again.stats('op-1')).toMatchObject({ accounts: 0, validations: 0, processes: 0, outbox: 1 })
    expect(again.stats('op-1').lastSyncedAt).toBeUndefined()
    again.clear({ keepOutbox: false })
    expect(again.outbox.list()).toEqual([])
    await again.close()
    const { store: third } = await openAt(at, key)
    expect(third.stats('op-1')).toMatchObject({ accounts: 0, outbox: 0 })
    await third.close()
  })

  it('tells listeners which accounts were put, until they unsubscribe', async () => {
    const { store } = await openAt(await cacheInTemp(), generateDataKey())
    const seen: string[][] = []
    const unsubscribe = store.onAccountsChanged((ids) => seen.push(ids))
    store.accounts.put(accountFor(1), FETCHED_AT)
    store.accounts.putMany([accountFor(2), accountFor(3)], FETCHED_AT)
    store.accounts.putMany([], FETCHED_AT)
    unsubscribe()
    store.accounts.put(accountFor(4), FETCHED_AT)
    expect(seen).toEqual([['ACC-test-1'], ['ACC-test-2', 'ACC-test-3']])
    await store.close()
  })

  it('writes pending changes on close and refuses changes after it', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    // A delay far longer than the test: only close() can have written the account.
    const { store } = await openAt(at, key, { writeDelayMs: 3_600_000 })
    store.accounts.put(accountFor(5), FETCHED_AT)
    await store.close()
    expect(() => store.accounts.put(accountFor(6), FETCHED_AT)).toThrow('closed')
    expect(() => store.outbox.add(queued)).toThrow('closed')
    expect(await readdir(at.folder)).toEqual(['manifest', 'parts'])
    const { store: again } = await openAt(at, key)
    expect((await again.accounts.get('ACC-test-5'))?.data).toEqual(accountFor(5))
    expect(await again.accounts.get('ACC-test-6')).toBeUndefined()
    await again.close()
  })

  it('makes 32-byte data keys that differ each time', () => {
    const a = generateDataKey()
    const b = generateDataKey()
    expect(a).toHaveLength(32)
    expect(b).toHaveLength(32)
    expect(a.equals(b)).toBe(false)
  })
})
