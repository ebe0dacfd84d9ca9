// A damaged part costs only that part (docs/architecture.md "The operator's cache"): a part deleted, cut
// short, altered, swapped for an older copy of itself, for another part or for another operator's part is
// detected when it is read, moved aside with its bytes intact, reported (onCorrupt), and left out of the
// next manifest; the rest of the cache and the outbox are there. A lost accounts part keeps its history
// (the history part says which accounts it held, and they come back to it when refetched); a lost history
// part leaves its accounts, without history. A damaged index snapshot is rebuilt and costs nothing.
import { copyFile, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDataKey } from '../../src/main/cache/open-cache'
import { GROUPS_PER_PART } from '../../src/main/cache/part-table'
import { ManifestAdapter } from '../../src/main/cache/sealed-file'
import { importPartKey } from '../../src/main/cache/sealed-part'
import { createSearchIndex } from '../../src/main/search/search-index'
import type { CacheCorruptReason } from '../../src/main/cache/types'
import { accountFor } from '../support/fixtures/accounts'
import { cacheInTemp, FETCHED_AT, openAt, partFiles, type CacheAt } from '../support/cache-helpers'

const NOW = new Date('2026-05-22T23:31:12.952Z')
const ACCOUNTS = Array.from({ length: GROUPS_PER_PART * 2 + 10 }, (_, n) => accountFor(n))
/** An account of slot 1, the slot whose parts the tests damage, and one of slot 0. */
const IN_SLOT_1 = ACCOUNTS[GROUPS_PER_PART + 3]!
const IN_SLOT_0 = ACCOUNTS[3]!
const validation = (id: string) => ({
  validation_id: `VLD-${id}`,
  account_id: id,
  validation_status: 'failure'
})
const queued = {
  id: 'out-1',
  input: { account_id: 'NEW-1' },
  createdAt: FETCHED_AT,
  state: 'pending' as const,
  attempts: 0
}

/** A cache of three slots, a history in slots 0 and 1, a queued creation and an index snapshot. */
async function writeCache(at: CacheAt, key: Buffer): Promise<void> {
  const { store } = await openAt(at, key)
  const index = createSearchIndex()
  index.upsert(ACCOUNTS.map((account) => ({ account })))
  store.setIndexSnapshot(() => index.snapshot())
  store.accounts.putMany(ACCOUNTS, FETCHED_AT)
  for (const account of [IN_SLOT_0, IN_SLOT_1]) {
    store.validations.putForAccount(account.account_id, [validation(account.account_id)], FETCHED_AT)
  }
  store.outbox.add(queued)
  await store.close()
}

async function fileOf(at: CacheAt, prefix: string): Promise<string> {
  const name = (await partFiles(at)).find((file) => file.startsWith(prefix))
  if (name === undefined) throw new Error(`no part ${prefix}`)
  return join(at.folder, 'parts', name)
}

interface Damage {
  name: string
  /** What a swap is taken for depends on the sizes: another size reads as cut short. */
  reason: CacheCorruptReason | CacheCorruptReason[]
  /** Damages the file at `path` (a part of the cache at `at`, under `key`). */
  make: (path: string, at: CacheAt, key: Buffer) => Promise<void>
}

