// Operator isolation (issue "Security": "one operator's cache cannot be read with another operator's
// data key; removing an operator removes its key, its data key and its cache"): two operators through
// the real Backend and keychain, each with accounts cached. Then each operator's data key is taken
// from the keychain and tried on the other's cache (its manifest and parts), directly and through the
// app. Removal of the
// active operator alone is covered in test/backend/operators.test.ts; here the other operator is
// removed and the one who stays must keep everything.
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCache } from '../../src/main/cache/open-cache'
import { cacheFolderOf, operatorFolderOf } from '../../src/main/workspace/operator-paths'
import { collect } from '../support/cache-helpers'
import { backendFixture, type BackendFixture } from '../support/backend-fixture'
import { truoraStyleKey } from '../support/jwt'

let f: BackendFixture
let scratch: string
let a: string
let b: string
let idsOfA: string[]
let idsOfB: string[]
/** A copy of operator B's cache folder as it was before B was removed: what a copy left elsewhere holds. */
let copyOfB: string
const keyOfB = truoraStyleKey({ keyName: 'isolation-b' })

/** The operator's data key, as the Backend stored it in the keychain (base64, account `<id>:data-key`). */
async function dataKeyOf(operatorId: string): Promise<Buffer | null> {
  const stored = await f.keychain.getPassword(f.keychain.service, `${operatorId}:data-key`)
  return stored === null ? null : Buffer.from(stored, 'base64')
}

/** Opens a copy of B's cache folder with `dataKey`, reads its account IDs, and reports. */
async function openCopy(dataKey: Buffer) {
  const folder = join(await mkdtemp(join(scratch, 'copy-')), 'cache')
  await cp(copyOfB, folder, { recursive: true })
  const opened = await openCache({ folder, operatorId: b, dataKey })
  const ids = (await collect(opened.store.accounts.all())).map((entry) => entry.data.account_id)
  await opened.store.close()
  const movedAside =
    opened.corruptMovedTo === undefined ? undefined : await readFile(join(opened.corruptMovedTo, 'manifest'))
  return { ids, reason: opened.corruptReason, movedAside, left: await readdir(join(folder, '..')) }
}

async function cacheAccounts(ids: string[]): Promise<void> {
  for (const id of ids) {
    expect((await f.backend.accounts.get(id)).ok).toBe(true)
    expect((await f.backend.accounts.validations(id)).ok).toBe(true)
  }
}

beforeAll(async () => {
  f = await backendFixture()
  scratch = await mkdtemp(join(tmpdir(), 'tal-isolation-'))
  f.sim.addKey(keyOfB)
  const seeded = f.sim.accounts().map((account) => account.account_id)
  idsOfA = seeded.slice(0, 5)
  idsOfB = seeded.slice(5, 10)

  a = await f.addOperator('Operador A')
  await cacheAccounts(idsOfA)
  const added = await f.backend.operators.add({ name: 'Operador B', apiKey: keyOfB })
  if (!added.ok) throw new Error(added.error.message)
  b = added.data.operator.id
  expect((await f.backend.operators.select(b)).ok).toBe(true)
  await cacheAccounts(idsOfB)
  // Switching back closes B's workspace (flushed); restarting flushes A's.
  expect((await f.backend.operators.select(a)).ok).toBe(true)
  await f.restart()
  copyOfB = join(scratch, 'b-cache')
  await cp(cacheFolderOf(f.dataDir, b), copyOfB, { recursive: true })
})

afterAll(async () => {
  await f?.close()
  await rm(scratch, { recursive: true, force: true })
})

