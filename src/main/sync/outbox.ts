// The outbox (DESIGN.md §5): creations made offline, or whose request failed on the network, kept in
// the cache file before the call resolves and sent in order when the network returns, with bounded
// exponential backoff. A POST is never blindly re-sent: an item with a known account_id is checked
// with GET first (the client's create does that), and one whose earlier attempt may have reached
// Truora counts as sent when the account is found.
import { randomUUID } from 'node:crypto'
import type { Account, OutboxItem } from '@shared/domain'
import { fail, ok, type AppError, type Result } from '@shared/result'
import type { AccountCreateFields } from '@shared/schemas'
import type { BackendContext } from '../backend/context'
import type { Workspace } from '../workspace/workspace'

const BASE_BACKOFF_MS = 2_000
const MAX_BACKOFF_MS = 5 * 60_000
/** Errors after which sending the same item later may work; anything else is Truora's "no". */
const TRANSIENT = new Set(['offline', 'timeout', 'server', 'rate_limited'])

/**
 * Whether a failed create may still have reached Truora (its answer lost on the way back). The
 * client says so when it knows (`outcome`, `sent`); otherwise a timeout or a 5xx may have arrived.
 */
export function mayHaveArrived(error: AppError): boolean {
  const outcome = error.details?.outcome
  if (outcome === 'unknown') return true
  if (outcome === 'not_sent' || outcome === 'not_created' || error.details?.sent === 'no') return false
  return error.code === 'timeout' || error.code === 'server'
}

const INTERRUPTED_MESSAGE =
  'The app stopped while this account was being sent, so Truora may already have created it. Search ' +
  'for the person before you retry.'

export interface Outbox {
  list(): Promise<Result<OutboxItem[]>>
  /** Stores a creation durably (flushed to disk) and schedules sending it. */
  enqueue(workspace: Workspace, fields: AccountCreateFields, error?: AppError): Promise<Result<OutboxItem>>
  retry(id: string): Promise<Result<OutboxItem[]>>
  discard(id: string): Promise<Result<OutboxItem[]>>
  /** Sends what is due now, in order; stops at the first network failure. */
  drain(): Promise<void>
  /** Called with each account the outbox created, so it is cached like any other. */
  onCreated(listener: (workspace: Workspace, account: Account) => void): void
  /** Cancels the scheduled send (operator switch); `drain()` starts again. */
  pause(): void
  /** For good (quit). */
  stop(): void
}

export function createOutbox(ctx: BackendContext): Outbox {
  let draining: Promise<void> | undefined
  /** Set by `pause()` (an operator switch): the loop stops before its next send. */
  let paused = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  const createdListeners: ((workspace: Workspace, account: Account) => void)[] = []

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

  async function sendOne(workspace: Workspace, queued: OutboxItem): Promise<'sent' | 'rejected' | 'later'> {
    const { cache } = workspace
    // Still "sending" from before a crash or quit: that request may have reached Truora.
    const item = queued.state === 'sending' ? { ...queued, uncertain: true } : queued
    if (item.uncertain && item.input.account_id === undefined) {
      // Truora names such an account itself: sending again could create it twice.
      cache.outbox.update(item.id, {
        state: 'failed',
        uncertain: true,
        error: { code: 'timeout', message: INTERRUPTED_MESSAGE }
      })
      await cache.flush()
      changed(workspace)
      return 'rejected'
    }
    cache.outbox.update(item.id, { state: 'sending', lastAttemptAt: ctx.now().toISOString() })
    changed(workspace)
    const call = await ctx.callContext(workspace.operatorId)
    const result = call.ok
      ? await ctx.observed(ctx.client.accounts.create(call.data, item.input as AccountCreateFields))
      : call
    if (ctx.currentWorkspace() !== workspace) return 'later'
    const attempts = item.attempts + 1
    // Found already after an attempt whose answer was lost: that attempt of ours reached Truora.
    const alreadyOurs =
      !result.ok &&
      result.error.code === 'conflict' &&
      item.uncertain === true &&
      result.error.details?.account
    if (result.ok || alreadyOurs) {
      const account = (result.ok ? result.data : result.error.details?.account) as Account
      cache.outbox.remove(item.id)
      for (const listener of createdListeners) listener(workspace, account)
      await cache.flush()
      changed(workspace)
      return 'sent'
    }
    const error = { code: result.error.code, message: result.error.message }
    const uncertain = mayHaveArrived(result.error)
    // Without an account_id Truora would generate a new one on every send: an attempt that may have
    // arrived is never repeated on its own; the operator checks, then retries or discards.
    const safeToResend = !uncertain || item.input.account_id !== undefined
    if (TRANSIENT.has(result.error.code) && safeToResend) {
      const backoff = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** (attempts - 1))
      const jitter = Math.round(backoff * 0.2 * Math.random())
      cache.outbox.update(item.id, {
        state: 'pending',
        attempts,
        error,
        uncertain: item.uncertain === true || uncertain,
        nextAttemptAt: new Date(ctx.now().getTime() + backoff + jitter).toISOString()
      })
      await cache.flush()
      changed(workspace)
      return 'later'
    }
    cache.outbox.update(item.id, {
      state: 'failed',
      attempts,
      error,
      uncertain: item.uncertain === true || uncertain
    })
    await cache.flush()
    changed(workspace)
    return 'rejected'
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
        // A keychain that locked, a disk that refused: the item waits, it is not lost.
        ctx.log(`outbox: send interrupted (${error instanceof Error ? error.name : 'error'})`)
        if (ctx.currentWorkspace() === workspace) {
          workspace.cache.outbox.update(item.id, {
            state: 'pending',
            nextAttemptAt: new Date(ctx.now().getTime() + BASE_BACKOFF_MS).toISOString()
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

    async enqueue(workspace, fields, error) {
      const item: OutboxItem = {
        id: randomUUID(),
        input: fields,
        createdAt: ctx.now().toISOString(),
        state: 'pending',
        attempts: 0,
        ...(error
          ? { error: { code: error.code, message: error.message }, uncertain: mayHaveArrived(error) }
          : {})
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
        ws.cache.outbox.update(id, { state: 'pending', nextAttemptAt: ctx.now().toISOString() })
        await ws.cache.flush()
        changed(ws)
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
    onCreated(listener) {
      createdListeners.push(listener)
    },
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
