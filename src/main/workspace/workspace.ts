// The active operator's workspace: their decrypted cache and the search index over it. Opened on
// first use and closed (flushed) when the operator changes or the app quits, so at most one cache is
// in memory and only one writer ever touches a file (DESIGN.md §4 "One writer").
import type { Account } from '@shared/domain'
import type { CacheStore } from '../cache/types'
import type { SearchIndex, IndexedAccount } from '../search/types'
import { openCache } from '../cache/open-cache'
import { createSearchIndex } from '../search/search-index'
import { latestStatus } from '../accounts/latest-status'
import { cacheFileOf, operatorFolderOf } from './operator-paths'
import { createPdfStore, type PdfStore } from '../cache/pdf-store'
import { createTruoraIdDirectory, type TruoraIdDirectory } from '../search/truora-id-directory'
import { createPersonKeyDirectory, type PersonKeyDirectory } from '../search/person-key-directory'

// The operator paths moved to operator-paths.ts (ids checked there); kept importable from here.
export { cacheFileOf, operatorFolderOf } from './operator-paths'

export interface Workspace {
  operatorId: string
  cache: CacheStore
  /** The process PDFs kept for offline, sealed under the same data key (cache/pdf-store.ts). */
  pdfs: PdfStore
  /** Answers over every cached account: changes not yet indexed are taken in first. */
  index: WorkspaceIndex
  /**
   * Exact lookups beside the search index, kept in step with the cache the same way: Truora process,
   * validation and flow IDs in the cached histories, and the keys that tell a person apart.
   */
  directory: WorkspaceDirectory
  /** Marks accounts to index again (their history, hence their status, changed). */
  reindex(accountIds: Iterable<string>): void
  /** Set when the cache file was damaged and moved aside on open. */
  corruptMovedTo?: string
  /** Queued creations kept from the damaged file. */
  outboxKept?: number
}

/** The search index as the workspace's users see it: the workspace keeps it in step with the cache. */
type WorkspaceIndex = Pick<SearchIndex, 'search'>

interface WorkspaceDirectory {
  truoraId: TruoraIdDirectory['find']
  persons: PersonKeyDirectory['find']
  /** A process result looked up on its own that names its account (`accounts.search` online). */
  addProcess: TruoraIdDirectory['addProcess']
}

interface Directories {
  truoraIds: TruoraIdDirectory
  persons: PersonKeyDirectory
}

export interface WorkspaceOptions {
  dataDir: string
  dataKey: (operatorId: string) => Promise<Buffer>
  now: () => Date
  writeDelayMs?: number
}

export async function openWorkspace(operatorId: string, options: WorkspaceOptions): Promise<Workspace> {
  const dataKey = await options.dataKey(operatorId)
  const opened = await openCache({
    file: cacheFileOf(options.dataDir, operatorId),
    dataKey,
    now: options.now,
    ...(options.writeDelayMs === undefined ? {} : { writeDelayMs: options.writeDelayMs })
  })
  const cache = opened.store
  const index = createSearchIndex()
  const directories: Directories = {
    truoraIds: createTruoraIdDirectory(),
    persons: createPersonKeyDirectory()
  }
  const accounts = Array.from(cache.accounts.all(), (entry) => entry.data)
  index.upsert(indexEntries(cache, accounts))
  const following = followCache(cache, index, directories)
  // Filed in the background, a slice per turn (the directories are read only by duplicate checks
  // and exact Truora-ID searches, which take in the rest first): opening stays as quick as the index.
  following.toDirect(accounts.map((account) => account.account_id))
  const pdfs = createPdfStore({
    folder: operatorFolderOf(options.dataDir, operatorId),
    dataDir: options.dataDir,
    operatorId,
    dataKey
  })
  const workspace: Workspace = {
    operatorId,
    cache,
    pdfs,
    index: following.index,
    directory: following.directory,
    reindex: following.changed
  }
  if (opened.corruptMovedTo !== undefined) workspace.corruptMovedTo = opened.corruptMovedTo
  if (opened.outboxKept !== undefined) workspace.outboxKept = opened.outboxKept
  return workspace
}

/**
 * Accounts indexed per turn of the event loop while nobody is waiting for a search: the search
 * index's bulk size (search-index.ts BULK), which packs a batch in one go. Smaller slices go through
 * its one-by-one path and cost half again as much CPU over a 100,000-account mirror; a slice of this
 * size holds the event loop for under 100 ms.
 */
const INDEX_SLICE = 4096

