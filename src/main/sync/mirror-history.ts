// The mirror's second phase (DESIGN.md §5 "Mirror"): fetches, in the background and throttled, the
// validations and processes of every cached account that has no history yet, caching them in batches
// and reporting done, total and ETA at the history's own pace.
import type { IdentityProcess, Validation } from '@shared/domain/truora-records'
import type { AppError } from '@shared/result'
import { reindexAccount } from '../workspace/workspace'
import { background, type LiveStatus, type MirrorPhase } from './mirror-phase'

/** Longest fetched histories wait before they are cached together, as the pages do (mirror-pages.ts); what
 * a crash loses is fetched again on resume. */
const HISTORY_COMMIT_EVERY_MS = 30_000
/** History errors that would repeat for every account. */
const STOP_HISTORY_ON = new Set(['offline', 'timeout', 'cancelled', 'unauthorized', 'forbidden'])
const RATE_LIMIT_PAUSE_MS = 30_000

export interface HistoryPace {
  sleep: (ms: number, signal: AbortSignal) => Promise<void>
  /** Between two accounts' requests (HISTORY_PAUSE_MS in mirror.ts unless a test says otherwise). */
  pauseMs: number
}

function withoutEstimates(status: LiveStatus): LiveStatus {
  const rest = { ...status }
  delete rest.etaSeconds
  delete rest.estimatedTotal
  return rest
}

export async function fetchHistories(phase: MirrorPhase, pace: HistoryPace): Promise<AppError | undefined> {
  const { ctx, workspace, signal } = phase
  const { cache } = workspace
  // From the accounts parts' history summaries: no history part is read to know what is missing.
  const pending = await cache.accounts.withoutHistory()
  let done = 0
  // The history phase's own pace: a rate carried over from the pages would promise an ETA a
  // hundred times too short.
  const startedAt = Date.now()
  const total = pending.length
  phase.report(
    { ...withoutEstimates(phase.live()), phase: 'history', rate: 0, history: { done, total } },
    true
  )
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
  try {
    for (const accountId of pending) {
      for (;;) {
        if (signal.aborted) return undefined
        const call = await phase.callContext()
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
          await pace.sleep(RATE_LIMIT_PAUSE_MS, signal).catch(() => {})
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
      phase.report({
        ...withoutEstimates(phase.live()),
        rate,
        history: { done, total },
        ...(rate > 0 && total > done ? { etaSeconds: Math.round((total - done) / rate) } : {})
      })
      await pace.sleep(pace.pauseMs, signal).catch(() => {})
    }
    return undefined
  } finally {
    commit()
  }
}
