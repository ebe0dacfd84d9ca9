// The operator's cache as the Backend sees it (DESIGN.md §4, docs/architecture.md "The operator's cache").
// One store per operator, one writer; writes are batched and made durable with `flush()`.
import type { HistorySummary } from './history-summary'
import type { CacheStats } from '@shared/domain/cache'
import type { OutboxItem } from '@shared/domain/outbox'
import type { Account, IdentityProcess, ProcessResult, Validation } from '@shared/domain/truora-records'

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
  /** `<dataDir>/operators/<operator-id>/cache`: the manifest and `parts/` (docs/architecture.md "The operator's cache"). */
  folder: string
  /** Bound into every sealed file's additional data: another operator's files do not open here. */
  operatorId: string
  /** `<dataDir>/operators/<operator-id>/cache.json`, a cache of format 1 or 2: migrated on first open. */
  legacyFile?: string
  /** 32 random bytes kept in the keychain beside the API key. */
  dataKey: Buffer
  now?: () => Date
  /** Longest a write may wait to be batched with others; default 250 ms. */
  writeDelayMs?: number
  /** Called after each write that reached the disk: bytes and files written (the benchmark counts them). */
  onWrite?: (info: WriteInfo) => void
  /**
   * Called as a write passes each step (docs/architecture.md "The operator's cache", write order): the
   * crash test tells from it where each SIGKILL landed.
   */
  onCommitStep?: (step: CommitStep) => void
  /** Called after each part read from disk (tests check that history is read only on demand). */
  onRead?: (info: PartReadInfo) => void
  /**
   * Called when a background write fails (disk full, folder gone). Nothing is lost: the data stays in
   * memory, the next change or `flush()` tries again, and `flush()` rejects with the same error.
   */
  onWriteError?: (error: Error) => void
  /** A part found damaged after the open returned (read in the background or on demand); moved aside. */
  onCorrupt?: (damage: { movedTo: string; reason: CacheCorruptReason }) => void
  /**
   * Handed the search index snapshot the cache keeps with its parts, once it is read and checked;
   * returns false when it cannot use it, and every account is then handed to the index as it loads.
   */
  useIndexSnapshot?: (bytes: Uint8Array) => boolean
  /** Diagnostic lines without personal data or paths. */
  log?: (line: string) => void
  /**
   * Listens from the first moment (as `onAccountsChanged` on the store does after the open): the
   * accounts a migration brought, then those of each part the index snapshot did not cover as it loads.
   */
  onAccountsChanged?: (accountIds: string[]) => void
}

/** A part file written and fsynced; the parts folder fsynced; the manifest replaced; old parts removed. */
export type CommitStep = 'part' | 'parts-synced' | 'manifest' | 'cleaned'

export interface WriteInfo {
  /** Bytes written: new parts and the manifest. */
  bytes: number
  /** Files written: new parts and the manifest. */
  files: number
  ms: number
}

export interface PartReadInfo {
  role: 'accounts' | 'history' | 'index'
  name: string
  bytes: number
}

/**
 * Why a cache file was moved aside: not an envelope (truncated, garbage), the key does not open it
 * (wrong key, tampered, replaced), its decrypted content is not a cache, it comes from a newer app
 * version, or a part the manifest names is missing.
 */
export type CacheCorruptReason =
  | 'not-an-envelope'
  | 'decrypt-failed'
  | 'invalid-content'
  | 'unsupported-version'
  | 'missing-part'
  /** Parts on disk but no manifest naming them: deleted or lost, never a first start. */
  | 'missing-manifest'

export interface OpenedCache {
  store: CacheStore
  /** Set when the cache could not be read at all (its manifest or old file was damaged): where it went. */
  corruptMovedTo?: string
  /** Set together with `corruptMovedTo`. */
  corruptReason?: CacheCorruptReason
  /** Queued creations kept from a damaged old-format file whose outbox was intact. */
  outboxKept?: number
}

export interface AccountHistory {
  validations?: Stamped<Validation[]>
  processes?: Stamped<IdentityProcess[]>
}

