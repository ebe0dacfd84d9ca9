import type { OnsiteProgress } from './onsite'

// Domain types that cross IPC. Truora objects are kept as received (unknown fields included, see
// TRUORA_API.md "accept unknown fields"), so each type names what the app reads and allows the rest.

export type DocumentType = 'national-id' | 'foreign-id' | 'identity-card' | 'passport'
export type ProcessStatus = 'success' | 'pending' | 'failure'

/** A Truora validation account (`GET /v1/accounts/{id}`); every field but the ID may be missing. */
export interface Account {
  account_id: string
  client_id?: string
  email?: string
  country?: string
  document_number?: string
  document_type?: string
  document_issue_date?: string
  first_name?: string
  last_name?: string
  phone_number?: string
  facebook_user?: string
  twitter_user?: string
  creation_date?: string
  update_date?: string
  [field: string]: unknown
}

/** One validation (`GET /v1/validations/{id}`), as listed in an account's history. */
export interface Validation {
  validation_id: string
  account_id?: string
  type?: string
  validation_status?: string
  failure_status?: string
  declined_reason?: string
  remaining_retries?: number | string
  creation_date?: string
  update_date?: string
  identity_process_id?: string
  threshold?: number | string
  details?: Record<string, unknown>
  validation_inputs?: Record<string, unknown>
  user_response?: Record<string, unknown>
  [field: string]: unknown
}

/** One identity process (`GET /v1/processes/?search=`). */
export interface IdentityProcess {
  process_id: string
  account_id?: string
  flow_id?: string
  client_id?: string
  status?: string
  failure_status?: string
  declined_reason?: string
  created_via?: string
  country?: string
  creation_date?: string
  update_date?: string
  [field: string]: unknown
}

/** A process's full result (`GET /v1/processes/{id}/result`). */
export interface ProcessResult extends IdentityProcess {
  document_number?: string
  first_name?: string
  last_name?: string
  flow_version?: number | string
  validations?: Validation[]
  last_finished_step?: unknown
}

/**
 * How fresh a read is (DESIGN.md §3 "Reads carry freshness"). `stale` is true when the answer
 * comes from the cache and the network could not confirm it this time.
 */
export interface Freshness {
  source: 'cache' | 'network'
  /** ISO 8601 time the data was last received from Truora. */
  fetchedAt: string
  stale: boolean
}

export interface Cached<T> {
  data: T
  freshness: Freshness
}

/** An operator profile: no secrets here, the API key lives in the keychain. */
export interface Operator {
  id: string
  name: string
  createdAt: string
  /** From the key's JWT claims (decoded, not verified), when the key is a JWT. */
  clientId?: string
  keyName?: string
  keyExpiresAt?: string
  /**
   * Set when the profile was rebuilt from the operator's own folder after operators.json was found
   * damaged or without it (ISO time of the recovery).
   */
  recoveredAt?: string
  /**
   * When the operator's secrets were wrapped by their passphrase (ISO time). Absent on an operator
   * made before passphrases: their keys are still raw in the keychain until they choose one.
   */
  wrappedAt?: string
}

/**
 * An operator as `operators.list` shows it. While the session is locked only the name is told (and
 * whether a passphrase must first be chosen): the lock screen shows names, nothing else.
 */
export type ListedOperator = Pick<Operator, 'id' | 'name'> &
  Partial<Omit<Operator, 'id' | 'name'>> & {
    /** Made before passphrases: must choose one before anything else (the migration prompt). */
    needsPassphrase: boolean
  }

export interface OperatorList {
  operators: ListedOperator[]
  /** The last operator unlocked: the one the lock screen offers first. */
  activeId: string | null
}

/** Why the session is locked (DESIGN.md §6 "Session lock"). */
export type LockReason = 'start' | 'operator' | 'idle' | 'system' | 'removed' | 'quit'

/** `session.status()` and `evt:session-changed`. */
export interface SessionStatus {
  state: 'locked' | 'unlocked'
  /** The unlocked operator; null while locked. */
  operatorId: string | null
  /** Idle time after which the session locks: the unlocked operator's choice (the default while locked). */
  lockAfterMs: number
  /** Why it is locked; absent while unlocked. */
  lockedBy?: LockReason
}

/** The idle times an operator can choose (minutes); 15 unless they choose another. */
export const LOCK_AFTER_MINUTES = [5, 15, 30, 60] as const
export type LockAfterMinutes = (typeof LOCK_AFTER_MINUTES)[number]
/** "Forget cached personal data not refreshed for N days"; null is off. */
export const RETENTION_DAYS = [30, 90, 180] as const
export type RetentionDays = (typeof RETENTION_DAYS)[number] | null

/** What an operator chose for their session and their cache on this laptop. */
export interface OperatorPreferences {
  lockAfterMinutes: LockAfterMinutes
  retentionDays: RetentionDays
  /** When retention last ran (ISO), if it has. */
  retentionAppliedAt?: string
}