const DAMAGES: Damage[] = [
  { name: 'deleted', reason: 'missing-part', make: (path) => rm(path) },
  {
    name: 'cut short',
    reason: 'not-an-envelope',
    make: async (path) => writeFile(path, (await readFile(path)).subarray(0, 100))
  },
  {
    name: 'altered',
    reason: 'decrypt-failed',
    make: async (path) => {
      const bytes = await readFile(path)
      bytes[40] = (bytes[40] ?? 0) ^ 0x01
      await writeFile(path, bytes)
    }
  },
  {
    name: 'swapped for an older copy of itself',
    reason: ['decrypt-failed', 'not-an-envelope'],
    make: async (path, at, key) => {
      const older = await readFile(path)
      // A change rewrites the part under a new name; the older bytes go under the new name.
      const { store } = await openAt(at, key)
      store.accounts.put({ ...IN_SLOT_1, email: 'nueva@ejemplo.co' }, FETCHED_AT)
      const extra = { validation_id: 'VLD-extra', validation_status: 'failure' }
      store.validations.putForAccount(
        IN_SLOT_1.account_id,
        [validation(IN_SLOT_1.account_id), extra],
        FETCHED_AT
      )
      await store.close()
      const prefix = path.split('/').pop()!.slice(0, 'accounts-000001'.length)
      await writeFile(await fileOf(at, prefix), older)
    }
  },
  {
    name: 'swapped for another part of the same cache',
    reason: ['decrypt-failed', 'not-an-envelope'],
    make: async (path, at) => {
      const other = path.includes('/history-')
        ? await fileOf(at, 'history-000000')
        : await fileOf(at, 'accounts-000000')
      await copyFile(other, path)
    }
  },
  {
    name: "swapped for another operator's part",
    reason: ['decrypt-failed', 'not-an-envelope'],
    make: async (path) => {
      const elsewhere = await cacheInTemp('op-2')
      await writeCache(elsewhere, generateDataKey())
      const name = path.split('/').pop()!
      await copyFile(join(elsewhere.folder, 'parts', name), path)
    }
  },
  {
    name: "swapped for another operator's part sealed under the same key, with the manifest rewritten to name it",
    reason: 'decrypt-failed',
    make: async (path, at, key) => {
      // The fingerprints cannot tell: only the operator bound into each part's additional data can.
      const elsewhere = await cacheInTemp('op-2')
      await writeCache(elsewhere, key)
      const name = path.split('/').pop()!
      const foreign = join(elsewhere.folder, 'parts', name)
      const theirs = await new ManifestAdapter(elsewhere.folder, 'op-2', importPartKey(key)).read()
      const ours = new ManifestAdapter(at.folder, at.operatorId, importPartKey(key))
      const manifest = (await ours.read())!
      const role = name.startsWith('history-') ? 'history' : 'accounts'
      manifest[role][1] = theirs![role][1]!
      await ours.write(manifest)
      await copyFile(foreign, path)
    }
  }
]

describe('a damaged accounts part', () => {
  for (const damage of DAMAGES) {
    it(`costs only its accounts, which come back with their history: ${damage.name}`, async () => {
      const at = await cacheInTemp()
      const key = generateDataKey()
      await writeCache(at, key)
      const path = await fileOf(at, 'accounts-000001')
      await damage.make(path, at, key)
      const damaged =
        damage.reason === 'missing-part' ? undefined : await readFile(await fileOf(at, 'accounts-000001'))

      const reports: { movedTo: string; reason: string }[] = []
      const lost: string[] = []
      const opened = await openAt(at, key, { now: () => NOW, onCorrupt: (report) => reports.push(report) })
      expect(opened.corruptMovedTo).toBeUndefined()
      const { store } = opened
      store.onAccountsChanged((ids) =>
        lost.push(...ids.filter((id) => store.accounts.peek(id) === undefined))
      )
      await store.loaded()
      expect(reports).toHaveLength(1)
      expect([damage.reason].flat()).toContain(reports[0]?.reason)
      if (damaged !== undefined) {
        expect(reports[0]?.movedTo).toMatch(
          /parts\/accounts-000001-[0-9a-z]+\.part\.corrupt-2026-05-22T23-31-12\.952Z$/
        )
        expect((await readFile(reports[0]!.movedTo)).equals(damaged)).toBe(true)
      }
      // The index is told the slot's accounts are gone.
      expect(lost).toContain(IN_SLOT_1.account_id)
      expect(store.accounts.count()).toBe(ACCOUNTS.length - GROUPS_PER_PART)
      expect(await store.accounts.get(IN_SLOT_1.account_id)).toBeUndefined()
      expect((await store.accounts.get(IN_SLOT_0.account_id))?.data).toEqual(IN_SLOT_0)
      expect((await store.accounts.get(ACCOUNTS.at(-1)!.account_id))?.data).toEqual(ACCOUNTS.at(-1))
      expect(store.outbox.list()).toEqual([queued])
      // The history of a lost account is kept, and it returns to its slot when refetched.
      expect((await store.validations.forAccount(IN_SLOT_1.account_id))?.data).toContainEqual(
        validation(IN_SLOT_1.account_id)
      )
      store.accounts.put(IN_SLOT_1, FETCHED_AT)
      expect(store.latestStatus(IN_SLOT_1.account_id)).toBe('failure')
      await store.close()

      const again: string[] = []
      const reopened = await openAt(at, key, { onCorrupt: (report) => again.push(report.reason) })
      await reopened.store.loaded()
      expect(again).toEqual([])
      expect((await reopened.store.accounts.get(IN_SLOT_1.account_id))?.data).toEqual(IN_SLOT_1)
      expect(reopened.store.accounts.count()).toBe(ACCOUNTS.length - GROUPS_PER_PART + 1)
      expect(reopened.store.outbox.list()).toEqual([queued])
      await reopened.store.close()
    })
  }
})

