// An old-format cache file (formats 1 and 2, migrated on first open) that fails to decrypt, parse or
// validate is moved aside as `cache.json.corrupt-<time>` with its bytes intact, reported, and an empty
// cache starts in the current layout; never silently overwritten (DESIGN.md §4). An unreadable file
// is not corrupt: the open fails instead.
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDataKey } from '../../src/main/cache/open-cache'
import type { CacheCorruptReason } from '../../src/main/cache/types'
import {
  craftCacheFile,
  EMPTY_STATE,
  lastPartStart,
  sealLegacyEnvelope,
  withDamagedLastPart
} from '../support/cache-file-parts'
import { accountFor } from '../support/fixtures/accounts'
import { cacheInTemp, FETCHED_AT, openAt, partFiles } from '../support/cache-helpers'

const NOW = new Date('2026-05-22T23:31:12.952Z')
const MOVED_NAME = 'cache.json.corrupt-2026-05-22T23-31-12.952Z'

/** A valid format-2 file with one account, as an earlier build wrote it. */
async function writeValidCache(file: string, key: Buffer): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, await craftCacheFile(key, { shards: [ONE_ACCOUNT_SHARD] }))
}

const EMPTY_MAPS = {
  accounts: {},
  validationsByAccount: {},
  validations: {},
  processesByAccount: {},
  processResults: {}
}

const emptyV1 = { ...EMPTY_MAPS, ...EMPTY_STATE }

const ONE_ACCOUNT_SHARD = JSON.stringify({
  accounts: { 'ACC-test-1': { data: accountFor(1), fetchedAt: FETCHED_AT } }
})
const TWO_SHARDS = [
  ONE_ACCOUNT_SHARD,
  JSON.stringify({ accounts: { 'ACC-test-2': { data: accountFor(2), fetchedAt: FETCHED_AT } } })
]
const headWith = (state: unknown) => (shards: unknown[]) => JSON.stringify({ shards, state })

interface Damage {
  name: string
  reason: CacheCorruptReason
  /** Produces the damaged bytes, given a valid file's bytes and the key the cache is opened with. */
  make: (valid: Buffer, key: Buffer) => Promise<Buffer> | Buffer
}

