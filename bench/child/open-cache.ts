// Runs in a fresh process per measurement, so the parent's data set and earlier runs do not weigh on
// the timings or the memory figures. Prints one line of JSON.
//   floor      readFileSync + JSON.parse of the plaintext copy
//   cache      openCache, then every accounts part read (read + decrypt + inflate + parse), no index
//   workspace  openWorkspace, what the Backend does for an operator: the manifest and the index
//              snapshot; then the first search as the Backend answers it (ids, then the hits' accounts,
//              read from their parts); the memory held right after it, and once every accounts part
//              has loaded in the background
//   writes     on a copy of the cache: bytes and files written by one revalidated lookup, by the same
//              lookup when Truora says nothing new, by a 100-account mirror page, by one outbox creation
import { readFileSync } from 'node:fs'
import { openCache } from '../../src/main/cache/open-cache'
import type { WriteInfo } from '../../src/main/cache/types'
import { openWorkspace, type Workspace } from '../../src/main/workspace/workspace'
import { cacheFolderOf } from '../../src/main/workspace/operator-paths'
import { cacheBytesOnDisk } from '../cache-fixture'
import { generateAccounts } from '../../tools/sim/seed'
import { usedMemory } from '../report'

/** The first search the search view makes: everything, newest first. */
export const FIRST_QUERY = { text: '', offset: 0, limit: 50 }

/** What `accounts.search` does with the index's answer (src/main/accounts/reads.ts). */
async function searchLikeTheBackend(workspace: Workspace): Promise<number> {
  const found = workspace.index.search(FIRST_QUERY)
  const entries = await Promise.all(found.ids.map((id) => workspace.cache.accounts.get(id)))
  const hits = entries
    .filter((entry) => entry !== undefined)
    .map((entry) => ({
      account: entry.data,
      status: workspace.cache.latestStatus(entry.data.account_id)
    }))
  if (hits.length !== Math.min(found.total, FIRST_QUERY.limit)) throw new Error('a hit had no account')
  return found.total
}

async function main(): Promise<void> {
  const [mode, dataDir, operatorId, plaintextFile] = process.argv.slice(2)
  const key = Buffer.from(process.env.BENCH_CACHE_KEY ?? '', 'hex')
  if (mode === 'floor' && plaintextFile !== undefined) {
    const started = performance.now()
    JSON.parse(readFileSync(plaintextFile, 'utf8'))
    console.log(JSON.stringify({ ms: performance.now() - started }))
  } else if (mode === 'cache' && dataDir !== undefined && operatorId !== undefined) {
    const started = performance.now()
    const { store } = await openCache({
      folder: cacheFolderOf(dataDir, operatorId),
      operatorId,
      dataKey: key
    })
    const openMs = performance.now() - started
    await store.loaded()
    const ms = performance.now() - started
    await store.close()
    console.log(JSON.stringify({ ms, openMs }))
  } else if (mode === 'workspace' && dataDir !== undefined && operatorId !== undefined) {
    const base = usedMemory()
    const started = performance.now()
    const workspace = await openWorkspace(operatorId, {
      dataDir,
      dataKey: async () => key,
      now: () => new Date()
    })
    const openMs = performance.now() - started
    const total = await searchLikeTheBackend(workspace)
    const firstSearchMs = performance.now() - started
    const memory = usedMemory()
    await workspace.cache.loaded()
    const loadedMs = performance.now() - started
    // Decompression buffers are released once the event loop turns (zlib frees them from a callback):
    // the steady state an idle app holds, not the moment the last part arrived.
    await new Promise((resolve) => setTimeout(resolve, 100))
    const loadedMemory = usedMemory()
    await workspace.cache.close()
    console.log(JSON.stringify({ openMs, firstSearchMs, loadedMs, total, base, memory, loadedMemory }))
  } else if (mode === 'writes' && dataDir !== undefined && operatorId !== undefined) {
    console.log(JSON.stringify(await measureWrites(dataDir, operatorId, key)))
  } else {
    throw new Error(
      `usage: open-cache.ts floor|cache|workspace|writes <dataDir> <operatorId> <plaintextFile>`
    )
  }
}

interface Written {
  bytes: number
  files: number
}

/**
 * What each change costs on disk, measured on a copy of the fixture with the cache's own write hook:
 * every byte and file of the commit it causes (new parts and the manifest).
 */
async function measureWrites(
  dataDir: string,
  operatorId: string,
  key: Buffer
): Promise<Record<string, number>> {
  const folder = cacheFolderOf(dataDir, operatorId)
  const fileBytes = cacheBytesOnDisk(folder)
  let writes: WriteInfo[] = []
  const workspace = await openWorkspace(operatorId, {
    dataDir,
    dataKey: async () => key,
    now: () => new Date(),
    onWrite: (info) => writes.push(info)
  })
  const { cache } = workspace
  await cache.loaded()
  const measure = async (change: () => void): Promise<Written> => {
    writes = []
    change()
    await cache.flush()
    return {
      bytes: writes.reduce((sum, w) => sum + w.bytes, 0),
      files: writes.reduce((sum, w) => sum + w.files, 0)
    }
  }
  // A lookup of a cached account whose revalidation found it changed: the account, a new validation
  // (so its latest status changes too), the processes as they were — what cached-read.ts writes.
  const count = cache.accounts.count()
  let id = ''
  let n = 0
  for await (const entry of cache.accounts.all()) {
    if (n++ === Math.floor(count / 2)) {
      id = entry.data.account_id
      break
    }
  }
  const account = (await cache.accounts.get(id))!
  const history = await cache.history(id)
  const at = new Date().toISOString()
  const validations = history.validations?.data ?? []
  const newValidation = {
    ...validations[0],
    validation_id: `VLD-bench-${id}`,
    validation_status: 'failure',
    creation_date: at
  }
  const lookup = await measure(() => {
    cache.accounts.put({ ...account.data, email: `revalidated.${id}@example.com` }, at)
    cache.validations.putForAccount(id, [...validations, newValidation], at)
    cache.processes.putForAccount(id, history.processes?.data ?? [], at)
  })
  // The same answers again: nothing new from Truora.
  const unchanged = await measure(() => {
    const later = new Date().toISOString()
    cache.accounts.put({ ...account.data, email: `revalidated.${id}@example.com` }, later)
    cache.validations.putForAccount(id, [...validations, newValidation], later)
    cache.processes.putForAccount(id, history.processes?.data ?? [], later)
  })
  // One mirror page: 100 accounts not cached before (the simulator's generator, another seed, so
  // none is a copy of a cached one), and the cursor after them.
  const page = await measure(() => {
    cache.accounts.putMany(
      generateAccounts(100, 7).map((generated, i) => ({ ...generated, account_id: `bench-page-${i}` })),
      at
    )
    cache.mirror.set({ cursor: 'after-bench-page', pages: 1, accounts: 100, inProgress: true })
  })
  // One creation queued in the outbox.
  const create = await measure(() =>
    cache.outbox.add({
      id: 'bench-create',
      input: { first_name: 'Benchmark' },
      createdAt: at,
      state: 'pending',
      attempts: 0
    })
  )
  await cache.close()
  return {
    fileBytes,
    lookupBytes: lookup.bytes,
    lookupFiles: lookup.files,
    unchangedLookupBytes: unchanged.bytes,
    unchangedLookupFiles: unchanged.files,
    pageBytes: page.bytes,
    pageFiles: page.files,
    createBytes: create.bytes,
    createFiles: create.files
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