/** What the activity log records (DESIGN.md §4 "an activity log per operator"). */
export const ACTIVITY_ACTIONS = [
  'unlock',
  'lock',
  'unlock_failed',
  'passphrase_set',
  'operator_added',
  'operator_removed',
  'account_opened',
  'account_created',
  'account_queued',
  'link_created',
  'pdf_saved',
  'export',
  'activity_exported',
  'cache_cleared',
  'retention_applied',
  // On-site validation (shared/onsite.ts): the person's consent recorded with their images, and the
  // images handed to Truora.
  'validation_captured',
  'validation_sent'
] as const

/** One thing that happened on this laptop with an operator's key or data. */
export interface ActivityEntry {
  /** ISO time, by the app's clock. */
  at: string
  action: (typeof ACTIVITY_ACTIONS)[number]
  accountId?: string
  /**
   * Plain facts for the renderer to word: `reason` (a LockReason) of a lock, `format` and `accounts`
   * of an export, `keepOutbox` of a clear, `days` and `accounts` of retention, `name` of an operator
   * added or removed, `flowId` of a link, `processId` of a saved PDF, `failures` of a wrong passphrase,
   * `via: 'outbox'`.
   */
  detail?: Record<string, string | number | boolean>
  /** Set when it happened at the lock screen, with no operator unlocked (a wrong passphrase, a removal). */
  atLockScreen?: true
}

export interface ActivityPage {
  /** Newest first. */
  entries: ActivityEntry[]
  total: number
  offset: number
  limit: number
  /** Entries that could not be read (damaged, or not sealed with this operator's key). */
  unreadable: number
}

export interface ActivityExport {
  /** The file's name, without its folder. */
  fileName: string
  entries: number
  bytes: number
}

/**
 * Whether an operator's secrets can be read from the keychain now. Only 'ok' opens the cache and
 * calls Truora; 'locked' and 'unreachable' lose nothing (try again once the keychain is unlocked);
 * the `*_missing` states mean the keychain is open and lacks an entry.
 */
export const KEYCHAIN_PROBLEMS = [
  'locked',
  'unreachable',
  'data_key_missing',
  'api_key_missing',
  'secrets_missing'
] as const
export type KeychainState = 'ok' | (typeof KEYCHAIN_PROBLEMS)[number]

/** `operators.check`: what the operator's keychain entries allow now, and what removing would lose. */
export interface OperatorCheck {
  operatorId: string
  keychain: KeychainState
  /**
   * Creations still in the operator's outbox, which removing the operator would delete; null when
   * they cannot be counted. For an operator who is not unlocked this is the count noted the last time
   * their outbox changed (their cache cannot be read without their passphrase).
   */
  queued: number | null
}

/** What adding an operator reports: the profile plus a warning when its key expires soon. */
export interface OperatorAdded {
  operator: Operator
  keyExpiresSoon: boolean
}

export type ConnectivityState = 'online' | 'offline' | 'unknown'

export interface SearchFilters {
  country?: string
  documentType?: DocumentType
  status?: ProcessStatus
  /** Inclusive ISO dates (YYYY-MM-DD) on the account's creation date. */
  createdFrom?: string
  createdTo?: string
}

export interface SearchQuery {
  text: string
  filters?: SearchFilters
  offset?: number
  limit?: number
}

/** Where a search row matched: a field of the account, or a Truora ID in its history. */
export type HitMatchField =
  'account_id' | 'name' | 'email' | 'document_number' | 'phone_number' | 'process' | 'validation' | 'flow'

export interface HitMatch {
  field: HitMatchField
  /** `[start, end)` ranges of the field's value as shown (names joined by a space) that matched. */
  ranges?: [number, number][]
  /** The Truora ID that matched, for `process`, `validation` and `flow`. */
  id?: string
}

export interface SearchHit {
  account: Account
  /** Latest validation or process status known in the cache, if any, and when it was made. */
  latestStatus?: string
  latestStatusAt?: string
  fetchedAt: string
  match?: HitMatch
  /**
   * A creation still in the outbox (DESIGN.md §5): not at Truora yet, found so that it is not
   * created twice. Its `account` is the queued input; `account_id` is '' when Truora will name it.
   */
  pending?: { itemId: string; state: OutboxItem['state'] }
}

export interface SearchPage {
  hits: SearchHit[]
  total: number
  offset: number
  limit: number
  /**
   * Set when the text is a whole Truora process (`IDP…`), validation (`VLD…`) or flow (`IPF…`) ID:
   * matched exactly against the cached histories, never partially.
   */
  truoraId?: { kind: 'process' | 'validation' | 'flow'; id: string }
}

/** An account (or a queued creation) that shares a person's key with the create form's input. */
export interface DuplicateMatch {
  /** The cached account's ID; absent for a queued creation Truora will name. */
  accountId?: string
  /** The outbox item, for a queued creation. */
  itemId?: string
  name?: string
  country?: string
  /** Which keys are the same: normalized document number, E.164 phone, case-folded e-mail. */
  fields: ('document' | 'phone' | 'email')[]
  fetchedAt?: string
}

/** `evt:outbox-sent`: a queued creation reached Truora and became this account. */
export interface OutboxSent {
  itemId: string
  accountId: string
}

