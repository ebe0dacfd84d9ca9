// Sending one queued account creation (DESIGN.md §5 "Outbox"). Its "sending" mark is flushed before its
// request leaves, so an item found "sending" is one whose send was interrupted (a crash, a power cut):
// it is checked, never blindly repeated. What an attempt means is decided in
// accounts/creation-outcome.ts; a created account is recorded by accounts/record-created.ts.
import type { OutboxItem } from '@shared/domain/outbox'
import { appError, type AppError } from '@shared/result'
import type { AccountCreateFields } from '@shared/schemas'
import type { BackendContext } from '../backend/context'
import { decideCreation, type CreationDecision } from '../accounts/creation-outcome'
import { recordCreated } from '../accounts/record-created'
import type { Workspace } from '../workspace/workspace'

export const BASE_BACKOFF_MS = 2_000
const MAX_BACKOFF_MS = 5 * 60_000

const INTERRUPTED_MESSAGE =
  'The app stopped while this account was being sent, so Truora may already have created it. Search ' +
  'for the person before you retry.'
const ANSWER_LOST_MESSAGE =
  'Truora may or may not have created this account: its answer was lost. Search for the person ' +
  'before you retry.'

export type CreationOutcome = 'sent' | 'rejected' | 'later'

/** What the item keeps of an error: the code, the message, and the existing account's ID on a conflict. */
export function storedError(error: AppError): NonNullable<OutboxItem['error']> {
  const accountId = error.details?.accountId
  return typeof accountId === 'string'
    ? { code: error.code, message: error.message, details: { accountId } }
    : { code: error.code, message: error.message }
}

export function createCreationSender(
  ctx: BackendContext,
  deps: {
    /** Tells the renderer the outbox changed. */
    changed(workspace: Workspace): void
    /** The account was created: the items waiting for it (on-site validations) learn its ID. */
    created(workspace: Workspace, item: OutboxItem, accountId: string): void
  }
): { send(workspace: Workspace, item: OutboxItem): Promise<CreationOutcome> } {
  /** Writes down what an attempt decided, durably, and tells the renderer. */
  async function settle(
    workspace: Workspace,
    item: OutboxItem,
    decision: CreationDecision,
    attempts: number
  ): Promise<CreationOutcome> {
    const { cache } = workspace
    let outcome: CreationOutcome
    if (decision.kind === 'created') {
      cache.outbox.remove(item.id)
      deps.created(workspace, item, decision.account.account_id)
      recordCreated(ctx, workspace, decision.account, 'outbox')
      // The agent is told, and a "pending" account on screen becomes the real one.
      ctx.events.emit('evt:outbox-sent', { itemId: item.id, accountId: decision.account.account_id })
      outcome = 'sent'
    } else if (decision.kind === 'retry_later') {
      const backoff = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** (attempts - 1))
      const jitter = Math.round(backoff * 0.2 * Math.random())
      cache.outbox.update(item.id, {
        state: 'pending',
        attempts,
        error: storedError(decision.error),
        uncertain: decision.uncertain || undefined,
        nextAttemptAt: new Date(ctx.now().getTime() + backoff + jitter).toISOString()
      })
      outcome = 'later'
    } else if (decision.kind === 'ask_operator') {
      cache.outbox.update(item.id, {
        state: 'failed',
        attempts,
        error: storedError(decision.error),
        uncertain: true
      })
      outcome = 'rejected'
    } else {
      cache.outbox.update(item.id, {
        state: 'failed',
        attempts,
        error: storedError(decision.error),
        uncertain: decision.uncertain || undefined
      })
      outcome = 'rejected'
    }
    await cache.flush()
    deps.changed(workspace)
    return outcome
  }

  return {
    async send(workspace, item) {
      const { cache } = workspace
      const fields = item.input as AccountCreateFields
      // Found "sending": this process never leaves an item so (the drain sends one at a time and
      // records every outcome), so an earlier run stopped after marking it, perhaps after Truora
      // created the account.
      const interrupted = item.state === 'sending'
      const mayHaveArrived = interrupted || item.uncertain === true
      if (mayHaveArrived && fields.account_id === undefined) {
        // Truora names such an account itself and it cannot be looked up: never resent on its own.
        const error = appError('timeout', interrupted ? INTERRUPTED_MESSAGE : ANSWER_LOST_MESSAGE)
        return settle(workspace, item, { kind: 'ask_operator', error }, item.attempts)
      }
      // The key first: a session that locked meanwhile has none, and nothing is marked or sent; the item
      // waits as it is, and the unlock drains again.
      const call = await ctx.callContext(workspace.operatorId)
      if (!call.ok) return 'later'
      cache.outbox.update(item.id, {
        state: 'sending',
        lastAttemptAt: ctx.now().toISOString(),
        ...(mayHaveArrived ? { uncertain: true } : {})
      })
      // Durable before the request leaves (DESIGN.md §5): a crash from here on finds it "sending".
      await cache.flush()
      deps.changed(workspace)
      const result = await ctx.observed(ctx.client.accounts.create(call.data, fields))
      const decision = decideCreation(result, fields, mayHaveArrived)
      return settle(
        workspace,
        item,
        decision.kind === 'ask_operator'
          ? { kind: 'ask_operator', error: { ...decision.error, message: ANSWER_LOST_MESSAGE } }
          : decision,
        item.attempts + 1
      )
    }
  }
}