export interface HistoryPutOptions {
  /** Keep a cached list fetched later than this one (the mirror's held answers). */
  keepNewer?: boolean
}

/**
 * Reads of what may not be in memory are asynchronous: accounts parts load in the background after open and
 * history parts on demand (docs/architecture.md "The operator's cache"). Changes are synchronous for the
 * caller: each applies once its parts are in memory, in order, and reads made after it see it.
 */
export interface CacheStore {
  accounts: {
    /** The account if cached; its part is read first if it is not in memory yet. */
    get(accountId: string): Promise<Stamped<Account> | undefined>
    /** The account if its part is in memory now (what the search index follows the cache with). */
    peek(accountId: string): Stamped<Account> | undefined
    put(account: Account, fetchedAt: string): void
    putMany(accounts: Account[], fetchedAt: string): void
    /** Every cached account, part by part, reading the parts not in memory yet. */
    all(): AsyncIterable<Stamped<Account>>
    count(): number
    /** Cached accounts whose validations or processes are not cached (the mirror's history pass). */
    withoutHistory(): Promise<string[]>
  }
  /** The status of the account's newest cached validation or process, if its part is in memory. */
  latestStatus(accountId: string): string | undefined
  /**
   * What the accounts part keeps about the account's history (its newest entries with their dates,
   * the Truora IDs in its lists), if its part is in memory: search rows and the exact-ID directory.
   */
  summaryOf(accountId: string): HistorySummary | undefined
  /** The account's cached validations and processes, from its history part. */
  history(accountId: string): Promise<AccountHistory>
  validations: {
    forAccount(accountId: string): Promise<Stamped<Validation[]> | undefined>
    putForAccount(
      accountId: string,
      validations: Validation[],
      fetchedAt: string,
      options?: HistoryPutOptions
    ): void
    get(validationId: string): Promise<Stamped<Validation> | undefined>
    put(validation: Validation, fetchedAt: string): void
  }
  processes: {
    forAccount(accountId: string): Promise<Stamped<IdentityProcess[]> | undefined>
    putForAccount(
      accountId: string,
      processes: IdentityProcess[],
      fetchedAt: string,
      options?: HistoryPutOptions
    ): void
    result(processId: string): Promise<Stamped<ProcessResult> | undefined>
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
   * Called with the accounts to index again: those put (when the put applies), those whose history
   * status changed, those of a part read that the index snapshot did not cover, those lost with a
   * damaged part, and after `clear()` every id the cache or the snapshot held.
   */
  onAccountsChanged(listener: (accountIds: string[]) => void): () => void
  /**
   * Where the cache gets the search index's snapshot when it writes one with the parts it covers
   * (workspace.ts): called synchronously, when the index holds every change made so far.
   */
  setIndexSnapshot(source: () => Uint8Array): void
  stats(operatorId: string): Omit<CacheStats, 'bytes'> & { bytes: number }
  clear(options: { keepOutbox: boolean }): void
  /** Resolves once every accounts part has been read (or found damaged). */
  loaded(): Promise<void>
  /**
   * Reads now (before the rest of the background load) the accounts parts the index snapshot did
   * not cover, so their accounts reach the index; resolves once they are in.
   */
  uncoveredLoaded(): Promise<void>
  /**
   * Forgets what was last received from Truora before `cutoff` (ISO time): an account together with
   * its validations and processes once none of them is newer, and validations and process results
   * opened on their own. The outbox is never touched. Resolves to how many records went, once every
   * accounts part has been read (their summaries say when each list and record came) and the history
   * parts of what goes have been read to take it out.
   */
  forgetReceivedBefore(cutoff: string): Promise<{ accounts: number; validations: number; results: number }>
  /**
   * Resolves once every change made so far is on disk (new parts fsynced, then the manifest replaced).
   * Rejects when the write fails; the changes stay in memory and the next change or flush tries again.
   */
  flush(): Promise<void>
  /**
   * Flushes (with a fresh index snapshot when it is worth one), then stops the writer; changing a
   * closed store throws. If the flush fails, rejects and the store stays open, so nothing is lost.
   */
  close(): Promise<void>
}
