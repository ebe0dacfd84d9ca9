// The outbox (DESIGN.md §5): creations made offline, or whose request failed on the network, kept in
// the cache file before the call resolves and sent in order when the network returns, with bounded
// exponential backoff. Each send is marked "sending" on disk before its request leaves, so an item
// found "sending" is one whose send was interrupted (a crash, a power cut): it is checked, never
// blindly repeated. What an attempt means is decided in accounts/creation-outcome.ts.
import { randomUUID } from 'node:crypto'
import type { OutboxItem } from '@shared/domain'
import { appError, fail, ok, type AppError, type Result } from '@shared/result'
import type { AccountCreateFields } from '@shared/schemas'
import type { BackendContext } from '../backend/context'
import { decideCreation, type CreationDecision } from '../accounts/creation-outcome'
import { recordCreated } from '../accounts/record-created'
import type { Workspace } from '../workspace/workspace'

const BASE_BACKOFF_MS = 2_000
const MAX_BACKOFF_MS = 5 * 60_000

const INTERRUPTED_MESSAGE =
  'The app stopped while this account was being sent, so Truora may already have created it. Search ' +
  'for the person before you retry.'
const ANSWER_LOST_MESSAGE =
  'Truora may or may not have created this account: its answer was lost. Search for the person ' +
  'before you retry.'

export interface Outbox {
  list(): Promise<Result<OutboxItem[]>>
  /**
   * Stores a creation durably (flushed to disk) and schedules sending it. `earlier`: the attempt
   * that just failed, whose error the item shows and which may have reached Truora (`uncertain`).
   */
  enqueue(
    workspace: Workspace,
    fields: AccountCreateFields,
    earlier?: { error: AppError; uncertain: boolean }
  ): Promise<Result<OutboxItem>>
  retry(id: string): Promise<Result<OutboxItem[]>>
  discard(id: string): Promise<Result<OutboxItem[]>>
  /** Sends what is due now, in order; stops at the first network failure. */
  drain(): Promise<void>
  /** Cancels the scheduled send (operator switch); `drain()` starts again. */
  pause(): void
  /** For good (quit). */
  stop(): void
}

/** What the item keeps of an error: the code, the message, and the existing account's ID on a conflict. */
function storedError(error: AppError): NonNullable<OutboxItem['error']> {
  const accountId = error.details?.accountId
  return typeof accountId === 'string'
    ? { code: error.code, message: error.message, details: { accountId } }
    : { code: error.code, message: error.message }
}

