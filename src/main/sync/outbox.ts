// The outbox (DESIGN.md §5): account creations and on-site validations made offline, or whose request
// failed on the network, kept in the cache before the call resolves and sent in order when the network
// returns, with bounded exponential backoff. Each kind's send is in its own file: a creation in
// send-creation.ts, an on-site validation in onsite/send-validation.ts; both make their "sending" mark
// durable before the request leaves and check an interrupted send instead of repeating it. An on-site
// validation for an account still queued waits for that creation, and one whose images are up waits
// for Truora's result; neither holds back the items after it.
import { randomUUID } from 'node:crypto'
import type { OutboxItem } from '@shared/domain/outbox'
import { fail, ok, type AppError, type Result } from '@shared/result'
import type { AccountCreateFields } from '@shared/schemas'
import type { BackendContext } from '../backend/context'
import type { Workspace } from '../workspace/workspace'
import { isValidationItem, onsiteView, waitsAside } from '../onsite/onsite-item'
import { createValidationSender, type SenderOptions } from '../onsite/send-validation'
import type { CaptureStore } from '../onsite/capture-store'
import { BASE_BACKOFF_MS, createCreationSender, storedError } from './send-creation'

export interface Outbox {
  /** The queued account creations (on-site validations are listed by `onsite.list`). */
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
  /** Stores any item durably and schedules it (an on-site validation: onsite/capture.ts). */
  store(workspace: Workspace, item: OutboxItem): Promise<Result<OutboxItem>>
  retry(id: string): Promise<Result<OutboxItem[]>>
  discard(id: string): Promise<Result<OutboxItem[]>>
  /** Sends what is due now, in order; stops at the first network failure. */
  drain(): Promise<void>
  /** Cancels the scheduled send and aborts a send under way (operator switch); `drain()` starts again. */
  pause(): void
  /** For good (quit). */
  stop(): void
}

export interface OutboxOptions {
  /** The sealed images of the workspace's on-site validations (onsite/onsite-service.ts). */
  captures(workspace: Workspace): CaptureStore
  onsite?: SenderOptions
}

const NOT_QUEUED = 'This item is no longer in the outbox.'

