// A manifest that fails to decrypt, parse or validate cannot vouch for any part: the whole cache
// folder is moved aside as `cache.corrupt-<time>` with every byte intact, reported, and an empty cache
// starts; never silently overwritten (DESIGN.md §4). The copy opens again with the right key. A
// manifest that cannot be read at all is not damaged: the open fails and nothing moves.
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDataKey, openCache } from '../../src/main/cache/open-cache'
import { manifestAad } from '../../src/main/cache/part-names'
import { importPartKey, sealBytes } from '../../src/main/cache/sealed-part'
import type { CacheCorruptReason } from '../../src/main/cache/types'
import { accountFor } from '../support/fixtures/accounts'
import { cacheInTemp, FETCHED_AT, openAt, partFiles, type CacheAt } from '../support/cache-helpers'

const NOW = new Date('2026-05-22T23:31:12.952Z')
const MOVED_NAME = 'cache.corrupt-2026-05-22T23-31-12.952Z'

async function writeValidCache(at: CacheAt, key: Buffer): Promise<void> {
  const { store } = await openAt(at, key)
  store.accounts.put(accountFor(1), FETCHED_AT)
  store.outbox.add({ id: 'out-1', input: {}, createdAt: FETCHED_AT, state: 'pending', attempts: 0 })
  await store.close()
}

/** A manifest sealed as the app seals one, holding whatever JSON a test gives it. */
async function sealedManifest(value: unknown, key: Buffer, operatorId = 'op-1'): Promise<Buffer> {
  const sealed = await sealBytes(
    Buffer.from(JSON.stringify(value)),
    manifestAad(operatorId),
    await importPartKey(key)
  )
  return sealed.bytes
}

async function manifestJson(at: CacheAt, key: Buffer): Promise<Record<string, unknown>> {
  const { ManifestAdapter } = await import('../../src/main/cache/sealed-file')
  const manifest = await new ManifestAdapter(at.folder, at.operatorId, importPartKey(key)).read()
  return manifest as unknown as Record<string, unknown>
}

interface Damage {
  name: string
  reason: CacheCorruptReason
  make: (valid: Buffer, key: Buffer, at: CacheAt) => Promise<Buffer> | Buffer
}

const DAMAGES: Damage[] = [
  {
    name: 'a truncated manifest',
    reason: 'decrypt-failed',
    make: (valid) => valid.subarray(0, valid.length - 7)
  },
  { name: 'an empty manifest', reason: 'not-an-envelope', make: () => Buffer.alloc(0) },
  { name: 'garbage bytes', reason: 'decrypt-failed', make: () => randomBytes(4096) },
  {
    name: 'a manifest sealed with another key',
    reason: 'decrypt-failed',
    make: async (_valid, _key, at) => sealedManifest(await manifestJson(at, _key), generateDataKey())
  },
  {
    name: "another operator's manifest under the same key",
    reason: 'decrypt-failed',
    make: async (_valid, key, at) =>
      sealedManifest({ ...(await manifestJson(at, key)), operatorId: 'op-2' }, key, 'op-2')
  },
  {
    name: 'a manifest whose ciphertext was altered',
    reason: 'decrypt-failed',
    make: (valid) => {
      const damaged = Buffer.from(valid)
      damaged[20] = (damaged[20] ?? 0) ^ 0x01
      return damaged
    }
  },
  {
    name: 'a future layout',
    reason: 'unsupported-version',
    make: async (_valid, key, at) => sealedManifest({ ...(await manifestJson(at, key)), format: 4 }, key)
  },
  {
    name: 'a future schemaVersion',
    reason: 'unsupported-version',
    make: async (_valid, key, at) =>
      sealedManifest({ ...(await manifestJson(at, key)), schemaVersion: 2 }, key)
  },
  {
    name: 'a manifest that is not JSON',
    reason: 'invalid-content',
    make: async (_valid, key) =>
      (await sealBytes(Buffer.from('{"format": 3,'), manifestAad('op-1'), await importPartKey(key))).bytes
  },
  {
    name: 'a manifest of the wrong shape',
    reason: 'invalid-content',
    make: async (_valid, key, at) => sealedManifest({ ...(await manifestJson(at, key)), outbox: 'none' }, key)
  },
  {
    name: 'a manifest that names a file outside its parts folder',
    reason: 'invalid-content',
    make: async (_valid, key, at) => {
      const manifest = await manifestJson(at, key)
      const [entry] = manifest.accounts as { name: string }[]
      return sealedManifest({ ...manifest, accounts: [{ ...entry, name: '../../../escape.part' }] }, key)
    }
  },
  {
    name: 'a manifest that lists a part under another slot',
    reason: 'invalid-content',
    make: async (_valid, key, at) => {
      const manifest = await manifestJson(at, key)
      return sealedManifest({ ...manifest, accounts: [null, ...(manifest.accounts as unknown[])] }, key)
    }
  }
]

