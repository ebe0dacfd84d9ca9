// The active operator's workspace: their decrypted cache and the search index over it. Opened on
// first use and closed (flushed) when the operator changes or the app quits, so at most one cache is
// in memory and only one writer ever touches a file (DESIGN.md §4 "One writer").
import { join } from 'node:path'
import type { Account } from '@shared/domain'
import type { CacheStore } from './cache/types'
import type { SearchIndex, IndexedAccount } from './search/types'
import { openCache } from './cache'
import { createSearchIndex } from './search'
import { latestStatus } from './latest-status'

export interface Workspace {
  operatorId: string
  cache: CacheStore
  index: SearchIndex
  /** Set when the cache file was damaged and moved aside on open. */
  corruptMovedTo?: string
}

export interface WorkspaceOptions {
  dataDir: string
  dataKey: (operatorId: string) => Promise<Buffer>
  now: () => Date
  writeDelayMs?: number
}

export function cacheFileOf(dataDir: string, operatorId: string): string {
  return join(dataDir, 'operators', operatorId, 'cache.json')
}

export function operatorFolderOf(dataDir: string, operatorId: string): string {
  return join(dataDir, 'operators', operatorId)
}

export async function openWorkspace(operatorId: string, options: WorkspaceOptions): Promise<Workspace> {
  const opened = await openCache({
    file: cacheFileOf(options.dataDir, operatorId),
    dataKey: await options.dataKey(operatorId),
    now: options.now,
    ...(options.writeDelayMs === undefined ? {} : { writeDelayMs: options.writeDelayMs })
  })
  const cache = opened.store
  const index = createSearchIndex()
  index.upsert(indexEntries(cache, Array.from(cache.accounts.all(), (entry) => entry.data)))
  // Keep the index in step with every cached account, however it arrived (lookup, mirror, create).
  cache.onAccountsChanged((ids) => {
    if (ids.length === 0) {
      index.clear()
      index.upsert(indexEntries(cache, Array.from(cache.accounts.all(), (entry) => entry.data)))
      return
    }
    const present: Account[] = []
    const gone: string[] = []
    for (const id of ids) {
      const entry = cache.accounts.get(id)
      if (entry) present.push(entry.data)
      else gone.push(id)
    }
    index.remove(gone)
    index.upsert(indexEntries(cache, present))
  })
  const workspace: Workspace = { operatorId, cache, index }
  if (opened.corruptMovedTo !== undefined) workspace.corruptMovedTo = opened.corruptMovedTo
  return workspace
}

/** Re-indexes one account after its history changed, so the status filter follows. */
export function reindexAccount(workspace: Workspace, accountId: string): void {
  const entry = workspace.cache.accounts.get(accountId)
  if (entry) workspace.index.upsert(indexEntries(workspace.cache, [entry.data]))
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
