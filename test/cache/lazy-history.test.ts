// History is read on demand (docs/architecture.md "The operator's cache"): opening the cache, loading every
// account, indexing with the latest status and listing the accounts the mirror still has to fetch history
// for read no history part; reading an account's history reads its one part, and parts read are dropped
// again beyond HISTORY_PARTS_KEPT (read again from disk when needed).
import { describe, expect, it } from 'vitest'
import { generateDataKey } from '../../src/main/cache/open-cache'
import { GROUPS_PER_PART, HISTORY_PARTS_KEPT } from '../../src/main/cache/part-table'
import type { PartReadInfo } from '../../src/main/cache/types'
import { accountFor } from '../support/fixtures/accounts'
import { cacheInTemp, FETCHED_AT, openAt } from '../support/cache-helpers'

const SLOTS = HISTORY_PARTS_KEPT + 3
const ACCOUNTS = Array.from({ length: GROUPS_PER_PART * SLOTS }, (_, n) => accountFor(n))
/** The first account of each slot. */
const FIRSTS = Array.from({ length: SLOTS }, (_, k) => ACCOUNTS[k * GROUPS_PER_PART]!)

describe('history read on demand', () => {
  it('is not read to open, load, index or plan a mirror; one part is read per history, and dropped again', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    const { store: writer } = await openAt(at, key)
    writer.accounts.putMany(ACCOUNTS, FETCHED_AT)
    for (const account of FIRSTS) {
      writer.validations.putForAccount(
        account.account_id,
        [{ validation_id: `VLD-${account.account_id}`, validation_status: 'success' }],
        FETCHED_AT
      )
      writer.processes.putForAccount(account.account_id, [], FETCHED_AT)
    }
    await writer.close()

    const reads: PartReadInfo[] = []
    const { store } = await openAt(at, key, { onRead: (info) => reads.push(info) })
    await store.loaded()
    expect(store.latestStatus(FIRSTS[3]!.account_id)).toBe('success')
    const missing = await store.accounts.withoutHistory()
    expect(missing).toHaveLength(ACCOUNTS.length - SLOTS)
    expect(missing).not.toContain(FIRSTS[3]!.account_id)
    expect(reads.filter((read) => read.role === 'history')).toEqual([])
    expect(reads.filter((read) => read.role === 'accounts')).toHaveLength(SLOTS)

    // One account's history: its one part.
    expect((await store.validations.forAccount(FIRSTS[3]!.account_id))?.data).toHaveLength(1)
    expect(reads.filter((read) => read.role === 'history').map((read) => read.name)).toEqual([
      expect.stringMatching(/^history-000003-/)
    ])
    // Every slot's history once: more parts than are kept in memory.
    for (const account of FIRSTS) expect((await store.history(account.account_id)).validations).toBeDefined()
    const historyReads = (): number => reads.filter((read) => read.role === 'history').length
    expect(historyReads()).toBe(SLOTS)
    // The most recent ones are still in memory; the first was dropped and is read from disk again.
    await store.validations.forAccount(FIRSTS[SLOTS - 1]!.account_id)
    expect(historyReads()).toBe(SLOTS)
    expect((await store.validations.forAccount(FIRSTS[0]!.account_id))?.data).toHaveLength(1)
    expect(historyReads()).toBe(SLOTS + 1)
    await store.close()
  })

  it('reads the part of a history that changes, and keeps the change through a reopen', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    const { store: writer } = await openAt(at, key)
    writer.accounts.putMany(ACCOUNTS.slice(0, 3), FETCHED_AT)
    writer.validations.putForAccount(ACCOUNTS[0]!.account_id, [{ validation_id: 'V0' }], FETCHED_AT)
    await writer.close()

    const reads: PartReadInfo[] = []
    const { store } = await openAt(at, key, { onRead: (info) => reads.push(info) })
    // Put without reading first: the part is read before the change applies, so V0 stays.
    store.validations.putForAccount(ACCOUNTS[1]!.account_id, [{ validation_id: 'V1' }], FETCHED_AT)
    await store.close()
    expect(reads.filter((read) => read.role === 'history')).toHaveLength(1)
    const { store: again } = await openAt(at, key)
    expect((await again.validations.forAccount(ACCOUNTS[0]!.account_id))?.data).toEqual([
      { validation_id: 'V0' }
    ])
    expect((await again.validations.forAccount(ACCOUNTS[1]!.account_id))?.data).toEqual([
      { validation_id: 'V1' }
    ])
    await again.close()
  })
})