describe('a damaged manifest', () => {
  for (const damage of DAMAGES) {
    it(`moves the whole cache aside with its bytes intact, and a new cache starts: ${damage.name}`, async () => {
      const at = await cacheInTemp()
      const key = generateDataKey()
      await writeValidCache(at, key)
      const manifestFile = join(at.folder, 'manifest')
      const damaged = await damage.make(await readFile(manifestFile), key, at)
      await writeFile(manifestFile, damaged)
      const parts = await partFiles(at)

      const opened = await openAt(at, key, { now: () => NOW })
      expect(opened.corruptReason).toBe(damage.reason)
      expect(opened.corruptMovedTo).toBe(join(dirname(at.folder), MOVED_NAME))
      const moved = opened.corruptMovedTo as string
      expect((await readFile(join(moved, 'manifest'))).equals(damaged)).toBe(true)
      expect((await readdir(join(moved, 'parts'))).sort()).toEqual(parts)
      const { store } = opened
      expect(store.accounts.count()).toBe(0)
      expect(await store.accounts.get('ACC-test-1')).toBeUndefined()
      expect(store.outbox.list()).toEqual([])

      store.accounts.put(accountFor(2), FETCHED_AT)
      await store.close()
      expect((await readdir(dirname(at.folder))).sort()).toEqual(['cache', MOVED_NAME])
      const reopened = await openAt(at, key)
      expect(reopened.corruptMovedTo).toBeUndefined()
      expect((await reopened.store.accounts.get('ACC-test-2'))?.data).toEqual(accountFor(2))
      await reopened.store.close()
    })
  }

  it('is moved aside when opened with the wrong key, and the right key still opens the copy', async () => {
    const at = await cacheInTemp()
    const rightKey = generateDataKey()
    await writeValidCache(at, rightKey)
    const opened = await openAt(at, generateDataKey(), { now: () => NOW })
    expect(opened.corruptReason).toBe('decrypt-failed')
    await opened.store.close()
    const copy = await openCache({
      folder: opened.corruptMovedTo as string,
      operatorId: 'op-1',
      dataKey: rightKey
    })
    expect(copy.corruptMovedTo).toBeUndefined()
    expect((await copy.store.accounts.get('ACC-test-1'))?.data).toEqual(accountFor(1))
    expect(copy.store.outbox.list()).toHaveLength(1)
    await copy.store.close()
    expect(basename(opened.corruptMovedTo as string)).toBe(MOVED_NAME)
  })

  it('that cannot be read at all stays where it is, and the open fails without naming the path', async () => {
    const at = await cacheInTemp()
    // A folder where the manifest should be: reading fails (EISDIR) even as root, and nothing is corrupt.
    await mkdir(join(at.folder, 'manifest'), { recursive: true })
    const failure = openAt(at, generateDataKey(), { now: () => NOW })
    await expect(failure).rejects.toThrow('Could not read the cache file (EISDIR).')
    await failure.catch((error: Error) => expect(error.message).not.toContain(at.folder))
    expect(await readdir(at.folder)).toEqual(['manifest'])
    await rm(join(at.folder, 'manifest'), { recursive: true })
  })
})
