// Operator isolation (one operator's cache cannot be read with another operator's data key; removing
// an operator removes its key, its data key and its cache; DESIGN.md §1 promise 2:
// "each operator's key and data open only for that operator"): two operators through the real Backend
// and keychain, each with accounts cached and a passphrase of their own. One's passphrase does not
// unlock the other, not even with the other's wrapped entry swapped for one's own; each operator's
// data key (unwrapped with their passphrase) is tried on the other's file, directly and through the
// app. Removal of the unlocked operator alone is covered in test/backend/operators.test.ts; here the
// other operator is removed and the one who stays must keep everything.
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCache } from '../../src/main/cache/open-cache'
import { cacheFolderOf, operatorFolderOf } from '../../src/main/workspace/operator-paths'
import { collect } from '../support/cache-helpers'
import { manifestFileOf } from '../support/cache-files'
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
const PASSPHRASE_A = 'Operador A: lluvia en Bogotá'
const PASSPHRASE_B = 'Operador B: sol em Recife'

/** The operator's data key, unwrapped from their keychain entry with their passphrase; null without one. */
async function dataKeyOf(operatorId: string): Promise<Buffer | null> {
  const stored = await f.keychain.getPassword(f.keychain.service, `${operatorId}:vault`)
  return stored === null ? null : (await f.secretsOf(operatorId)).dataKey
}

/** Opens a copy of B's cache folder (manifest and parts) with `dataKey`, reads its account IDs, and reports. */
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

  a = await f.addOperator('Operador A', { passphrase: PASSPHRASE_A })
  await cacheAccounts(idsOfA)
  await f.backend.session.lock()
  // Added at the lock screen: B is unlocked as they are added.
  b = await f.addOperator('Operador B', { apiKey: keyOfB, passphrase: PASSPHRASE_B })
  await cacheAccounts(idsOfB)
  // Locking closes B's workspace (flushed); restarting flushes A's.
  await f.backend.session.lock()
  await f.unlock(a)
  await f.restart()
  copyOfB = join(scratch, 'b-cache')
  await cp(cacheFolderOf(f.dataDir, b), copyOfB, { recursive: true })
})

afterAll(async () => {
  await f?.close()
  await rm(scratch, { recursive: true, force: true })
})

describe('two operators, two passphrases', () => {
  it("A's passphrase does not unlock B, and B's cache is not opened by trying", async () => {
    await f.backend.session.lock()
    const before = await readFile(manifestFileOf(f.dataDir, b))
    const tried = await f.backend.session.unlock({ operatorId: b, passphrase: PASSPHRASE_A })
    expect(tried.ok ? 'unlocked' : tried.error.code).toBe('wrong_passphrase')
    const read = await f.backend.accounts.search({ text: '', limit: 1000 })
    expect(read.ok ? 'read' : read.error.code).toBe('locked')
    expect((await readFile(manifestFileOf(f.dataDir, b))).equals(before)).toBe(true)
    await f.unlock(a)
  })

  it("A's wrapped entry put in B's place does not unlock B with A's passphrase: each entry names its operator", async () => {
    const entryOfB = (await f.keychain.getPassword(f.keychain.service, `${b}:vault`))!
    const entryOfA = (await f.keychain.getPassword(f.keychain.service, `${a}:vault`))!
    await f.backend.session.lock()
    await f.keychain.setPassword(f.keychain.service, `${b}:vault`, entryOfA)
    try {
      const tried = await f.backend.session.unlock({ operatorId: b, passphrase: PASSPHRASE_A })
      expect(tried.ok ? 'unlocked' : tried.error.code).toBe('wrong_passphrase')
      const read = await f.backend.accounts.search({ text: '' })
      expect(read.ok ? 'read' : read.error.code).toBe('locked')
    } finally {
      await f.keychain.setPassword(f.keychain.service, `${b}:vault`, entryOfB)
    }
    await f.unlock(a)
  })
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
  it("takes B's wrapped keys and cache folder, and leaves A's untouched", async () => {
    const keyA = await dataKeyOf(a)
    const entryOfA = await f.keychain.getPassword(f.keychain.service, `${a}:vault`)
    expect(existsSync(operatorFolderOf(f.dataDir, b))).toBe(true)

    expect(await f.backend.operators.remove(b)).toEqual({ ok: true, data: null })

    expect(await dataKeyOf(b)).toBeNull()
    expect(existsSync(operatorFolderOf(f.dataDir, b))).toBe(false)
    expect((await f.keychain.entries()).map((entry) => entry.account)).toEqual([`${a}:vault`])
    expect(await f.keychain.getPassword(f.keychain.service, `${a}:vault`)).toBe(entryOfA)
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
    const againId = await f.addOperator('Operador B', { apiKey: keyOfB, passphrase: PASSPHRASE_B })
    const newKey = (await f.secretsOf(againId)).dataKey
    const opened = await openCopy(newKey)
    expect(opened.reason).toBe('decrypt-failed')
    expect(opened.ids).toEqual([])
    // And B starts with an empty cache of their own.
    await f.switchTo(againId)
    const stats = await f.backend.cache.stats()
    expect(stats.ok && stats.data.accounts).toBe(0)
  })
})