export function createOutbox(ctx: BackendContext, options: OutboxOptions): Outbox {
  let draining: Promise<void> | undefined
  /** Set by `pause()` (an operator switch): the loop stops before its next send. */
  let paused = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  /** Aborted by `pause()`: an upload or request under way ends, and its item waits as it is. */
  let sending = new AbortController()

  function changed(workspace: Workspace): void {
    const items = workspace.cache.outbox.list()
    ctx.events.emit(
      'evt:outbox-changed',
      items.filter((item) => item.kind === undefined)
    )
    ctx.events.emit('evt:onsite-changed', items.filter(isValidationItem).map(onsiteView))
  }

  /** Nothing to do until its account's creation has been sent: no timer for it. */
  function waitingForCreation(workspace: Workspace, item: OutboxItem): boolean {
    const after = isValidationItem(item) ? item.onsite.afterCreation : undefined
    return after !== undefined && workspace.cache.outbox.list().some((other) => other.id === after)
  }

  function schedule(workspace: Workspace): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    if (stopped) return
    const due = workspace.cache.outbox
      .list()
      // A "sending" item found at open is an interrupted send, due like a pending one: left out, a clock
      // set back since (or another process's clock) would strand it until something else drained.
      .filter((item) => item.state !== 'failed' && !waitingForCreation(workspace, item))
      .map((item) => Date.parse(item.nextAttemptAt ?? item.createdAt))
    if (due.length === 0) return
    const wait = Math.max(0, Math.min(...due) - ctx.now().getTime())
    timer = setTimeout(() => void drain(), wait)
    timer.unref?.()
  }

  /** A creation was sent: the validations waiting for it learn the account's ID (durable with it). */
  function created(workspace: Workspace, creation: OutboxItem, accountId: string): void {
    for (const item of workspace.cache.outbox.list()) {
      if (isValidationItem(item) && item.onsite.afterCreation === creation.id) {
        workspace.cache.outbox.update(item.id, { input: { ...item.input, account_id: accountId } })
      }
    }
  }

  const creations = createCreationSender(ctx, { changed, created })
  const validations = createValidationSender(ctx, {
    captures: (workspace) => options.captures(workspace),
    changed,
    ...(options.onsite ? { options: options.onsite } : {})
  })

  async function drainOnce(): Promise<void> {
    const opened = await ctx.workspace()
    if (!opened.ok) return
    const workspace = opened.data
    const signal = sending.signal
    for (const listed of workspace.cache.outbox.list()) {
      if (stopped || paused || ctx.currentWorkspace() !== workspace) return
      // As it is now: an earlier send in this pass may have changed it (a creation naming its account).
      const item = workspace.cache.outbox.list().find((entry) => entry.id === listed.id)
      if (item === undefined || item.state === 'failed') continue
      const aside = waitsAside(item)
      // In order: an item that must wait holds back those queued after it (but for those waiting aside).
      if (Date.parse(item.nextAttemptAt ?? item.createdAt) > ctx.now().getTime()) {
        if (aside) continue
        break
      }
      let outcome: string
      try {
        // Tracked: an operator switch or quit waits for this send to end before closing the cache.
        outcome = await ctx.track(
          isValidationItem(item) ? validations.send(workspace, item, signal) : creations.send(workspace, item)
        )
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
      if (outcome === 'later' && !aside) break
    }
    if (ctx.currentWorkspace() === workspace) schedule(workspace)
  }

  function drain(): Promise<void> {
    paused = false
    if (sending.signal.aborted) sending = new AbortController()
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

  const creationsOf = (ws: Workspace) => ws.cache.outbox.list().filter((item) => item.kind === undefined)

  async function store(workspace: Workspace, item: OutboxItem): Promise<Result<OutboxItem>> {
    workspace.cache.outbox.add(item)
    try {
      // Durable before the call resolves: "nothing is lost" (DESIGN.md §1).
      await workspace.cache.flush()
    } catch {
      workspace.cache.outbox.remove(item.id)
      return fail('internal', 'It could not be saved for later: the disk refused the write.', {
        reason: 'disk'
      })
    }
    // The count a removal names while the operator is locked (operators/outbox-note.ts), on disk before
    // the call resolves too: a crash right after "queued" must not leave a note saying nothing is.
    await ctx.outboxNotes.write(workspace.operatorId, workspace.cache.outbox.list().length)
    changed(workspace)
    schedule(workspace)
    return ok(item)
  }

  return {
    list: () => withWorkspace(async (ws) => ok(creationsOf(ws))),

    enqueue(workspace, fields, earlier) {
      return store(workspace, {
        id: randomUUID(),
        input: fields,
        createdAt: ctx.now().toISOString(),
        state: 'pending',
        attempts: 0,
        ...(earlier ? { error: storedError(earlier.error) } : {}),
        ...(earlier?.uncertain ? { uncertain: true } : {})
      })
    },

    store,

    retry: (id) =>
      withWorkspace(async (ws) => {
        const item = ws.cache.outbox.list().find((entry) => entry.id === id)
        if (!item) return fail('not_found', NOT_QUEUED)
        // "Sending" is the drain's to finish or, found so after a crash, to check: never reset it.
        if (item.state !== 'sending') {
          ws.cache.outbox.update(id, {
            state: 'pending',
            nextAttemptAt: ctx.now().toISOString(),
            // Without an ID, retrying is the operator's answer to "search for the person before you
            // retry": they looked, it is not there, so it is sent. With an ID, the check stays.
            ...(item.input.account_id === undefined && item.kind === undefined
              ? { uncertain: undefined }
              : {}),
            // A validation whose links kept expiring gets a fresh allowance of new ones.
            ...(isValidationItem(item) ? { onsite: { ...item.onsite, renewals: 0 } } : {})
          })
          await ws.cache.flush()
          changed(ws)
        }
        await drain()
        return ok(creationsOf(ws))
      }),

    discard: (id) =>
      withWorkspace(async (ws) => {
        const item = ws.cache.outbox.list().find((entry) => entry.id === id)
        if (!item) return fail('not_found', NOT_QUEUED)
        ws.cache.outbox.remove(id)
        // A validation waiting for this account cannot go without it: it stops, for the operator to see.
        for (const other of ws.cache.outbox.list()) {
          if (isValidationItem(other) && other.onsite.afterCreation === id) {
            ws.cache.outbox.update(other.id, {
              state: 'failed',
              error: {
                code: 'not_found',
                message: 'The account this validation was for was discarded before it was created.',
                details: { reason: 'account_discarded' }
              }
            })
          }
        }
        await ws.cache.flush()
        if (isValidationItem(item)) await options.captures(ws).remove(id)
        changed(ws)
        return ok(creationsOf(ws))
      }),

    drain,
    pause() {
      paused = true
      sending.abort()
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
    },
    stop() {
      stopped = true
      sending.abort()
      if (timer !== undefined) clearTimeout(timer)
    }
  }
}
