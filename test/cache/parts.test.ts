// The cache is written in parts, copy-on-write (docs/architecture.md "The operator's cache"): a change
// writes only the parts of the records it touched, each under a new name, then the manifest; the files that
// manifest no longer names are removed; an answer that changes nothing writes nothing. A cache of many
// parts reads back whole, whichever way its records arrived.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDataKey } from '../../src/main/cache/open-cache'
import { GROUPS_PER_PART } from '../../src/main/cache/part-table'
import type { WriteInfo } from '../../src/main/cache/types'
import { accountFor } from '../support/fixtures/accounts'
import { cacheInTemp, FETCHED_AT, openAt, partFiles, type CacheAt } from '../support/cache-helpers'

const LATER = '2026-06-01T00:00:00.000Z'
/** Two full slots and a third one started. */
const COUNT = GROUPS_PER_PART * 2 + 10
const ACCOUNTS = Array.from({ length: COUNT }, (_, n) => accountFor(n))

async function contents(at: CacheAt): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const name of await partFiles(at)) files.set(name, await readFile(join(at.folder, 'parts', name)))
  return files
}

describe('a cache in parts', () => {
  it('writes only the parts of a changed account, under new names, and removes the ones they replace', async () => {
    const at = await cacheInTemp()
    const writes: WriteInfo[] = []
    const { store } = await openAt(at, generateDataKey(), { onWrite: (info) => writes.push(info) })
    store.accounts.putMany(ACCOUNTS, FETCHED_AT)
    await store.flush()
    const before = await contents(at)
    expect([...before.keys()]).toEqual([
      'accounts-000000-1.part',
      'accounts-000001-1.part',
      'accounts-000002-1.part'
    ])

    // An account of the second slot is looked up again, and a history arrives for it.
    const changed = ACCOUNTS[GROUPS_PER_PART + 5]!
    store.accounts.put({ ...changed, email: 'nueva@ejemplo.co' }, LATER)
    store.validations.putForAccount(changed.account_id, [], LATER)
    await store.flush()
    const after = await contents(at)
    expect([...after.keys()]).toEqual([
      'accounts-000000-1.part',
      'accounts-000001-2.part',
      'accounts-000002-1.part',
      'history-000001-2.part'
    ])
    for (const name of ['accounts-000000-1.part', 'accounts-000002-1.part']) {
      expect(after.get(name)?.equals(before.get(name)!)).toBe(true)
    }
    // The manifest and the slot's two parts.
    expect(writes[1]?.files).toBe(3)

    // The outbox lives in the manifest: queuing a creation writes no part.
    store.outbox.add({
      id: 'out-1',
      input: { account_id: 'NEW-1' },
      createdAt: LATER,
      state: 'pending',
      attempts: 0
    })
    await store.flush()
    expect(writes[2]?.files).toBe(1)
    const queued = await contents(at)
    expect([...queued.keys()]).toEqual([...after.keys()])
    for (const [name, bytes] of after) expect(queued.get(name)?.equals(bytes)).toBe(true)
    await store.close()
  })

  it('writes nothing for an answer that changes nothing; its newer time goes to disk on close', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    const writes: WriteInfo[] = []
    const validation = {
      validation_id: 'VLD-1',
      account_id: ACCOUNTS[1]!.account_id,
      validation_status: 'success'
    }
    const { store } = await openAt(at, key, { onWrite: (info) => writes.push(info) })
    store.accounts.putMany(ACCOUNTS.slice(0, 3), FETCHED_AT)
    store.validations.putForAccount(ACCOUNTS[1]!.account_id, [validation], FETCHED_AT)
    store.processes.putForAccount(ACCOUNTS[1]!.account_id, [], FETCHED_AT)
    store.validations.put(validation, FETCHED_AT)
    await store.flush()
    const files = await contents(at)
    expect(writes).toHaveLength(1)

    // The same answers again, later: a revalidation that found nothing new.
    store.accounts.put(ACCOUNTS[1]!, LATER)
    store.validations.putForAccount(ACCOUNTS[1]!.account_id, [validation], LATER)
    store.processes.putForAccount(ACCOUNTS[1]!.account_id, [], LATER)
    store.validations.put(validation, LATER)
    await store.flush()
    expect(writes).toHaveLength(1)
    const unchanged = await contents(at)
    for (const [name, bytes] of files) expect(unchanged.get(name)?.equals(bytes)).toBe(true)
    expect((await store.accounts.get(ACCOUNTS[1]!.account_id))?.fetchedAt).toBe(LATER)
    expect((await store.validations.forAccount(ACCOUNTS[1]!.account_id))?.fetchedAt).toBe(LATER)
    // Closing writes the parts whose times alone moved (retention reads those times after a restart).
    await store.close()
    expect(writes).toHaveLength(2)
    const { store: again } = await openAt(at, key)
    expect((await again.accounts.get(ACCOUNTS[1]!.account_id))?.fetchedAt).toBe(LATER)
    expect((await again.validations.forAccount(ACCOUNTS[1]!.account_id))?.fetchedAt).toBe(LATER)
    expect((await again.validations.get('VLD-1'))?.fetchedAt).toBe(LATER)
    await again.close()
  })

  it('reads back every record, its history and standalone results, across slots', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    const { store } = await openAt(at, key)
    // A first batch, written; then history for old accounts and new accounts, in another write.
    store.accounts.putMany(ACCOUNTS.slice(0, GROUPS_PER_PART + 1), FETCHED_AT)
    await store.flush()
    store.accounts.putMany(ACCOUNTS.slice(GROUPS_PER_PART + 1), LATER)
    const validation = {
      validation_id: 'VLD-9',
      account_id: ACCOUNTS[3]!.account_id,
      type: 'face-recognition',
      validation_status: 'success'
    }
    store.validations.putForAccount(ACCOUNTS[3]!.account_id, [validation], LATER)
    store.validations.put(validation, LATER)
    store.processes.putForAccount(ACCOUNTS[COUNT - 1]!.account_id, [], LATER)
    // An ID that is a special name for a JavaScript object stays plain data.
    store.accounts.put({ ...accountFor(0), account_id: '__proto__' }, LATER)
    // A result whose account the cache does not hold.
    store.processes.putResult({ process_id: 'IDP-1', status: 'success' }, LATER)
    await store.close()

    const { store: again, corruptMovedTo } = await openAt(at, key)
    expect(corruptMovedTo).toBeUndefined()
    expect(again.accounts.count()).toBe(COUNT + 1)
    for (const [n, account] of ACCOUNTS.entries()) {
      expect(await again.accounts.get(account.account_id)).toEqual({
        data: account,
        fetchedAt: n <= GROUPS_PER_PART ? FETCHED_AT : LATER
      })
    }
    expect((await again.accounts.get('__proto__'))?.data.account_id).toBe('__proto__')
    expect(await again.accounts.get('constructor')).toBeUndefined()
    expect((await again.validations.forAccount(ACCOUNTS[3]!.account_id))?.data).toEqual([validation])
    expect((await again.validations.get('VLD-9'))?.data).toEqual(validation)
    expect((await again.processes.forAccount(ACCOUNTS[COUNT - 1]!.account_id))?.data).toEqual([])
    expect((await again.processes.result('IDP-1'))?.data).toEqual({ process_id: 'IDP-1', status: 'success' })
    expect(again.latestStatus(ACCOUNTS[3]!.account_id)).toBe('success')

    // Changing an account read from disk writes its part with it: nothing else in it is lost.
    again.accounts.put({ ...ACCOUNTS[4]!, email: 'otra@ejemplo.co' }, LATER)
    await again.close()
    const { store: third } = await openAt(at, key)
    expect((await third.accounts.get(ACCOUNTS[4]!.account_id))?.data.email).toBe('otra@ejemplo.co')
    expect((await third.accounts.get(ACCOUNTS[5]!.account_id))?.data).toEqual(ACCOUNTS[5])
    expect((await third.validations.forAccount(ACCOUNTS[3]!.account_id))?.data).toEqual([validation])
    expect(third.accounts.count()).toBe(COUNT + 1)
    await third.close()
  })

  it('has no parts left after a clear, and fills new ones afterwards', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    const { store } = await openAt(at, key)
    store.accounts.putMany(ACCOUNTS.slice(0, 50), FETCHED_AT)
    store.validations.putForAccount(ACCOUNTS[0]!.account_id, [], FETCHED_AT)
    await store.flush()
    store.clear({ keepOutbox: true })
    await store.flush()
    expect(await partFiles(at)).toEqual([])
    store.accounts.put(ACCOUNTS[60]!, LATER)
    await store.flush()
    expect(await partFiles(at)).toEqual(['accounts-000000-3.part'])
    await store.close()
    const { store: again } = await openAt(at, key)
    expect(again.accounts.count()).toBe(1)
    expect((await again.accounts.get(ACCOUNTS[60]!.account_id))?.fetchedAt).toBe(LATER)
    expect(await again.accounts.get(ACCOUNTS[0]!.account_id)).toBeUndefined()
    await again.close()
  })

  it('applies a history put to a slot that has no history part yet, after a reopen', async () => {
    // The slot's history part is read as empty at once (no file): the change that asked for it must
    // still apply and be written, not wait for ever.
    const at = await cacheInTemp()
    const key = generateDataKey()
    const { store } = await openAt(at, key)
    store.accounts.putMany(ACCOUNTS.slice(0, 3), FETCHED_AT)
    await store.close()
    const { store: again } = await openAt(at, key)
    await again.loaded()
    again.validations.putForAccount(ACCOUNTS[1]!.account_id, [{ validation_id: 'VLD-2' }], LATER)
    await again.flush()
    expect((await again.validations.forAccount(ACCOUNTS[1]!.account_id))?.data).toEqual([
      { validation_id: 'VLD-2' }
    ])
    await again.close()
    expect(await partFiles(at)).toContain('history-000000-2.part')
  })
})
