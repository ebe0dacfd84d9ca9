// One writer, batched writes (DESIGN.md §4): many changes within the delay cost one file write, and
// changes made while a write is in flight go out together in exactly one next write.
import { describe, expect, it } from 'vitest'
import { generateDataKey } from '../../src/main/cache/open-cache'
import { GROUPS_PER_PART } from '../../src/main/cache/part-table'
import { accountFor } from '../support/fixtures/accounts'
import { bytesOnDisk, cacheInTemp, FETCHED_AT, openAt } from '../support/cache-helpers'

const HOUR = 3_600_000

describe('cache write batching', () => {
  it('writes a thousand puts made within the delay in one write', async () => {
    const writes: { bytes: number; files: number }[] = []
    const at = await cacheInTemp()
    const { store } = await openAt(at, generateDataKey(), {
      writeDelayMs: HOUR,
      onWrite: (info) => writes.push(info)
    })
    for (let n = 0; n < 1000; n++) store.accounts.put(accountFor(n), FETCHED_AT)
    await store.flush()
    expect(writes).toHaveLength(1)
    // The first write is the whole cache: its accounts parts and the manifest.
    expect(writes[0]).toMatchObject({
      files: Math.ceil(1000 / GROUPS_PER_PART) + 1,
      bytes: await bytesOnDisk(at)
    })
    expect(writes[0]?.bytes).toBe(store.stats('op').bytes)
    // Nothing changed since: flushing again writes nothing.
    await store.flush()
    await store.close()
    expect(writes).toHaveLength(1)
  })

  it('writes by itself after the delay, without a flush', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    let count = 0
    let wrote: () => void = () => undefined
    const firstWrite = new Promise<void>((resolve) => (wrote = resolve))
    const { store } = await openAt(at, key, {
      writeDelayMs: 5,
      onWrite: () => {
        count++
        wrote()
      }
    })
    store.accounts.putMany([accountFor(1), accountFor(2)], FETCHED_AT)
    store.accounts.put(accountFor(3), FETCHED_AT)
    await firstWrite
    expect(count).toBe(1)
    const reader = await openAt(at, key)
    expect(reader.store.accounts.count()).toBe(3)
    await reader.store.close()
    await store.close()
  })

  it('coalesces the changes made during a write into one next write', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    let count = 0
    const { store } = await openAt(at, key, { writeDelayMs: HOUR, onWrite: () => count++ })
    // A first write: after it the cache is ready (an earlier crash's leftovers removed), so the next
    // one captures the state at once, the moment it starts.
    store.accounts.put(accountFor(-1), FETCHED_AT)
    await store.flush()
    count = 0
    store.accounts.put(accountFor(0), FETCHED_AT)
    const firstFlush = store.flush()
    // The first write has started; these land while it is in flight.
    for (let n = 1; n <= 300; n++) store.accounts.put(accountFor(n), FETCHED_AT)
    store.mirror.set({ cursor: 'page-3', pages: 3, accounts: 300, inProgress: true })
    const secondFlush = store.flush()
    await Promise.all([firstFlush, secondFlush])
    expect(count).toBe(2)
    await store.close()
    expect(count).toBe(2)
    const { store: again } = await openAt(at, key)
    expect(again.accounts.count()).toBe(302)
    expect(again.mirror.get().cursor).toBe('page-3')
    await again.close()
  })
})