export function createOutbox(ctx: BackendContext): Outbox {
  let draining: Promise<void> | undefined
  /** Set by `pause()` (an operator switch): the loop stops before its next send. */
  let paused = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false

  function changed(workspace: Workspace): void {
    ctx.events.emit('evt:outbox-changed', workspace.cache.outbox.list())
  }

  function schedule(workspace: Workspace): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    if (stopped) return
    const due = workspace.cache.outbox
      .list()
      .filter((item) => item.state === 'pending')
      .map((item) => Date.parse(item.nextAttemptAt ?? item.createdAt))
    if (due.length === 0) return
    const wait = Math.max(0, Math.min(...due) - ctx.now().getTime())
    timer = setTimeout(() => void drain(), wait)
    timer.unref?.()
  }

  async function sendOne(workspace: Workspace, item: OutboxItem): Promise<'sent' | 'rejected' | 'later'> {
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
    changed(workspace)
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

  /** Writes down what an attempt decided, durably, and tells the renderer. */
  async function settle(
    workspace: Workspace,
    item: OutboxItem,
    decision: CreationDecision,
    attempts: number
  ): Promise<'sent' | 'rejected' | 'later'> {
    const { cache } = workspace
    let outcome: 'sent' | 'rejected' | 'later'
    if (decision.kind === 'created') {
      cache.outbox.remove(item.id)
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
    changed(workspace)
    return outcome
  }

  async function drainOnce(): Promise<void> {
    const opened = await ctx.workspace()
    if (!opened.ok) return
    const workspace = opened.data
    const now = ctx.now().getTime()
    for (const item of workspace.cache.outbox.list()) {
      if (stopped || paused || ctx.currentWorkspace() !== workspace) return
      if (item.state === 'failed') continue
      // In order: an item that must wait holds back those queued after it.
      if (Date.parse(item.nextAttemptAt ?? item.createdAt) > now) break
      let outcome: Awaited<ReturnType<typeof sendOne>>
      try {
        // Tracked: an operator switch or quit waits for this send to end before closing the cache.
        outcome = await ctx.track(sendOne(workspace, item))
      } catch (error) {
        // A keychain that locked, a disk that refused the mark: nothing was sent, the item waits.
        ctx.log(`outbox: send interrupted (${error instanceof Error ? error.name : 'error'})`)
        const current = workspace.cache.outbox.list().find((entry) => entry.id === item.id)
        if (ctx.currentWorkspace() === workspace && current?.state === 'sending') {
          workspace.cache.outbox.update(item.id, {
            state: 'pending',
            nextAttemptAt: new Date(ctx.now().getTime() + BASE_BACKOFF_MS).toISOString(),
            // Found "sending" (interrupted) before this try: it stays one to check.
            ...(item.state === 'sending' ? { uncertain: true } : {})
          })
        }
        break
      }
      if (outcome === 'later') break
    }
    if (ctx.currentWorkspace() === workspace) schedule(workspace)
  }

  function drain(): Promise<void> {
    paused = false
    draining ??= drainOnce()
      .catch((error: unknown) =>
        ctx.log(`outbox: drain failed (${error instanceof Error ? error.name : 'error'})`)
      )
      .finally(() => {
        draining = undefined
      })
    return draining
  }

  async function withWorkspace(
    work: (workspace: Workspace) => Promise<Result<OutboxItem[]>>
  ): Promise<Result<OutboxItem[]>> {
    const opened = await ctx.workspace()
    return opened.ok ? work(opened.data) : opened
  }

  return {
    list: () => withWorkspace(async (ws) => ok(ws.cache.outbox.list())),

    async enqueue(workspace, fields, earlier) {
      const item: OutboxItem = {
        id: randomUUID(),
        input: fields,
        createdAt: ctx.now().toISOString(),
        state: 'pending',
        attempts: 0,
        ...(earlier ? { error: storedError(earlier.error) } : {}),
        ...(earlier?.uncertain ? { uncertain: true } : {})
      }
      workspace.cache.outbox.add(item)
      try {
        // Durable before the call resolves: "nothing is lost" (DESIGN.md §1).
        await workspace.cache.flush()
      } catch {
        workspace.cache.outbox.remove(item.id)
        return fail('internal', 'The account could not be saved for later: the disk refused the write.')
      }
      changed(workspace)
      schedule(workspace)
      return ok(item)
    },

    retry: (id) =>
      withWorkspace(async (ws) => {
        const item = ws.cache.outbox.list().find((entry) => entry.id === id)
        if (!item) return fail('not_found', 'This pending creation is no longer in the outbox.')
        // "Sending" is the drain's to finish or, found so after a crash, to check: never reset it.
        if (item.state !== 'sending') {
          ws.cache.outbox.update(id, {
            state: 'pending',
            nextAttemptAt: ctx.now().toISOString(),
            // Without an ID, retrying is the operator's answer to "search for the person before you
            // retry": they looked, it is not there, so it is sent. With an ID, the check stays.
            ...(item.input.account_id === undefined ? { uncertain: undefined } : {})
          })
          await ws.cache.flush()
          changed(ws)
        }
        await drain()
        return ok(ws.cache.outbox.list())
      }),

    discard: (id) =>
      withWorkspace(async (ws) => {
        if (!ws.cache.outbox.list().some((entry) => entry.id === id)) {
          return fail('not_found', 'This pending creation is no longer in the outbox.')
        }
        ws.cache.outbox.remove(id)
        await ws.cache.flush()
        changed(ws)
        return ok(ws.cache.outbox.list())
      }),

    drain,
    pause() {
      paused = true
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
    },
    stop() {
      stopped = true
      if (timer !== undefined) clearTimeout(timer)
    }
  }
}
