// A write that fails must not lose data (DESIGN.md §1 "Nothing is lost"): the state stays in memory, flush()
// rejects with an error that names no person and no path, and once the fault is gone the next flush writes it
// all. Tests run as root, where permissions do not stop writes; a file standing where the operator's folder
// should be does (ENOTDIR/EEXIST), whoever runs.
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDataKey } from '../../src/main/cache/open-cache'
import { accountFor } from '../support/fixtures/accounts'
import { cacheInTemp, FETCHED_AT, openAt } from '../support/cache-helpers'

/** Puts a plain file where the cache's folder is; returns how to put the folder back. */
async function blockFolder(folder: string): Promise<() => Promise<void>> {
  await rename(folder, `${folder}-away`)
  await writeFile(folder, 'not a folder')
  return async () => {
    await rm(folder)
    await rename(`${folder}-away`, folder)
  }
}

describe('a cache write that fails', () => {
  it('keeps changes in memory, rejects flush with a clean error, writes them once fixed', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    const backgroundErrors: Error[] = []
    let backgroundFailed: () => void = () => undefined
    const failedInBackground = new Promise<void>((resolve) => (backgroundFailed = resolve))
    const { store } = await openAt(at, key, {
      writeDelayMs: 1,
      onWriteError: (error) => {
        backgroundErrors.push(error)
        backgroundFailed()
      }
    })
    store.accounts.put(accountFor(1), FETCHED_AT)
    await store.flush()
    const before = await readFile(join(at.folder, 'manifest'))

    const unblock = await blockFolder(at.folder)
    store.accounts.put(accountFor(2), FETCHED_AT)
    const failure = await store.flush().then(
      () => undefined,
      (error: unknown) => error as Error & { code?: string }
    )
    expect(failure).toBeInstanceOf(Error)
    expect(failure?.message).toMatch(/^Could not write the cache file \((ENOTDIR|EEXIST)\)\.$/)
    expect(failure?.message).not.toContain(at.folder)
    // The change is still there, and so is the last good manifest.
    expect((await store.accounts.get('ACC-test-2'))?.data).toEqual(accountFor(2))

    // A change with no flush waiting: the background write fails too, and says so.
    store.accounts.put(accountFor(3), FETCHED_AT)
    await failedInBackground
    expect(backgroundErrors[0]?.message).toMatch(/^Could not write the cache file/)
    await expect(store.close()).rejects.toThrow('Could not write the cache file')
    expect(store.accounts.count()).toBe(3)

    await unblock()
    expect((await readFile(join(at.folder, 'manifest'))).equals(before)).toBe(true)
    // close() failed, so the store is still open and usable.
    store.accounts.put(accountFor(4), FETCHED_AT)
    await store.close()

    const { store: again, corruptMovedTo } = await openAt(at, key)
    expect(corruptMovedTo).toBeUndefined()
    for (const n of [1, 2, 3, 4])
      expect((await again.accounts.get(`ACC-test-${n}`))?.data).toEqual(accountFor(n))
    await again.close()
  })

  it('creates the operator folder again if it was removed', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    const { store } = await openAt(at, key)
    store.accounts.put(accountFor(1), FETCHED_AT)
    await store.flush()
    await rm(at.folder, { recursive: true })
    store.accounts.put(accountFor(2), FETCHED_AT)
    await store.close()
    const { store: again } = await openAt(at, key)
    expect(again.accounts.count()).toBe(2)
    await again.close()
  })
})