export interface OutboxItem {
  id: string
  input: Record<string, string>
  createdAt: string
  state: 'pending' | 'sending' | 'failed'
  attempts: number
  lastAttemptAt?: string
  nextAttemptAt?: string
  /**
   * The last attempt's error. `details.accountId` on a `conflict`: the existing account, to open.
   * Optional, like every field added after the first release: items already on disk still load.
   */
  error?: { code: string; message: string; details?: { accountId?: string; reason?: string } }
  /**
   * An earlier attempt may have reached Truora though its answer was lost (timeout, 5xx, reset, or
   * the app stopped while sending it): with an ID it is checked before anything is sent again;
   * without one, it waits for the operator.
   */
  uncertain?: boolean
  /**
   * What the item sends: absent for an account creation (every item written before on-site
   * validation), `validation` for an on-site validation, whose progress is in `onsite`.
   */
  kind?: 'validation'
  onsite?: OnsiteProgress
}

/** `accounts.create` either created the account now or queued it in the outbox. */
export type CreateOutcome = { status: 'created'; account: Account } | { status: 'queued'; item: OutboxItem }

export interface ProcessLink {
  link: string
  accountId: string
  flowId: string
  /** Truora says web tokens last about two hours (TRUORA_API.md "Account API"). */
  expiresAt: string
}

/**
 * A process PDF kept in the operator's cache (`processes.pdf`). Its bytes stay in main: the renderer
 * saves or opens it through `processes.savePdf` / `processes.openPdf`.
 */
export interface ProcessPdf {
  processId: string
  accountId?: string
  bytes: number
  fetchedAt: string
  source: 'cache' | 'network'
}

/** `evt:pdf-progress`: where the making of a process PDF stands while `processes.pdf` polls. */
export interface PdfProgress {
  processId: string
  /** `requested` / `in_progress` as Truora said it (TRUORA_API.md), then `downloading`. */
  step: string
  /** Checks made so far, and the most that will be made before giving up. */
  attempt: number
  maxAttempts: number
}

/** A PDF written where the operator chose in the save dialog. */
export interface SavedFile {
  /** The file's name, without its folder (a path names the user: it is not shown or logged). */
  fileName: string
  bytes: number
}

export interface SyncStatus {
  state: 'idle' | 'running' | 'cancelled' | 'failed' | 'done'
  pages: number
  accounts: number
  /**
   * Accounts per second over the current phase alone: account pages first, then histories (each
   * phase's pace differs by far, so one rate over both would mislead the ETA).
   */
  rate: number
  /** Seconds left in the current phase, when its total is known or can be estimated. */
  etaSeconds?: number
  /**
   * The accounts phase's expected total: the account count of the last finished sync, while this one
   * has not gone past it (Truora's list gives no total, TRUORA_API.md "Pagination").
   */
  estimatedTotal?: number
  /** When the last sync finished walking every account page. */
  lastSyncedAt?: string
  /** A mirror interrupted earlier resumes from here. */
  resumable: boolean
  /** First the account pages, then (throttled, in the background) each account's history. */
  phase?: 'accounts' | 'history'
  history?: { done: number; total: number }
  /** `reason` says more than the code (`disk`, `too_many_pages`…): the renderer's words come from it. */
  error?: { code: string; message: string; reason?: string }
}

export interface CacheStats {
  operatorId: string
  accounts: number
  validations: number
  processes: number
  outbox: number
  bytes: number
  lastSyncedAt?: string
}

/** An export written to the file the operator chose in the save dialog. */
export interface CacheExport {
  format: 'csv' | 'json'
  /** The file's name, without its folder (a path names the user: it is not shown or logged). */
  fileName: string
  accounts: number
  bytes: number
}

export interface CacheUpdated {
  kind: 'account' | 'validations' | 'processes' | 'validation' | 'process-result' | 'accounts'
  id?: string
  /**
   * False when Truora confirmed the cached copy as it was: only its age moved, nothing to re-read.
   * Absent or true: the data changed.
   */
  changed?: boolean
  /**
   * The item's freshness after a revalidation succeeded (DESIGN.md §3 "a revalidation that succeeds
   * pushes the new freshness"), so every view showing it says "from Truora just now" at once.
   */
  freshness?: Freshness
}

export interface CacheCorrupt {
  operatorId: string
  movedTo: string
  /** Queued creations kept from the damaged file (its outbox was intact); absent when none. */
  outboxKept?: number
}

/**
 * What "Copy diagnostics" gives support: the app's and runtime's versions, the OS, and counts. Never a
 * name, a document, an ID of a person, a path (it names the user) or a key.
 */
export interface Diagnostics {
  generatedAt: string
  app: { version: string }
  runtime: { node: string; v8: string; electron?: string; chrome?: string }
  os: { platform: string; release: string; arch: string }
  operators: number
  connectivity: ConnectivityState
  /** The open workspace's cache, when one is open. */
  cache?: {
    accounts: number
    validations: number
    processes: number
    outbox: number
    bytes: number
    lastSyncedAt?: string
  }
}
