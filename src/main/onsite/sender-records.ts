// How the on-site validation sender (send-validation.ts) writes down where an item stands: every change
// to a queued validation is flushed before the sender goes on (DESIGN.md §5 "Outbox"), so a crash at any
// step finds the item as it was last left, and the renderer hears of each change.
import type { AppError } from '@shared/result'
import type { OnsiteProgress } from '@shared/onsite'
import type { BackendContext } from '../backend/context'
import type { Workspace } from '../workspace/workspace'
import { isValidationItem, type ValidationItem } from './onsite-item'

/** New validations made for one capture because links expired, before the operator is asked. */
export const MAX_REPLACEMENTS = 3
export const BASE_BACKOFF_MS = 2_000
const MAX_BACKOFF_MS = 5 * 60_000

/** Error codes after which the same step is tried again later rather than failed for the operator. */
export const TRANSIENT = new Set(['offline', 'timeout', 'server', 'rate_limited', 'cancelled'])

/**
 * `sent`: this step is done (the item goes on in the background or is finished); `later`: try again
 * at its `nextAttemptAt`, holding back the items after it; `waiting`: nothing to do now, holding back
 * nothing; `rejected`: failed, for the operator.
 */
export type SendOutcome = 'sent' | 'later' | 'waiting' | 'rejected'

export interface SenderRecords {
  now: () => number
  iso: (ms?: number) => string
  /** Writes the patch and the progress durably; resolves to the item as it is now. */
  save: (
    workspace: Workspace,
    item: ValidationItem,
    patch: Partial<ValidationItem>,
    progress?: Partial<OnsiteProgress>
  ) => Promise<ValidationItem>
  /** Back to pending with a growing, jittered wait; `uncertain` when the request may have arrived. */
  later: (
    workspace: Workspace,
    item: ValidationItem,
    error: AppError,
    uncertain?: boolean
  ) => Promise<'later'>
  /** Failed for the operator, with Truora's error (and a reason the renderer words). */
  failed: (
    workspace: Workspace,
    item: ValidationItem,
    error: AppError,
    reason?: string
  ) => Promise<'rejected'>
  /** The link of one validation expired: give it up and start a new one, a bounded number of times. */
  replace: (workspace: Workspace, item: ValidationItem) => Promise<ValidationItem | undefined>
}

export function createSenderRecords(
  ctx: BackendContext,
  /** Tells the renderer the outbox changed. */
  changed: (workspace: Workspace) => void
): SenderRecords {
  const now = (): number => ctx.now().getTime()
  const iso = (ms = now()): string => new Date(ms).toISOString()

  /** The item as it is now (another step may have changed it), if still queued. */
  function current(workspace: Workspace, id: string): ValidationItem | undefined {
    const item = workspace.cache.outbox.list().find((entry) => entry.id === id)
    return item && isValidationItem(item) ? item : undefined
  }

  async function save(
    workspace: Workspace,
    item: ValidationItem,
    patch: Partial<ValidationItem>,
    progress: Partial<OnsiteProgress> = {}
  ): Promise<ValidationItem> {
    workspace.cache.outbox.update(item.id, { ...patch, onsite: { ...item.onsite, ...progress } })
    await workspace.cache.flush()
    changed(workspace)
    return current(workspace, item.id) ?? item
  }

  async function later(workspace: Workspace, item: ValidationItem, error: AppError, uncertain = false) {
    const attempts = item.attempts + 1
    const backoff = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** (attempts - 1))
    await save(workspace, item, {
      state: 'pending',
      attempts,
      error: { code: error.code, message: error.message },
      nextAttemptAt: iso(now() + backoff + Math.round(backoff * 0.2 * Math.random())),
      ...(uncertain || item.uncertain ? { uncertain: true } : {})
    })
    return 'later' as const
  }

  async function failed(workspace: Workspace, item: ValidationItem, error: AppError, reason?: string) {
    const detailReason = reason ?? (error.details?.reason as string | undefined)
    await save(workspace, item, {
      state: 'failed',
      attempts: item.attempts + 1,
      error: {
        code: error.code,
        message: error.message,
        ...(typeof detailReason === 'string' ? { details: { reason: detailReason } } : {})
      }
    })
    return 'rejected' as const
  }

  async function replace(workspace: Workspace, item: ValidationItem): Promise<ValidationItem | undefined> {
    const { validationId } = item.onsite
    const replaced =
      validationId === undefined ? item.onsite.replaced : [...item.onsite.replaced, validationId]
    const renewals = (item.onsite.renewals ?? 0) + 1
    if (renewals > MAX_REPLACEMENTS) {
      await failed(
        workspace,
        { ...item, onsite: { ...item.onsite, replaced } },
        {
          code: 'expired',
          message:
            'The upload links kept expiring before the images were sent. Retry when the connection is better.',
          retryable: false
        },
        'link_expired'
      )
      return undefined
    }
    return save(
      workspace,
      item,
      {},
      {
        step: 'queued',
        replaced,
        renewals,
        uploaded: [],
        validationId: undefined,
        links: undefined,
        linksAt: undefined
      }
    )
  }

  return { now, iso, save, later, failed, replace }
}
