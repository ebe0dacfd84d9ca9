// Creations and on-site validations queued until Truora has them (DESIGN.md §5 "Outbox").
import type { OnsiteProgress } from '../onsite'
import type { Account } from './truora-records'

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
