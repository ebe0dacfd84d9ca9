// The operator's cache as the Backend sees it (DESIGN.md §4, issue 4). One store per operator, one
// writer; reads are synchronous from memory, writes are batched and made durable with `flush()`.
import type {
  Account,
  CacheStats,
  IdentityProcess,
  OutboxItem,
  ProcessResult,
  Validation
} from '@shared/domain'

export interface Stamped<T> {
  data: T
  /** ISO 8601 time the data was received from Truora. */
  fetchedAt: string
}

export interface MirrorState {
  /** `start_key` of the next page to fetch; absent before the first page. */
  cursor?: string
  pages: number
  accounts: number
  startedAt?: string
  /** True while a mirror has started and not finished (a crash leaves it true: resume). */
  inProgress: boolean
}

export interface OpenCacheOptions {
  /** `<dataDir>/operators/<operator-id>/cache.json` */
  file: string
  /** 32 random bytes kept in the keychain beside the API key. */
  dataKey: Buffer
  now?: () => Date
  /** Longest a write may wait to be batched with others; default 250 ms. */
  writeDelayMs?: number
  /** Called after each file write that reached the disk (the benchmark counts and times them). */
  onWrite?: (info: { bytes: number; ms: number }) => void
  /**
   * Called when a background write fails (disk full, folder gone). Nothing is lost: the data stays in
   * memory, the next change or `flush()` tries again, and `flush()` rejects with the same error.
   */
  onWriteError?: (error: Error) => void
}

/**
 * Why a cache file was moved aside: not an envelope (truncated, garbage), the key does not open it
 * (wrong key, tampered), its decrypted content is not a cache, or it comes from a newer app version.
 */
export type CacheCorruptReason =
  'not-an-envelope' | 'decrypt-failed' | 'invalid-content' | 'unsupported-version'

export interface OpenedCache {
  store: CacheStore
  /** Set when the file could not be read (truncated, garbage, wrong key): where it was moved. */
  corruptMovedTo?: string
  /** Set together with `corruptMovedTo`. */
  corruptReason?: CacheCorruptReason
  /** Queued creations kept from a damaged file whose outbox was intact (only a shard was damaged). */
  outboxKept?: number
}

export interface CacheStore {
  accounts: {
    get(accountId: string): Stamped<Account> | undefined
    put(account: Account, fetchedAt: string): void
    putMany(accounts: Account[], fetchedAt: string): void
    all(): Iterable<Stamped<Account>>
    count(): number
  }
  validations: {
    forAccount(accountId: string): Stamped<Validation[]> | undefined
    putForAccount(accountId: string, validations: Validation[], fetchedAt: string): void
    get(validationId: string): Stamped<Validation> | undefined
    put(validation: Validation, fetchedAt: string): void
  }
  processes: {
    forAccount(accountId: string): Stamped<IdentityProcess[]> | undefined
    putForAccount(accountId: string, processes: IdentityProcess[], fetchedAt: string): void
    result(processId: string): Stamped<ProcessResult> | undefined
    putResult(result: ProcessResult, fetchedAt: string): void
  }
  outbox: {
    list(): OutboxItem[]
    add(item: OutboxItem): void
    update(id: string, patch: Partial<OutboxItem>): void
    remove(id: string): void
  }
  mirror: {
    get(): MirrorState
    set(state: MirrorState): void
    lastSyncedAt(): string | undefined
    setLastSyncedAt(at: string): void
  }
  /**
   * Called after each change with what changed, so the search index can follow: the ids put by
   * `accounts.put`/`putMany`, and after `clear()` every id the cache held before.
   */
  onAccountsChanged(listener: (accountIds: string[]) => void): () => void
  stats(operatorId: string): Omit<CacheStats, 'bytes'> & { bytes: number }
  clear(options: { keepOutbox: boolean }): void
  /**
   * Forgets what was last received from Truora before `cutoff` (ISO time): an account together with
   * its validations and processes once none of them is newer, and validations and process results
   * opened on their own. The outbox is never touched. Returns how many records went.
   */
  forgetReceivedBefore(cutoff: string): { accounts: number; validations: number; results: number }
  /**
   * Resolves once every change made so far is on disk (temp file, fsync, rename). Rejects when the
   * write fails; the changes stay in memory and the next change or flush tries again.
   */
  flush(): Promise<void>
  /**
   * Flushes, then stops the writer; changing a closed store throws. If the flush fails, rejects and
   * the store stays open, so nothing is lost and closing can be tried again.
   */
  close(): Promise<void>
}
