// "Sync all accounts" (DESIGN.md §5 "Mirror"): walks `GET /v1/accounts` page by page, saving the
// cursor with the accounts it follows so a crash or a lost network resumes from the last saved page,
// reports progress, can be cancelled; then fetches each account's history in the background, throttled.
import type { SyncStatus } from '@shared/domain/sync'
import type { Account, IdentityProcess, Validation } from '@shared/domain/truora-records'
import { ok, type AppError, type Result } from '@shared/result'
import type { BackendContext } from '../backend/context'
import type { CallContext, Page } from '../truora/types'
import { defaultSleep } from '../truora/retry'
import type { Workspace } from '../workspace/workspace'
import { reindexAccount } from '../workspace/workspace'
import { failureOf, statusError } from './run-failure'
import { WALK_BOUNDS, walkGuard, walkStopped, type WalkBounds } from './walk-bounds'

const PAGE_LIMIT = 100
const PROGRESS_EVERY_MS = 200
/**
 * Longest fetched pages wait before they are cached (and so written and indexed) together. A write writes
 * only the parts that changed (docs/architecture.md "The operator's cache"), so a second's worth of pages
 * costs a few new accounts parts, sealed in the thread pool while the next pages arrive, and the manifest;
 * what is left when the last page comes is that second's parts (npm run bench, mirror section). The pages
 * of the last second, lost in a crash, are simply fetched again on resume.
 */
const COMMIT_EVERY_MS = 1000
/** The same for histories; what a crash loses is fetched again on resume. */
const HISTORY_COMMIT_EVERY_MS = 30_000
/** History errors that would repeat for every account. */
const STOP_HISTORY_ON = new Set(['offline', 'timeout', 'cancelled', 'unauthorized', 'forbidden'])
/** Pause between history requests, so a mirror never crowds out the operator's own lookups. */
const HISTORY_PAUSE_MS = 50
const RATE_LIMIT_PAUSE_MS = 30_000

export interface Mirror {
  start(): Promise<Result<SyncStatus>>
  cancel(): Promise<Result<SyncStatus>>
  status(): Promise<Result<SyncStatus>>
  /** Aborts a running mirror and waits for it to stop (operator switch, quit). */
  stop(): Promise<void>
  /** Resumes a mirror that stopped because the network went away. */
  resumeIfInterrupted(): void
  /** Drops the last run's live figures (another operator's, or a cleared cache's). */
  forget(): void
  /** Whether a run is going, and in which phase: what a lock stops and the unlock starts again. */
  running(): { historyOnly: boolean } | undefined
  /** Starts again a run a lock stopped (from its saved cursor, or with the history alone). */
  resume(run: { historyOnly: boolean }): void
}

export interface MirrorOptions {
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>
  /** Accounts asked for per page (default 100). */
  pageSize?: number
  historyPauseMs?: number
  /** The walk's bounds (default WALK_BOUNDS, walk-bounds.ts); tests pass smaller ones. */
  bounds?: WalkBounds
}

/** A call nobody waits for: the client's longer retry policy, not a lookup's time budget. */
function background(call: CallContext): CallContext {
  return { ...call, background: true }
}

type LiveStatus = Omit<SyncStatus, 'lastSyncedAt' | 'resumable'>

function withoutEstimates(status: LiveStatus): LiveStatus {
  const rest = { ...status }
  delete rest.etaSeconds
  delete rest.estimatedTotal
  return rest
}

