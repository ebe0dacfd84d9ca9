// What the laptop keeps, for how long (DESIGN.md §1 promise 3, §4 "Retention per operator"): an
// operator may choose to forget cached personal data not refreshed from Truora for 30, 90 or 180 days.
// Applied when their cache opens and then once a day while it is open, by the Backend's clock; never to
// the outbox's creations, which have not reached Truora yet. The images of an on-site validation
// captured before the cut-off are forgotten, and that validation says so (it cannot be sent without them).
import type { OperatorPreferences } from '@shared/domain/preferences'
import type { BackendContext } from '../backend/context'
import { readPreferences, writePreferences } from '../operators/preferences-file'
import type { Workspace } from '../workspace/workspace'

const DAY_MS = 24 * 60 * 60_000

export interface Retention {
  /** Applies the operator's retention to their workspace now (it has just opened, or the setting changed). */
  apply(workspace: Workspace): Promise<void>
  /** Applies it again when a day has passed since it last ran (the Backend's periodic tick). */
  applyIfDue(): Promise<void>
}

export function createRetention(
  ctx: Pick<BackendContext, 'dataDir' | 'now' | 'log' | 'activity' | 'events' | 'currentWorkspace'>,
  /** Captured images of on-site validations are personal data too (onsite/onsite-service.ts). */
  forgetCaptures: (workspace: Workspace, cutoff: string) => Promise<number> = async () => 0
): Retention {
  let chain: Promise<void> = Promise.resolve()
  let lastRun: { operatorId: string; at: number } | undefined

  async function run(workspace: Workspace, preferences?: OperatorPreferences): Promise<void> {
    const { operatorId, cache } = workspace
    const chosen = preferences ?? (await readPreferences(ctx.dataDir, operatorId, ctx.log))
    const now = ctx.now()
    lastRun = { operatorId, at: now.getTime() }
    if (chosen.retentionDays === null) return
    const cutoff = new Date(now.getTime() - chosen.retentionDays * DAY_MS).toISOString()
    // The workspace may have closed while the preferences were read (a lock): leave it alone then.
    if (ctx.currentWorkspace() !== workspace) return
    const forgotten = await cache.forgetReceivedBefore(cutoff)
    // Process PDFs are kept beside the cache's parts (cache/pdf-store.ts): the same cutoff applies.
    const pdfs = await workspace.pdfs.forgetFetchedBefore(cutoff).catch(() => 0)
    const captures = await forgetCaptures(workspace, cutoff)
    await writePreferences(ctx.dataDir, operatorId, {
      ...chosen,
      retentionAppliedAt: now.toISOString()
    }).catch(() => ctx.log('retention: could not note when it ran'))
    const total = forgotten.accounts + forgotten.validations + forgotten.results + pdfs + captures
    if (total === 0) return
    await cache.flush().catch(() => ctx.log('retention: the cache could not be written yet; it will be'))
    ctx.events.emit('evt:cache-updated', { kind: 'accounts' })
    await ctx.activity.record({
      action: 'retention_applied',
      detail: {
        days: chosen.retentionDays,
        accounts: forgotten.accounts,
        records: total,
        ...(captures > 0 ? { captures } : {})
      }
    })
  }

  /** One run at a time: a change of setting while a run goes waits for it, then runs with the new one. */
  function serial(work: () => Promise<void>): Promise<void> {
    chain = chain
      .then(work)
      .catch((error: unknown) =>
        ctx.log(`retention failed (${error instanceof Error ? error.name : 'error'})`)
      )
    return chain
  }

  return {
    apply: (workspace) => serial(() => run(workspace)),
    async applyIfDue() {
      const workspace = ctx.currentWorkspace()
      if (!workspace) return
      const due =
        lastRun === undefined ||
        lastRun.operatorId !== workspace.operatorId ||
        ctx.now().getTime() - lastRun.at >= DAY_MS
      if (due) await serial(() => run(workspace))
    }
  }
}
