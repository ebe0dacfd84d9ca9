// The active operator's workspace: their cache and the search index over it. Opened on first use and
// closed (flushed) when the operator changes or the app quits, so at most one cache is open and only
// one writer ever touches its files (DESIGN.md §4 "One writer").
import type { Account } from '@shared/domain/truora-records'
import type { CacheStore, OpenCacheOptions } from '../cache/types'
import type { SearchIndex, IndexedAccount } from '../search/types'
import { openCache } from '../cache/open-cache'
import { createSearchIndex, restoreSearchIndex } from '../search/search-index'
import { cacheFolderOf, legacyCacheFileOf, operatorFolderOf } from './operator-paths'
import { createPdfStore, type PdfStore } from '../cache/pdf-store'
import { createTruoraIdDirectory, type TruoraIdDirectory } from '../search/truora-id-directory'
import { createPersonKeyDirectory, type PersonKeyDirectory } from '../search/person-key-directory'

export interface Workspace {
  operatorId: string
  cache: CacheStore
  /** The process PDFs kept for offline, sealed under the same data key (cache/pdf-store.ts). */
  pdfs: PdfStore
  /** Answers over every cached account: changes not yet indexed are taken in first. */
  index: WorkspaceIndex
  /**
   * Exact lookups beside the search index, kept in step with the cache the same way: Truora process,
   * validation and flow IDs of the cached histories (from their summaries), and the keys that tell a
   * person apart. Built at their first use, once every accounts part is in.
   */
  directory: WorkspaceDirectory
  /** Marks accounts to index again (their history, hence their status, changed). */
  reindex(accountIds: Iterable<string>): void
  /**
   * Waits, at most `maxWaitMs`, for the accounts the index snapshot did not cover to be read and
   * indexed: a search right after open then sees them (a small cache's in a few milliseconds), and a
   * large cache being rebuilt answers from what has loaded rather than keep the operator waiting.
   */
  untilIndexed(maxWaitMs: number): Promise<void>
  /** Set when the cache was damaged and moved aside on open. */
  corruptMovedTo?: string
  /** Queued creations kept from a damaged old-format file. */
  outboxKept?: number
}

/** The search index as the workspace's users see it: the workspace keeps it in step with the cache. */
type WorkspaceIndex = Pick<SearchIndex, 'search'>

interface WorkspaceDirectory {
  truoraId(id: string): Promise<ReturnType<TruoraIdDirectory['find']>>
  persons(keys: Parameters<PersonKeyDirectory['find']>[0]): Promise<ReturnType<PersonKeyDirectory['find']>>
  /** A process result looked up on its own that names its account (`accounts.search` online). */
  addProcess: TruoraIdDirectory['addProcess']
}

export interface WorkspaceOptions {
  dataDir: string
  dataKey: (operatorId: string) => Promise<Buffer>
  now: () => Date
  writeDelayMs?: number
  /** A part of the cache was found damaged after the open (moved aside, its accounts to refetch). */
  onCorrupt?: (movedTo: string) => void
  log?: (line: string) => void
  /** Each part read from disk (the benchmark and the tests see what an open reads). */
  onRead?: OpenCacheOptions['onRead']
  /** Each write that reached the disk, with the bytes and files it wrote (the benchmark). */
  onWrite?: OpenCacheOptions['onWrite']
}

/**
 * Opens the cache and its search index. The index comes from the snapshot the cache keeps with its
 * parts, so the first search answers without reading any account; accounts the snapshot does not
 * cover (a part written after it, or no usable snapshot at all) are indexed as their parts load.
 */