export function createMirror(ctx: BackendContext, options: MirrorOptions = {}): Mirror {
  const sleep = options.sleep ?? defaultSleep
  const historyPauseMs = options.historyPauseMs ?? HISTORY_PAUSE_MS
  const pageSize = options.pageSize ?? PAGE_LIMIT
  const bounds = options.bounds ?? WALK_BOUNDS
  let running: { controller: AbortController; done: Promise<void> } | undefined
  /** Accounts the last finished sync counted, per workspace: the next sync's estimate of its total. */
  const lastTotals = new WeakMap<Workspace, number>()
  let live: LiveStatus = { state: 'idle', pages: 0, accounts: 0, rate: 0 }
  let lastEmit = 0

  function snapshot(workspace: Workspace): SyncStatus {
    const saved = workspace.cache.mirror.get()
    const lastSyncedAt = workspace.cache.mirror.lastSyncedAt()
    return {
      ...live,
      ...(lastSyncedAt === undefined ? {} : { lastSyncedAt }),
      resumable: saved.inProgress && live.state !== 'running'
    }
  }

  function publish(workspace: Workspace, force = false): void {
    const now = Date.now()
    if (!force && now - lastEmit < PROGRESS_EVERY_MS) return
    lastEmit = now
    ctx.events.emit('evt:sync-progress', snapshot(workspace))
  }

  /**
   * Truora's list has no total (TRUORA_API.md "Pagination"): the last finished sync's count is the
   * estimate, read before a new run resets the saved state, and kept for a resume in this session.
   */
  function estimateTotal(workspace: Workspace): number | undefined {
    const saved = workspace.cache.mirror.get()
    if (!saved.inProgress && workspace.cache.mirror.lastSyncedAt() !== undefined && saved.accounts > 0)
      lastTotals.set(workspace, saved.accounts)
    return lastTotals.get(workspace)
  }

  async function walkPages(workspace: Workspace, signal: AbortSignal): Promise<AppError | undefined> {
    const { cache } = workspace
    const estimate = estimateTotal(workspace)
    let state = cache.mirror.get()
    if (!state.inProgress) {
      state = { pages: 0, accounts: 0, inProgress: true, startedAt: ctx.now().toISOString() }
      cache.mirror.set(state)
    }
    const startedAt = Date.now()
    let fetchedThisRun = 0
    live = { state: 'running', phase: 'accounts', pages: state.pages, accounts: state.accounts, rate: 0 }
    publish(workspace, true)
    // Asked for per request: the key is in the session's memory while the operator is unlocked, and a
    // lock answers the next request `locked`, which ends the run (it resumes after the unlock).
    const callContext = () => ctx.callContext(workspace.operatorId, signal)
    const fetchPage = async (cursor: string | undefined): Promise<Result<Page<Account>>> => {
      const call = await callContext()
      if (!call.ok) return call
      return ctx.observed(
        ctx.client.accounts.listPage(background(call.data), {
          limit: pageSize,
          ...(cursor === undefined ? {} : { startKey: cursor })
        })
      )
    }
    // Fetched pages wait here and go into the cache together, with the cursor that follows the last
    // of them, in one snapshot: a resume never skips an account, and a mirror costs a few file writes
    // and a few bulk index updates instead of one of each per page (npm run bench, mirror section).
    let held: { accounts: Account[]; pages: number; cursor?: string; fetchedAt: string } | undefined
    let committedAt = Date.now()
    const commit = (): void => {
      if (held === undefined) return
      cache.accounts.putMany(held.accounts, held.fetchedAt)
      state = { ...state, pages: state.pages + held.pages, accounts: state.accounts + held.accounts.length }
      if (held.cursor === undefined) delete state.cursor
      else state.cursor = held.cursor
      cache.mirror.set(state)
      held = undefined
      committedAt = Date.now()
    }
    let next = fetchPage(state.cursor)
    // Stops a server that hands back a cursor it already gave, or hands out new ones for ever.
    const guard = walkGuard(bounds, state.cursor)
    for (;;) {
      const page = await next
      if (!page.ok) {
        // Cancelled, offline, refused: what was fetched is kept, and the mirror resumes after it.
        commit()
        return page.error
      }
      const { items, nextKey } = page.data
      const stop = guard.observe(items, nextKey, state.pages + (held?.pages ?? 0) + 1)
      // The next page is asked for before this one is handled, so Truora prepares it meanwhile.
      if (nextKey && stop === undefined) next = fetchPage(nextKey)
      held ??= { accounts: [], pages: 0, fetchedAt: ctx.now().toISOString() }
      for (const account of items) held.accounts.push(account)
      held.pages += 1
      if (nextKey) held.cursor = nextKey
      else delete held.cursor
      fetchedThisRun += items.length
      const pages = state.pages + held.pages
      const accounts = state.accounts + held.accounts.length
      if (!nextKey || stop !== undefined || Date.now() - committedAt >= COMMIT_EVERY_MS) commit()
      const seconds = (Date.now() - startedAt) / 1000
      const rate = seconds > 0 ? fetchedThisRun / seconds : 0
      // Past the estimate, the total is simply unknown again (more accounts than last time).
      const left = estimate === undefined ? 0 : estimate - accounts
      live = {
        state: 'running',
        phase: 'accounts',
        pages,
        accounts,
        rate,
        ...(left > 0 ? { estimatedTotal: estimate } : {}),
        ...(rate > 0 && left > 0 ? { etaSeconds: Math.round(left / rate) } : {})
      }
      publish(workspace)
      // What was fetched is kept, with the cursor after it: a later run resumes there, bounded again.
      if (stop !== undefined) return walkStopped(stop, pages)
      if (!nextKey) break
    }
    cache.mirror.set({ pages: state.pages, accounts: state.accounts, inProgress: false })
    cache.mirror.setLastSyncedAt(ctx.now().toISOString())
    lastTotals.set(workspace, state.accounts)
    await cache.flush()
    return undefined
  }

  async function fetchHistory(workspace: Workspace, signal: AbortSignal): Promise<AppError | undefined> {
    const { cache } = workspace
    // From the accounts parts' history summaries: no history part is read to know what is missing.
    const pending = await cache.accounts.withoutHistory()
    let done = 0
    // The history phase's own pace: a rate carried over from the pages would promise an ETA a
    // hundred times too short.
    const startedAt = Date.now()
    const total = pending.length
    live = { ...withoutEstimates(live), phase: 'history', rate: 0, history: { done, total } }
    publish(workspace, true)
    // Histories go into the cache together every HISTORY_COMMIT_EVERY_MS: a history pass lasts hours,
    // so it writes the history parts it filled twice a minute rather than after every account.
    let held: {
      accountId: string
      validations?: Validation[]
      processes?: IdentityProcess[]
      fetchedAt: string
    }[] = []
    let committedAt = Date.now()
    const commit = (): void => {
      for (const entry of held) {
        // The operator may have opened the account meanwhile and cached a newer history: keep it.
        if (entry.validations) {
          cache.validations.putForAccount(entry.accountId, entry.validations, entry.fetchedAt, {
            keepNewer: true
          })
        }
        if (entry.processes) {
          cache.processes.putForAccount(entry.accountId, entry.processes, entry.fetchedAt, {
            keepNewer: true
          })
        }
        reindexAccount(workspace, entry.accountId)
      }
      held = []
      committedAt = Date.now()
    }
    // Asked for per request: the key is in the session's memory while the operator is unlocked, and a
    // lock answers the next request `locked`, which ends the run (it resumes after the unlock).
    const callContext = () => ctx.callContext(workspace.operatorId, signal)
    try {
      for (const accountId of pending) {
        for (;;) {
          if (signal.aborted) return undefined
          const call = await callContext()
          if (!call.ok) return call.error
          const [validations, processes] = await Promise.all([
            ctx.observed(ctx.client.accounts.validations(background(call.data), accountId)),
            ctx.observed(ctx.client.identity.processes(background(call.data), accountId))
          ])
          held.push({
            accountId,
            fetchedAt: ctx.now().toISOString(),
            ...(validations.ok ? { validations: validations.data } : {}),
            ...(processes.ok ? { processes: processes.data } : {})
          })
          const failed = [validations, processes].find((result) => !result.ok)
          const error = failed && !failed.ok ? failed.error : undefined
          if (error?.code === 'rate_limited') {
            // The client already retried with backoff; give Truora a longer rest, then try again.
            await sleep(RATE_LIMIT_PAUSE_MS, signal).catch(() => {})
            continue
          }
          // These fail the same way for every account: stop instead of asking 100,000 times.
          if (error && STOP_HISTORY_ON.has(error.code)) return error
          break
        }
        done += 1
        if (Date.now() - committedAt >= HISTORY_COMMIT_EVERY_MS) commit()
        const seconds = (Date.now() - startedAt) / 1000
        const rate = seconds > 0 ? done / seconds : 0
        live = {
          ...withoutEstimates(live),
          rate,
          history: { done, total },
          ...(rate > 0 && total > done ? { etaSeconds: Math.round((total - done) / rate) } : {})
        }
        publish(workspace)
        await sleep(historyPauseMs, signal).catch(() => {})
      }
      return undefined
    } finally {
      commit()
    }
  }

  async function run(workspace: Workspace, controller: AbortController, historyOnly: boolean): Promise<void> {
    let error: AppError | undefined
    try {
      error =
        (historyOnly ? undefined : await walkPages(workspace, controller.signal)) ??
        (await fetchHistory(workspace, controller.signal))
    } catch (thrown) {
      // A keychain that locked mid-run, a disk that refused a write: the run ends as failed, saying
      // why, never "running" for ever.
      error = failureOf(thrown)
    }
    // "done" is said only once what was fetched is on disk: a write that fails here fails the run.
    await workspace.cache.flush().catch((thrown: unknown) => {
      error ??= failureOf(thrown)
    })
    if (controller.signal.aborted || error?.code === 'cancelled') live = { ...live, state: 'cancelled' }
    else if (error) live = { ...live, state: 'failed', error: statusError(error) }
    else live = { ...live, state: 'done' }
    delete live.etaSeconds
    if (live.state === 'done') delete live.estimatedTotal
    if (ctx.currentWorkspace() === workspace) publish(workspace, true)
  }

  async function withWorkspace(
    work: (ws: Workspace) => Promise<Result<SyncStatus>>
  ): Promise<Result<SyncStatus>> {
    const opened = await ctx.workspace()
    return opened.ok ? work(opened.data) : opened
  }

  function begin(workspace: Workspace, historyOnly: boolean): void {
    if (running) return
    const controller = new AbortController()
    live = historyOnly
      ? { ...live, state: 'running', phase: 'history' }
      : { state: 'running', phase: 'accounts', pages: 0, accounts: 0, rate: 0 }
    delete live.error
    const done = run(workspace, controller, historyOnly).finally(() => {
      if (running?.controller === controller) running = undefined
    })
    running = { controller, done }
  }

  const mirror: Mirror = {
    start: () =>
      withWorkspace(async (workspace) => {
        begin(workspace, false)
        return ok(snapshot(workspace))
      }),
    cancel: () =>
      withWorkspace(async (workspace) => {
        await mirror.stop()
        return ok(snapshot(workspace))
      }),
    status: () => withWorkspace(async (workspace) => ok(snapshot(workspace))),
    async stop() {
      const current = running
      if (!current) return
      current.controller.abort()
      await current.done
    },
    forget() {
      live = { state: 'idle', pages: 0, accounts: 0, rate: 0 }
    },
    running: () => (running ? { historyOnly: live.phase === 'history' } : undefined),
    resume({ historyOnly }) {
      void ctx.workspace().then((opened) => {
        if (opened.ok) begin(opened.data, historyOnly)
      })
    },
    resumeIfInterrupted() {
      if (running || live.state !== 'failed') return
      const code = live.error?.code
      if (code !== 'offline' && code !== 'timeout') return
      // Pages done, history interrupted: carry on with the history, don't walk every page again.
      const historyOnly = live.phase === 'history'
      void ctx.workspace().then((opened) => {
        if (opened.ok) begin(opened.data, historyOnly)
      })
    }
  }
  return mirror
}