const DAMAGES: Damage[] = [
  {
    name: 'a truncated file',
    reason: 'not-an-envelope',
    make: (valid) => valid.subarray(0, Math.floor(valid.length / 2))
  },
  {
    name: 'a file cut just before its last part',
    reason: 'not-an-envelope',
    make: (valid) => valid.subarray(0, lastPartStart(valid))
  },
  { name: 'an empty file', reason: 'not-an-envelope', make: () => Buffer.alloc(0) },
  { name: 'garbage bytes', reason: 'not-an-envelope', make: () => randomBytes(4096) },
  {
    name: 'a file written with another key',
    reason: 'decrypt-failed',
    make: () => craftCacheFile(generateDataKey(), { shards: [ONE_ACCOUNT_SHARD] })
  },
  {
    name: 'a file whose ciphertext was altered',
    reason: 'decrypt-failed',
    make: (valid) => withDamagedLastPart(valid)
  },
  {
    name: 'a shard replaced by an older copy of itself',
    reason: 'decrypt-failed',
    make: async (valid, key) => {
      const older = await craftCacheFile(key, { shards: [ONE_ACCOUNT_SHARD] })
      return Buffer.concat([valid.subarray(0, lastPartStart(valid)), older.subarray(lastPartStart(older))])
    }
  },
  {
    name: 'shards laid out in another order than they were sealed in',
    reason: 'decrypt-failed',
    make: (_valid, key) =>
      craftCacheFile(key, { shards: TWO_SHARDS, arrange: (sealed) => [...sealed].reverse() })
  },
  {
    name: 'a future schemaVersion',
    reason: 'unsupported-version',
    make: (_valid, key) => craftCacheFile(key, { head: headWith({ ...EMPTY_STATE, schemaVersion: 2 }) })
  },
  {
    name: 'a future file format',
    reason: 'unsupported-version',
    make: (valid) => {
      const future = Buffer.from(valid)
      future[8] = 3
      return future
    }
  },
  {
    name: 'a state part that is not JSON',
    reason: 'invalid-content',
    make: (_valid, key) => craftCacheFile(key, { head: () => '{"shards": [], "state": {' })
  },
  {
    name: 'a shard that is not JSON',
    reason: 'invalid-content',
    make: (_valid, key) => craftCacheFile(key, { shards: ['{"accounts": {'] })
  },
  {
    name: 'a shard of the wrong shape',
    reason: 'invalid-content',
    make: (_valid, key) => craftCacheFile(key, { shards: [JSON.stringify({ accounts: [] })] })
  },
  {
    name: 'a state of the wrong shape',
    reason: 'invalid-content',
    make: (_valid, key) => craftCacheFile(key, { head: headWith({ ...EMPTY_STATE, outbox: 'none' }) })
  },
  {
    name: 'a state without a schemaVersion',
    reason: 'invalid-content',
    make: (_valid, key) => {
      const { schemaVersion: _version, ...state } = EMPTY_STATE
      return craftCacheFile(key, { head: headWith(state) })
    }
  },
  {
    name: 'a format-1 file written with another key',
    reason: 'decrypt-failed',
    make: () => sealLegacyEnvelope(JSON.stringify(emptyV1), generateDataKey())
  },
  {
    name: 'a format-1 file of a future envelope version',
    reason: 'unsupported-version',
    make: (_valid, key) => {
      const envelope = JSON.parse(
        sealLegacyEnvelope(JSON.stringify(emptyV1), key).toString('latin1')
      ) as Record<string, unknown>
      return Buffer.from(JSON.stringify({ ...envelope, version: 7 }), 'latin1')
    }
  },
  {
    name: 'a format-1 file of the wrong shape',
    reason: 'invalid-content',
    make: (_valid, key) => sealLegacyEnvelope(JSON.stringify({ ...emptyV1, accounts: [] }), key)
  }
]