export async function openWorkspace(operatorId: string, options: WorkspaceOptions): Promise<Workspace> {
  let restored: SearchIndex | undefined
  const dataKey = await options.dataKey(operatorId)
  // Accounts handed over during the open, before the follower below exists.
  const early: string[][] = []
  const follower: { changed?: (ids: string[]) => void } = {}
  const opened = await openCache({
    folder: cacheFolderOf(options.dataDir, operatorId),
    legacyFile: legacyCacheFileOf(options.dataDir, operatorId),
    operatorId,
    dataKey,
    now: options.now,
    useIndexSnapshot(bytes) {
      restored = restoreSearchIndex(bytes)
      return restored !== undefined
    },
    onAccountsChanged: (ids) => (follower.changed ? follower.changed(ids) : early.push(ids)),
    ...(options.onCorrupt === undefined
      ? {}
      : { onCorrupt: (damage) => options.onCorrupt?.(damage.movedTo) }),
    ...(options.log === undefined ? {} : { log: options.log }),
    ...(options.onRead === undefined ? {} : { onRead: options.onRead }),
    ...(options.onWrite === undefined ? {} : { onWrite: options.onWrite }),
    ...(options.writeDelayMs === undefined ? {} : { writeDelayMs: options.writeDelayMs })
  })
  const cache = opened.store
  const index = restored ?? createSearchIndex()
  const following = followCache(cache, index)
  follower.changed = following.changed
  for (const ids of early) following.changed(ids)
  // A snapshot saved by the cache holds every change made so far: the pending ones go in first.
  cache.setIndexSnapshot(() => {
    following.applyAll()
    return index.snapshot()
  })
  let indexed = false
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
    reindex: following.changed,
    async untilIndexed(maxWaitMs) {
      if (indexed) return
      let timer: ReturnType<typeof setTimeout> | undefined
      const waited = await Promise.race([
        cache.uncoveredLoaded().then(() => true),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), maxWaitMs)))
      ])
      clearTimeout(timer)
      indexed ||= waited
    }
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
  index: SearchIndex
): {
  index: WorkspaceIndex
  directory: WorkspaceDirectory
  changed: (ids: Iterable<string>) => void
  applyAll: () => void
} {
  const pending = new Set<string>()
  let scheduled: ReturnType<typeof setImmediate> | undefined
  const truoraIds = createTruoraIdDirectory()
  const persons = createPersonKeyDirectory()
  /** Set once the directories were first asked for: from then on they follow every change. */
  let directing: Promise<void> | undefined

  /** Files one account (and its history's Truora IDs, from its summary) in the directories. */
  function direct(account: Account): void {
    persons.put(account)
    const summary = cache.summaryOf(account.account_id)
    truoraIds.setIds(account.account_id, summary?.validationIds, summary?.processIds)
  }

  /** The directories over every cached account: all accounts parts read once, then followed. */
  function directories(): Promise<void> {
    directing ??= (async () => {
      await cache.loaded()
      // Costs about 1 s per 100,000 accounts (the keys' normalization), paid once, at first use.
      for await (const entry of cache.accounts.all()) direct(entry.data)
    })()
    return directing
  }

  /** Indexes up to `limit` pending accounts, as the cache holds them now (the last change wins). */
  function apply(limit: number): void {
    const present: Account[] = []
    const gone: string[] = []
    for (const id of pending) {
      if (present.length + gone.length >= limit) break
      pending.delete(id)
      const entry = cache.accounts.peek(id)
      if (entry) present.push(entry.data)
      else gone.push(id)
    }
    index.remove(gone)
    index.upsert(indexEntries(cache, present))
    if (directing === undefined) return
    for (const id of gone) {
      persons.remove(id)
      // A history cached before its account (an account view reads both at once) still names it.
      const summary = cache.summaryOf(id)
      if (summary) truoraIds.setIds(id, summary.validationIds, summary.processIds)
      else truoraIds.removeAccount(id)
    }
    for (const account of present) direct(account)
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

  return {
    changed,
    applyAll,
    index: {
      search(query) {
        applyAll()
        return index.search(query)
      }
    },
    directory: {
      async truoraId(id) {
        await directories()
        applyAll()
        return truoraIds.find(id)
      },
      async persons(keys) {
        await directories()
        applyAll()
        return persons.find(keys)
      },
      addProcess: (processId, accountId, flowId) => truoraIds.addProcess(processId, accountId, flowId)
    }
  }
}

/** Re-indexes one account after its history changed, so the status filter follows. */
export function reindexAccount(workspace: Workspace, accountId: string): void {
  workspace.reindex([accountId])
}

function indexEntries(cache: CacheStore, accounts: Account[]): IndexedAccount[] {
  return accounts.map((account) => {
    // Kept with the account in its part (cache/history-summary.ts): no history is read to index.
    const status = cache.latestStatus(account.account_id)
    return status === undefined ? { account } : { account, latestStatus: status }
  })
}
