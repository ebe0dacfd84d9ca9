// Retention's cut (src/main/cache/forget.ts): what was last received from Truora before a cutoff goes
// — an account with its lists once none of them is newer, history lists of accounts not cached, and
// records kept by their own ID — decided from the accounts parts' summaries alone (no history part is
// read for that), taken out of the parts it was in, and gone after a reopen. The outbox stays.
import { describe, expect, it } from 'vitest'
import { generateDataKey } from '../../src/main/cache/open-cache'
import { GROUPS_PER_PART } from '../../src/main/cache/part-table'
import type { PartReadInfo } from '../../src/main/cache/types'
import { accountFor } from '../support/fixtures/accounts'
import { cacheInTemp, openAt } from '../support/cache-helpers'

const OLD = '2026-01-01T00:00:00.000Z'
const NEW = '2026-06-01T00:00:00.000Z'
const CUTOFF = '2026-03-01T00:00:00.000Z'
/** Two slots: the first all old, the second with a few refreshed. */
const ACCOUNTS = Array.from({ length: GROUPS_PER_PART * 2 }, (_, n) => accountFor(n))
const id = (n: number): string => ACCOUNTS[n]!.account_id

describe('forgetting what was not refreshed since a cutoff', () => {
  it('takes out old accounts, lists and records, keeps the refreshed and the outbox, for good', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    const { store: writer } = await openAt(at, key)
    writer.accounts.putMany(ACCOUNTS, OLD)
    // An old account whose validations were fetched again lately: kept, with them.
    writer.validations.putForAccount(id(1), [{ validation_id: 'V1', validation_status: 'success' }], NEW)
    // An old account with old lists: goes with them.
    writer.validations.putForAccount(id(2), [{ validation_id: 'V2' }], OLD)
    // Refreshed accounts of the second slot.
    writer.accounts.putMany([ACCOUNTS[GROUPS_PER_PART]!, ACCOUNTS[GROUPS_PER_PART + 1]!], NEW)
    // Records kept by their own ID: one old, one new; and a list of an account never cached.
    writer.validations.put({ validation_id: 'VLD-old', account_id: id(GROUPS_PER_PART) }, OLD)
    writer.validations.put({ validation_id: 'VLD-new', account_id: id(GROUPS_PER_PART) }, NEW)
    writer.processes.putResult({ process_id: 'IDP-old', account_id: 'not-cached' }, OLD)
    writer.processes.putForAccount('not-cached', [{ process_id: 'IDP-old' }], OLD)
    writer.outbox.add({
      id: 'out-1',
      input: { account_id: 'NEW-1' },
      createdAt: OLD,
      state: 'pending',
      attempts: 0
    })
    await writer.close()

    const reads: PartReadInfo[] = []
    const { store } = await openAt(at, key, { onRead: (info) => reads.push(info) })
    const gone: string[] = []
    store.onAccountsChanged((ids) =>
      gone.push(...ids.filter((one) => store.accounts.peek(one) === undefined))
    )
    const forgotten = await store.forgetReceivedBefore(CUTOFF)
    expect(forgotten).toEqual({ accounts: ACCOUNTS.length - 3, validations: 1, results: 1 })
    // Decided from the summaries; only the slots with history to take out had their history read.
    expect(
      reads
        .filter((read) => read.role === 'history')
        .map((read) => read.name.slice(0, 14))
        .sort()
    ).toEqual(['history-000000', 'history-000001', 'history-000002'])
    expect(store.accounts.count()).toBe(3)
    expect(gone).toHaveLength(ACCOUNTS.length - 3)
    await store.close()

    const { store: again } = await openAt(at, key)
    expect(again.accounts.count()).toBe(3)
    expect((await again.accounts.get(id(1)))?.data).toEqual(ACCOUNTS[1])
    expect((await again.validations.forAccount(id(1)))?.data).toHaveLength(1)
    expect(await again.accounts.get(id(2))).toBeUndefined()
    expect(await again.validations.forAccount(id(2))).toBeUndefined()
    expect(await again.accounts.get(id(0))).toBeUndefined()
    expect((await again.accounts.get(id(GROUPS_PER_PART + 1)))?.fetchedAt).toBe(NEW)
    expect(await again.validations.get('VLD-old')).toBeUndefined()
    expect((await again.validations.get('VLD-new'))?.fetchedAt).toBe(NEW)
    expect(await again.processes.result('IDP-old')).toBeUndefined()
    expect(await again.processes.forAccount('not-cached')).toBeUndefined()
    expect(again.outbox.list().map((item) => item.id)).toEqual(['out-1'])
    // Nothing left to forget: nothing is written.
    expect(await again.forgetReceivedBefore(CUTOFF)).toEqual({ accounts: 0, validations: 0, results: 0 })
    await again.close()
  })
})
