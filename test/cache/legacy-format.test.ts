// A cache written by an earlier build (format 1, one whole-file envelope) opens with everything in it,
// the outbox first of all (DESIGN.md §1 "Nothing is lost"), and the next write turns it into format 2.
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDataKey, openCache } from '../../src/main/cache/open-cache'
import { accountFor } from '../support/fixtures/accounts'
import { sealLegacyEnvelope } from '../support/cache-file-parts'
import { cacheFileInTemp, FETCHED_AT } from '../support/cache-helpers'

const stamped = <T>(data: T) => ({ data, fetchedAt: FETCHED_AT })

describe('a format-1 cache file', () => {
  it('opens with its accounts, history and outbox, and is written again as format 2', async () => {
    const file = await cacheFileInTemp()
    const key = generateDataKey()
    const account = accountFor(7)
    const validation = {
      validation_id: 'VLD-1',
      account_id: account.account_id,
      type: 'face-recognition',
      validation_status: 'success'
    }
    const queued = {
      id: 'out-1',
      input: { account_id: 'NEW-1' },
      createdAt: FETCHED_AT,
      state: 'pending',
      attempts: 0
    }
    const legacy = {
      schemaVersion: 1,
      accounts: { [account.account_id]: stamped(account) },
      validationsByAccount: { [account.account_id]: stamped([validation]) },
      validations: { 'VLD-1': stamped(validation) },
      processesByAccount: {},
      processResults: {},
      outbox: [queued],
      mirror: { cursor: 'k-9', pages: 9, accounts: 900, inProgress: true },
      lastSyncedAt: FETCHED_AT
    }
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, sealLegacyEnvelope(JSON.stringify(legacy), key))

    const opened = await openCache({ file, dataKey: key })
    expect(opened.corruptMovedTo).toBeUndefined()
    const { store } = opened
    expect(store.accounts.get(account.account_id)?.data).toEqual(account)
    expect(store.validations.forAccount(account.account_id)?.data).toEqual([validation])
    expect(store.validations.get('VLD-1')?.data).toEqual(validation)
    expect(store.outbox.list()).toEqual([queued])
    expect(store.mirror.get()).toEqual(legacy.mirror)
    // Only the outbox changes, yet the whole cache is written in the new format.
    store.outbox.update('out-1', { attempts: 1 })
    await store.close()
    expect((await readFile(file)).subarray(0, 8).toString('latin1')).toBe('TALCACHE')

    const { store: again } = await openCache({ file, dataKey: key })
    expect(again.accounts.get(account.account_id)?.data).toEqual(account)
    expect(again.validations.get('VLD-1')?.data).toEqual(validation)
    expect(again.outbox.list()).toEqual([{ ...queued, attempts: 1 }])
    expect(again.mirror.lastSyncedAt()).toBe(FETCHED_AT)
    await again.close()
  })
})