/**
 * Keeps the index in step with every cached account, however it arrived (lookup, mirror, create).
 * Changed accounts are indexed in the background, a slice per turn of the event loop, so a mirror's
 * commit of thousands of accounts never holds up the next page or the operator's typing; a search
 * first takes in whatever is still pending, so it never misses a cached account.
 */
function followCache(
  cache: CacheStore,
  index: SearchIndex,
  directories: Directories
): {
  index: WorkspaceIndex
  directory: WorkspaceDirectory
  changed: (ids: Iterable<string>) => void
  toDirect: (ids: Iterable<string>) => void
} {
  const pending = new Set<string>()
  let scheduled: ReturnType<typeof setImmediate> | undefined

  /** Indexes up to `limit` pending accounts, as the cache holds them now (the last change wins). */
  function apply(limit: number): void {
    const present: Account[] = []
    const gone: string[] = []
    for (const id of pending) {
      if (present.length + gone.length >= limit) break
      pending.delete(id)
      const entry = cache.accounts.get(id)
      if (entry) present.push(entry.data)
      else gone.push(id)
    }
    index.remove(gone)
    index.upsert(indexEntries(cache, present))
    for (const id of gone) {
      directories.persons.remove(id)
      // A history cached before its account (an account view reads both at once) still names it.
      const validations = cache.validations.forAccount(id)?.data
      const processes = cache.processes.forAccount(id)?.data
      if (validations === undefined && processes === undefined) directories.truoraIds.removeAccount(id)
      else directories.truoraIds.setHistory(id, validations, processes)
    }
    for (const account of present) direct(cache, directories, account)
  }

  function applySlice(): void {
    scheduled = undefined
    apply(INDEX_SLICE)
    if (pending.size > 0) scheduled = setImmediate(applySlice)
  }

  function applyAll(): void {
    if (scheduled !== undefined) clearImmediate(scheduled)
    scheduled = undefined
    if (pending.size > 0) apply(Number.POSITIVE_INFINITY)
  }

  function changed(ids: Iterable<string>): void {
    for (const id of ids) pending.add(id)
    if (pending.size > 0) scheduled ??= setImmediate(applySlice)
  }

  /** Accounts cached at open, not yet filed in the directories. */
  const undirected = new Set<string>()
  let directing: ReturnType<typeof setImmediate> | undefined

  function directUpTo(limit: number): void {
    let done = 0
    for (const id of undirected) {
      if (done++ >= limit) break
      undirected.delete(id)
      const entry = cache.accounts.get(id)
      if (entry) direct(cache, directories, entry.data)
    }
  }

  function directSlice(): void {
    directing = undefined
    directUpTo(INDEX_SLICE)
    if (undirected.size > 0) directing = setImmediate(directSlice)
  }

  function directAll(): void {
    if (directing !== undefined) clearImmediate(directing)
    directing = undefined
    directUpTo(Number.POSITIVE_INFINITY)
    applyAll()
  }

  cache.onAccountsChanged(changed)
  return {
    changed,
    toDirect(ids) {
      for (const id of ids) undirected.add(id)
      if (undirected.size > 0) directing ??= setImmediate(directSlice)
    },
    index: {
      search(query) {
        applyAll()
        return index.search(query)
      }
    },
    directory: {
      truoraId(id) {
        directAll()
        return directories.truoraIds.find(id)
      },
      persons(keys) {
        directAll()
        return directories.persons.find(keys)
      },
      addProcess: (processId, accountId, flowId) =>
        directories.truoraIds.addProcess(processId, accountId, flowId)
    }
  }
}

/** Files one account (and its cached history's IDs) in the exact-lookup directories. */
function direct(cache: CacheStore, directories: Directories, account: Account): void {
  const id = account.account_id
  directories.persons.put(account)
  directories.truoraIds.setHistory(
    id,
    cache.validations.forAccount(id)?.data,
    cache.processes.forAccount(id)?.data
  )
}

/** Re-indexes one account after its history changed, so the status filter follows. */
export function reindexAccount(workspace: Workspace, accountId: string): void {
  workspace.reindex([accountId])
}

function indexEntries(cache: CacheStore, accounts: Account[]): IndexedAccount[] {
  return accounts.map((account) => {
    const status = latestStatus(
      cache.validations.forAccount(account.account_id)?.data,
      cache.processes.forAccount(account.account_id)?.data
    )
    return status === undefined ? { account } : { account, latestStatus: status }
  })
}