describe('a damaged history part', () => {
  for (const damage of DAMAGES) {
    it(`costs only the history it held, found when it is read: ${damage.name}`, async () => {
      const at = await cacheInTemp()
      const key = generateDataKey()
      await writeCache(at, key)
      await damage.make(await fileOf(at, 'history-000001'), at, key)

      const reports: string[] = []
      const { store } = await openAt(at, key, {
        now: () => NOW,
        onCorrupt: (report) => reports.push(report.reason)
      })
      await store.loaded()
      // History is read on demand: nothing is found until it is.
      expect(reports).toEqual([])
      expect(store.latestStatus(IN_SLOT_1.account_id)).toBe('failure')
      expect(await store.validations.forAccount(IN_SLOT_1.account_id)).toBeUndefined()
      expect(reports).toHaveLength(1)
      expect([damage.reason].flat()).toContain(reports[0])
      expect((await store.accounts.get(IN_SLOT_1.account_id))?.data).toBeDefined()
      expect((await store.validations.forAccount(IN_SLOT_0.account_id))?.data).toEqual([
        validation(IN_SLOT_0.account_id)
      ])
      expect(store.outbox.list()).toEqual([queued])
      // Its accounts no longer claim a history: the mirror's history pass fetches it again.
      await store.flush()
      expect(store.latestStatus(IN_SLOT_1.account_id)).toBeUndefined()
      expect(await store.accounts.withoutHistory()).toContain(IN_SLOT_1.account_id)
      await store.close()
      const again: string[] = []
      const reopened = await openAt(at, key, { onCorrupt: (report) => again.push(report.reason) })
      expect(await reopened.store.validations.forAccount(IN_SLOT_1.account_id)).toBeUndefined()
      expect(again).toEqual([])
      await reopened.store.close()
    })
  }
})

describe('a damaged index snapshot', () => {
  it('is moved aside and rebuilt: every account reaches the index as it loads, nothing is reported', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    await writeCache(at, key)
    const path = await fileOf(at, 'index-')
    const bytes = await readFile(path)
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] ?? 0) ^ 0x01
    await writeFile(path, bytes)

    const reports: string[] = []
    const indexed = new Set<string>()
    let offered = false
    const { store } = await openAt(at, key, {
      now: () => NOW,
      onCorrupt: (report) => reports.push(report.reason),
      useIndexSnapshot: () => (offered = true),
      onAccountsChanged: (ids) => ids.forEach((id) => indexed.add(id))
    })
    await store.loaded()
    expect(offered).toBe(false)
    expect(reports).toEqual([])
    expect(indexed.size).toBe(ACCOUNTS.length)
    expect((await partFiles(at)).some((name) => name.includes('.corrupt-'))).toBe(true)
    // A new one goes with the next close.
    const index = createSearchIndex()
    store.setIndexSnapshot(() => index.snapshot())
    await store.close()
    const names = await partFiles(at)
    expect(names.filter((name) => name.startsWith('index-') && !name.includes('corrupt'))).toHaveLength(1)
    await rename(path, `${path}.kept`).catch(() => undefined)
  })
})