describe('two operators, two data keys', () => {
  it('each operator has a data key of their own in the keychain', async () => {
    const [keyA, keyB] = [await dataKeyOf(a), await dataKeyOf(b)]
    expect(keyA).toHaveLength(32)
    expect(keyB).toHaveLength(32)
    expect(keyA!.equals(keyB!)).toBe(false)
  })

  it("B's own data key opens B's cache, which holds B's accounts and none of A's", async () => {
    const opened = await openCopy((await dataKeyOf(b))!)
    expect(opened.reason).toBeUndefined()
    expect(opened.ids.sort()).toEqual([...idsOfB].sort())
  })

  it("A's data key cannot read B's cache: it is treated as corrupt, moved aside intact, and yields nothing", async () => {
    const opened = await openCopy((await dataKeyOf(a))!)
    expect(opened.reason).toBe('decrypt-failed')
    expect(opened.ids).toEqual([])
    expect(opened.movedAside?.equals(await readFile(join(copyOfB, 'manifest')))).toBe(true)
    expect(opened.left.some((name) => name.startsWith('cache.corrupt-'))).toBe(true)
  })

  it("through the app: B's cache copied into A's folder is refused, kept aside, and none of B's data shows", async () => {
    await f.backend.close()
    const folderOfA = cacheFolderOf(f.dataDir, a)
    const original = join(scratch, 'a-cache')
    await cp(folderOfA, original, { recursive: true })
    await rm(folderOfA, { recursive: true })
    await cp(copyOfB, folderOfA, { recursive: true })
    // Offline, so the rebuild from Truora that a damaged cache starts cannot refill it meanwhile.
    await f.sim.stop()
    const backend = await f.restart()
    const page = await backend.accounts.search({ text: '', limit: 1000 })
    expect(page.ok && page.data.total).toBe(0)
    for (const id of idsOfB) {
      const found = await backend.accounts.search({ text: id })
      expect(found.ok && found.data.total).toBe(0)
    }
    const aside = (await readdir(operatorFolderOf(f.dataDir, a))).filter((name) =>
      name.startsWith('cache.corrupt-')
    )
    expect(aside).toHaveLength(1)
    const movedManifest = await readFile(join(operatorFolderOf(f.dataDir, a), aside[0]!, 'manifest'))
    expect(movedManifest.equals(await readFile(join(copyOfB, 'manifest')))).toBe(true)
    // Put A's own cache back for the removal test below.
    await backend.close()
    await f.sim.start()
    await rm(join(operatorFolderOf(f.dataDir, a), aside[0]!), { recursive: true })
    await rm(folderOfA, { recursive: true })
    await cp(original, folderOfA, { recursive: true })
    await f.restart()
  })
})

describe('removing an operator', () => {
  it("takes B's API key, data key and cache folder, and leaves A's untouched", async () => {
    const keyA = await dataKeyOf(a)
    const apiKeyA = await f.keychain.getPassword(f.keychain.service, a)
    expect(existsSync(operatorFolderOf(f.dataDir, b))).toBe(true)

    expect(await f.backend.operators.remove(b)).toEqual({ ok: true, data: null })

    expect(await f.keychain.getPassword(f.keychain.service, b)).toBeNull()
    expect(await dataKeyOf(b)).toBeNull()
    expect(existsSync(operatorFolderOf(f.dataDir, b))).toBe(false)
    expect((await f.keychain.entries()).map((entry) => entry.account).sort()).toEqual(
      [a, `${a}:data-key`].sort()
    )
    expect(await f.keychain.getPassword(f.keychain.service, a)).toBe(apiKeyA)
    expect((await dataKeyOf(a))!.equals(keyA!)).toBe(true)
    expect(await f.backend.operators.list()).toMatchObject({
      ok: true,
      data: { operators: [{ id: a }], activeId: a }
    })

    // A still has all of their cache, offline too.
    await f.sim.stop()
    for (const id of idsOfA) {
      const read = await f.backend.accounts.get(id)
      expect(read.ok && read.data.freshness.source).toBe('cache')
    }
    await f.sim.start()
  })

  it("leaves a copy of B's old cache unreadable for good: B added again gets a new data key", async () => {
    const again = await f.backend.operators.add({ name: 'Operador B', apiKey: keyOfB })
    if (!again.ok) throw new Error(again.error.message)
    const newKey = (await dataKeyOf(again.data.operator.id))!
    const opened = await openCopy(newKey)
    expect(opened.reason).toBe('decrypt-failed')
    expect(opened.ids).toEqual([])
    // And B starts with an empty cache of their own.
    expect((await f.backend.operators.select(again.data.operator.id)).ok).toBe(true)
    const stats = await f.backend.cache.stats()
    expect(stats.ok && stats.data.accounts).toBe(0)
  })
})
