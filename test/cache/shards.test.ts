// The cache file is written in shards (src/main/cache/shard-plan.ts): a change re-seals only the shard
// that holds the changed records, the others are written again byte for byte, and a cache of several
// shards reads back whole, whichever way its records arrived (issue 4; issue 5's smooth typing while
// lookups revalidate depends on it).
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { generateDataKey, openCache } from '../../src/main/cache/open-cache'
import { splitParts } from '../../src/main/cache/cache-file-format'
import { SHARD_GROUPS } from '../../src/main/cache/shard-plan'
import { accountFor } from '../support/fixtures/accounts'
import { cacheFileInTemp, FETCHED_AT } from '../support/cache-helpers'

const LATER = '2026-06-01T00:00:00.000Z'
/** Two full shards and a third one started. */
const COUNT = SHARD_GROUPS * 2 + 10
const ACCOUNTS = Array.from({ length: COUNT }, (_, n) => accountFor(n))

async function partsOf(file: string): Promise<Buffer[]> {
  const split = splitParts(await readFile(file))
  if (!split.ok) throw new Error(split.reason)
  return split.parts
}

describe('a cache file in shards', () => {
  it('re-seals only the shard of a changed account; the state part always', async () => {
    const file = await cacheFileInTemp()
    const { store } = await openCache({ file, dataKey: generateDataKey() })
    store.accounts.putMany(ACCOUNTS, FETCHED_AT)
    await store.flush()
    const before = await partsOf(file)
    expect(before).toHaveLength(1 + 3)

    // An account of the second shard is looked up again, and a history arrives for it.
    const changed = ACCOUNTS[SHARD_GROUPS + 5]!
    store.accounts.put({ ...changed, email: 'nueva@ejemplo.co' }, LATER)
    store.validations.putForAccount(changed.account_id, [], LATER)
    await store.flush()
    const after = await partsOf(file)
    expect(after).toHaveLength(4)
    expect(after.map((part, i) => part.equals(before[i] as Buffer))).toEqual([false, true, false, true])

    // The outbox lives in the state part: queuing a creation touches no shard.
    store.outbox.add({
      id: 'out-1',
      input: { account_id: 'NEW-1' },
      createdAt: LATER,
      state: 'pending',
      attempts: 0
    })
    await store.flush()
    const queued = await partsOf(file)
    expect(queued.map((part, i) => part.equals(after[i] as Buffer))).toEqual([false, true, true, true])
    await store.close()
  })

  it('reads back every record, its history and standalone results, across shards', async () => {
    const file = await cacheFileInTemp()
    const key = generateDataKey()
    const { store } = await openCache({ file, dataKey: key })
    // A first batch, written; then history for old accounts and new accounts, in another write.
    store.accounts.putMany(ACCOUNTS.slice(0, SHARD_GROUPS + 1), FETCHED_AT)
    await store.flush()
    store.accounts.putMany(ACCOUNTS.slice(SHARD_GROUPS + 1), LATER)
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
    await store.close()

    const { store: again, corruptMovedTo } = await openCache({ file, dataKey: key })
    expect(corruptMovedTo).toBeUndefined()
    expect(again.accounts.count()).toBe(COUNT + 1)
    for (const [n, account] of ACCOUNTS.entries()) {
      expect(again.accounts.get(account.account_id)).toEqual({
        data: account,
        fetchedAt: n <= SHARD_GROUPS ? FETCHED_AT : LATER
      })
    }
    expect(again.accounts.get('__proto__')?.data.account_id).toBe('__proto__')
    expect(again.validations.forAccount(ACCOUNTS[3]!.account_id)?.data).toEqual([validation])
    expect(again.validations.get('VLD-9')?.data).toEqual(validation)
    expect(again.processes.forAccount(ACCOUNTS[COUNT - 1]!.account_id)?.data).toEqual([])

    // Changing an account read from the file re-seals its shard with it: nothing else in it is lost.
    again.accounts.put({ ...ACCOUNTS[4]!, email: 'otra@ejemplo.co' }, LATER)
    await again.close()
    const { store: third } = await openCache({ file, dataKey: key })
    expect(third.accounts.get(ACCOUNTS[4]!.account_id)?.data.email).toBe('otra@ejemplo.co')
    expect(third.validations.forAccount(ACCOUNTS[3]!.account_id)?.data).toEqual([validation])
    expect(third.accounts.count()).toBe(COUNT + 1)
    await third.close()
  })

  it('has no shards left after a clear, and fills new ones afterwards', async () => {
    const file = await cacheFileInTemp()
    const key = generateDataKey()
    const { store } = await openCache({ file, dataKey: key })
    store.accounts.putMany(ACCOUNTS.slice(0, 50), FETCHED_AT)
    await store.flush()
    store.clear({ keepOutbox: true })
    await store.flush()
    expect(await partsOf(file)).toHaveLength(1)
    store.accounts.put(ACCOUNTS[60]!, LATER)
    await store.close()
    expect(await partsOf(file)).toHaveLength(2)
    const { store: again } = await openCache({ file, dataKey: key })
    expect(again.accounts.count()).toBe(1)
    expect(again.accounts.get(ACCOUNTS[60]!.account_id)?.fetchedAt).toBe(LATER)
    await again.close()
  })
})
