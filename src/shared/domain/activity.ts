// The per-operator activity log as the renderer reads and exports it (DESIGN.md §4).

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
