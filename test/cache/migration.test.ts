// A cache written by an earlier build opens with everything in it — accounts, histories, records kept
// by their own ID, the outbox and the mirror's resume point (DESIGN.md §1 "Nothing is lost") — and is
// written again in parts; the old file goes only once the new manifest is on disk
// (docs/architecture.md "The operator's cache", "Migration"). One test per source format.
import { access, mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OutboxItem } from '@shared/domain/outbox'
import { generateDataKey } from '../../src/main/cache/open-cache'
import { accountFor } from '../support/fixtures/accounts'
import { craftCacheFile, sealLegacyEnvelope } from '../support/cache-file-parts'
import { cacheInTemp, FETCHED_AT, openAt, partFiles, type CacheAt } from '../support/cache-helpers'

const stamped = <T>(data: T) => ({ data, fetchedAt: FETCHED_AT })
const account = accountFor(7)
const other = accountFor(8)
const validation = {
  validation_id: 'VLD-1',
  account_id: account.account_id,
  type: 'face-recognition',
  validation_status: 'success',
  creation_date: '2026-01-02T00:00:00Z'
}
const identityProcess = { process_id: 'IDP-1', account_id: other.account_id, status: 'failure' }
const queued: OutboxItem = {
  id: 'out-1',
  input: { account_id: 'NEW-1' },
  createdAt: FETCHED_AT,
  state: 'sending',
  attempts: 1
}
const mirror = { cursor: 'k-9', pages: 9, accounts: 900, inProgress: true, startedAt: FETCHED_AT }
const maps = {
  accounts: { [account.account_id]: stamped(account), [other.account_id]: stamped(other) },
  validationsByAccount: { [account.account_id]: stamped([validation]) },
  validations: { 'VLD-1': stamped(validation) },
  processesByAccount: { [other.account_id]: stamped([identityProcess]) },
  processResults: { 'IDP-1': stamped({ ...identityProcess, first_name: 'Inês' }) }
}
const state = { schemaVersion: 1, outbox: [queued], mirror, lastSyncedAt: FETCHED_AT }

async function expectEverything(at: CacheAt, key: Buffer): Promise<void> {
  const { store, corruptMovedTo } = await openAt(at, key)
  expect(corruptMovedTo).toBeUndefined()
  expect((await store.accounts.get(account.account_id))?.data).toEqual(account)
  expect((await store.accounts.get(other.account_id))?.data).toEqual(other)
  expect(store.accounts.count()).toBe(2)
  expect(await store.validations.forAccount(account.account_id)).toEqual(stamped([validation]))
  expect(await store.validations.get('VLD-1')).toEqual(stamped(validation))
  expect(await store.processes.forAccount(other.account_id)).toEqual(stamped([identityProcess]))
  expect((await store.processes.result('IDP-1'))?.data).toMatchObject({ first_name: 'Inês' })
  expect(store.latestStatus(account.account_id)).toBe('success')
  expect(store.latestStatus(other.account_id)).toBe('failure')
  expect(store.outbox.list()).toEqual([queued])
  expect(store.mirror.get()).toEqual(mirror)
  expect(store.mirror.lastSyncedAt()).toBe(FETCHED_AT)
  expect(store.stats('op-1')).toMatchObject({ accounts: 2, validations: 1, processes: 1, outbox: 1 })
  await store.close()
}

async function migratesFrom(makeOldFile: (key: Buffer) => Promise<Buffer> | Buffer): Promise<void> {
  const at = await cacheInTemp()
  const key = generateDataKey()
  await mkdir(dirname(at.legacyFile), { recursive: true })
  await writeFile(at.legacyFile, await makeOldFile(key))

  // Opened once: read from the old file, written in parts, and the old file removed.
  await expectEverything(at, key)
  await expect(access(at.legacyFile)).rejects.toMatchObject({ code: 'ENOENT' })
  expect(await readdir(dirname(at.folder))).toEqual(['cache'])
  expect(await partFiles(at)).toEqual(['accounts-000000-1.part', 'history-000000-1.part'])
  // Opened again: from the parts alone.
  await expectEverything(at, key)
}

describe('migrating a cache of an earlier format', () => {
  it('from format 1 (one whole-file envelope)', async () => {
    await migratesFrom((key) => sealLegacyEnvelope(JSON.stringify({ ...state, ...maps }), key))
  })

  it('from format 2 (one file of sealed shards)', async () => {
    await migratesFrom((key) =>
      craftCacheFile(key, {
        shards: [
          JSON.stringify({ accounts: maps.accounts, validationsByAccount: maps.validationsByAccount }),
          JSON.stringify({
            validations: maps.validations,
            processesByAccount: maps.processesByAccount,
            processResults: maps.processResults
          })
        ],
        head: (shards) => JSON.stringify({ shards, state })
      })
    )
  })

  it('keeps the old file while the new cache cannot be written, and migrates again from it', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    await mkdir(dirname(at.legacyFile), { recursive: true })
    await writeFile(at.legacyFile, sealLegacyEnvelope(JSON.stringify({ ...state, ...maps }), key))
    // A file where the new cache's parts must go: every write fails.
    await mkdir(at.folder, { recursive: true })
    await writeFile(join(at.folder, 'parts'), 'in the way')
    const { store } = await openAt(at, key, { writeDelayMs: 1 })
    expect((await store.accounts.get(account.account_id))?.data).toEqual(account)
    await expect(store.close()).rejects.toThrow('Could not write the cache file')
    await access(at.legacyFile)
    await rm(join(at.folder, 'parts'))
    await expectEverything(at, key)
    await expect(access(at.legacyFile)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('never reads an old file over a manifest: a crash before its removal leaves it to be removed', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    const { store } = await openAt(at, key)
    store.accounts.put(other, FETCHED_AT)
    await store.close()
    // An old file with other content beside a durable manifest: what a crash right after the
    // migration's first write leaves.
    await writeFile(at.legacyFile, sealLegacyEnvelope(JSON.stringify({ ...state, ...maps }), key))
    const { store: again } = await openAt(at, key)
    expect(again.accounts.count()).toBe(1)
    expect(again.outbox.list()).toEqual([])
    await again.close()
    await expect(access(at.legacyFile)).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