describe('a damaged cache file of an earlier format', () => {
  it('opens when valid (the damaged cases below start from this file)', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    await writeValidCache(at.legacyFile, key)
    const opened = await openAt(at, key)
    expect(opened.corruptMovedTo).toBeUndefined()
    expect((await opened.store.accounts.get('ACC-test-1'))?.data).toEqual(accountFor(1))
    await opened.store.close()
  })

  for (const damage of DAMAGES) {
    it(`is moved aside with its bytes intact, and a new cache starts: ${damage.name}`, async () => {
      const at = await cacheInTemp()
      const file = at.legacyFile
      const key = generateDataKey()
      await writeValidCache(file, key)
      const damaged = await damage.make(await readFile(file), key)
      await writeFile(file, damaged)

      const opened = await openAt(at, key, { now: () => NOW })
      expect(opened.corruptReason).toBe(damage.reason)
      expect(opened.corruptMovedTo).toBe(join(dirname(file), MOVED_NAME))
      expect((await readFile(opened.corruptMovedTo as string)).equals(damaged)).toBe(true)
      expect(await readdir(dirname(file))).toEqual([MOVED_NAME])
      const { store } = opened
      expect(store.accounts.count()).toBe(0)
      expect(await store.accounts.get('ACC-test-1')).toBeUndefined()
      expect(store.stats('op-1').bytes).toBe(0)

      store.accounts.put(accountFor(2), FETCHED_AT)
      await store.close()
      expect((await readdir(dirname(file))).sort()).toEqual(['cache', MOVED_NAME])
      expect((await readFile(opened.corruptMovedTo as string)).equals(damaged)).toBe(true)
      const reopened = await openAt(at, key)
      expect(reopened.corruptMovedTo).toBeUndefined()
      expect((await reopened.store.accounts.get('ACC-test-2'))?.data).toEqual(accountFor(2))
      await reopened.store.close()
    })
  }

  it.each([
    ['only a shard is damaged', 'decrypt-failed', (file: Buffer) => withDamagedLastPart(file)],
    [
      'the file was cut short after its state part',
      'not-an-envelope',
      (file: Buffer) => file.subarray(0, lastPartStart(file) + 10)
    ]
  ] as const)(
    'keeps the queued creations when %s, and writes them to the new cache before the open returns',
    async (_case, reason, damage) => {
      const at = await cacheInTemp()
      const file = at.legacyFile
      const key = generateDataKey()
      const queued = {
        id: 'out-1',
        input: { account_id: 'NEW-1', first_name: 'Inês' },
        createdAt: FETCHED_AT,
        state: 'pending' as const,
        attempts: 0
      }
      await mkdir(dirname(file), { recursive: true })
      await writeFile(
        file,
        await craftCacheFile(key, {
          shards: [ONE_ACCOUNT_SHARD],
          head: headWith({ ...EMPTY_STATE, outbox: [queued] })
        })
      )
      const damaged = Buffer.from(damage(await readFile(file)))
      await writeFile(file, damaged)

      const opened = await openAt(at, key, { now: () => NOW })
      expect(opened.corruptReason).toBe(reason)
      expect(opened.outboxKept).toBe(1)
      expect((await readFile(opened.corruptMovedTo as string)).equals(damaged)).toBe(true)
      expect(opened.store.accounts.count()).toBe(0)
      expect(opened.store.outbox.list()).toEqual([queued])
      // Already written: the damaged file is no longer where the cache is.
      expect((await readdir(dirname(file))).sort()).toEqual(['cache', MOVED_NAME])
      const { store: peek } = await openAt(at, key)
      expect(peek.outbox.list()).toEqual([queued])
      await peek.close()
      await opened.store.close()
      const reopened = await openAt(at, key)
      expect(reopened.corruptMovedTo).toBeUndefined()
      expect(reopened.store.outbox.list()).toEqual([queued])
      await reopened.store.close()
    }
  )

  it('keeps an earlier copy moved aside in the same millisecond', async () => {
    const at = await cacheInTemp()
    const file = at.legacyFile
    const key = generateDataKey()
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, 'first damaged file')
    const first = await openAt(at, key, { now: () => NOW })
    await first.store.close()
    // The second damaged old file stands beside a manifest now: it is set aside too, never read.
    await rm(at.folder, { recursive: true, force: true })
    await writeFile(file, 'second damaged file')
    const second = await openAt(at, key, { now: () => NOW })
    expect(basename(first.corruptMovedTo as string)).toBe(MOVED_NAME)
    expect(basename(second.corruptMovedTo as string)).toBe(`${MOVED_NAME}-2`)
    expect(await readFile(first.corruptMovedTo as string, 'utf8')).toBe('first damaged file')
    expect(await readFile(second.corruptMovedTo as string, 'utf8')).toBe('second damaged file')
  })

  it('is moved aside when opened with the wrong key, and the right key still opens the copy', async () => {
    const at = await cacheInTemp()
    const rightKey = generateDataKey()
    await writeValidCache(at.legacyFile, rightKey)
    const opened = await openAt(at, generateDataKey(), { now: () => NOW })
    expect(opened.corruptReason).toBe('decrypt-failed')
    const elsewhere = await cacheInTemp()
    const copy = await openAt({ ...elsewhere, legacyFile: opened.corruptMovedTo as string }, rightKey)
    expect(copy.corruptMovedTo).toBeUndefined()
    expect((await copy.store.accounts.get('ACC-test-1'))?.data).toEqual(accountFor(1))
    await copy.store.close()
    expect(await partFiles(elsewhere)).toHaveLength(1)
  })

  it('that cannot be read at all stays where it is, and the open fails without naming the path', async () => {
    const at = await cacheInTemp()
    const file = at.legacyFile
    // A folder where the file should be: reading fails (EISDIR) even as root, and nothing is corrupt.
    await mkdir(file, { recursive: true })
    const failure = openAt(at, generateDataKey(), { now: () => NOW })
    await expect(failure).rejects.toThrow('Could not read the cache file (EISDIR).')
    await failure.catch((error: Error) => expect(error.message).not.toContain(dirname(file)))
    expect(await readdir(dirname(file))).toEqual(['cache.json'])
  })
})
