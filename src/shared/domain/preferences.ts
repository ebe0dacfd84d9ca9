// The choices each operator makes for this laptop: when their session locks, how long their cache keeps
// personal data (DESIGN.md §4 "Retention").

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
