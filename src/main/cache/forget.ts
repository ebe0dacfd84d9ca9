// Retention (DESIGN.md §4 "kept no longer than the operator's retention setting"; cache/retention.ts
// decides when): what was last received from Truora before a cutoff is taken out of the cache. The
// accounts parts' summaries say when each list and each record kept by its own ID came
// (history-summary.ts), so deciding reads no history part; taking something out reads the history
// parts of the slots it is in, and writes those slots again. The outbox, in the manifest, is never
// touched.
import type { ChangeQueue } from './change-queue'
import type { PartLoader } from './part-loader'
import type { HistoryContent, HistoryKind } from './part-content'
import type { PartTable } from './part-table'
import type { WriteQueue } from './write-queue'

export interface Forgotten {
  accounts: number
  validations: number
  results: number
}

interface SlotPlan {
  slot: number
  /** Groups whose account and lists go. */
  groups: string[]
  /** [group, recordKey] of records kept by their own ID that go. */
  records: [string, string][]
}

export function createForget(parts: {
  table: PartTable
  changes: ChangeQueue
  loader: PartLoader
  queue: WriteQueue
  notify: (accountIds: string[]) => void
}): (cutoff: string) => Promise<Forgotten> {
  const { table, changes, loader, queue, notify } = parts
  return async (cutoff) => {
    const limit = Date.parse(cutoff)
    const old = (at: string | undefined): boolean => at === undefined || Date.parse(at) < limit
    await changes.applied()
    await loader.background()
    const forgotten: Forgotten = { accounts: 0, validations: 0, results: 0 }
    const plans: SlotPlan[] = []
    for (const slot of table.accounts) {
      const content = slot.content
      if (content === undefined || slot.groups === undefined) continue
      const plan: SlotPlan = { slot: slot.slot, groups: [], records: [] }
      for (const group of slot.groups) {
        const account = content.accounts[group]
        const summary = content.summaries[group]
        const hasLists = summary?.validationsAt !== undefined || summary?.processesAt !== undefined
        if (
          (account !== undefined || hasLists) &&
          old(account?.fetchedAt) &&
          old(summary?.validationsAt) &&
          old(summary?.processesAt)
        ) {
          plan.groups.push(group)
          if (account !== undefined) forgotten.accounts++
        }
        for (const [key, at] of Object.entries(summary?.records ?? {})) {
          if (!old(at)) continue
          plan.records.push([group, key])
          if (key.startsWith('validations:')) forgotten.validations++
          else forgotten.results++
        }
      }
      if (plan.groups.length + plan.records.length > 0) plans.push(plan)
    }
    for (const plan of plans) changes.push(forgetIn(plan))
    if (plans.length > 0) queue.changed()
    // Resolved once it is done in memory (the history parts it needed read): the caller flushes.
    await changes.applied()
    return forgotten
  }

  /** Takes a slot's forgotten groups and records out, once its two parts are in memory. */
  function forgetIn({ slot: k, groups, records }: SlotPlan) {
    const epoch = loader.epoch
    return {
      ready: () => {
        const { accounts, history } = table.ensure(k)
        if (epoch !== loader.epoch || (accounts.loaded && history.loaded)) return true
        if (!accounts.loaded) void loader.accounts(k).catch(() => undefined)
        if (!history.loaded) void loader.history(k).catch(() => undefined)
        return false
      },
      apply: () => {
        if (epoch !== loader.epoch) return
        const { accounts, history } = table.ensure(k)
        const content = accounts.content
        const lists = history.content as HistoryContent
        if (content === undefined) return
        const gone: string[] = []
        for (const group of groups) {
          if (group in content.accounts) {
            delete content.accounts[group]
            accounts.accountCount--
            gone.push(group)
          }
          delete lists.validationsByAccount[group]
          delete lists.processesByAccount[group]
          const summary = content.summaries[group]
          if (summary !== undefined) {
            const {
              validationsAt: _v,
              processesAt: _p,
              newestValidation: _nv,
              newestProcess: _np,
              ...rest
            } = summary
            content.summaries[group] = rest
          }
        }
        for (const [group, key] of records) {
          const at = key.indexOf(':')
          const kind = key.slice(0, at) as HistoryKind
          delete (lists[kind] as Record<string, unknown> | undefined)?.[key.slice(at + 1)]
          const summary = content.summaries[group]
          if (summary?.records !== undefined) {
            const { [key]: _gone, ...kept } = summary.records
            content.summaries[group] = { ...summary, records: kept }
          }
          table.recordGroup.delete(key)
        }
        // A group with nothing left leaves its slot, so its room can be taken again.
        const emptied = new Set<string>()
        for (const group of [...groups, ...records.map(([g]) => g)]) {
          const summary = content.summaries[group]
          const nothing =
            !(group in content.accounts) &&
            summary?.validationsAt === undefined &&
            summary?.processesAt === undefined &&
            Object.keys(summary?.records ?? {}).length === 0
          if (!nothing) continue
          delete content.summaries[group]
          table.groupSlot.delete(group)
          emptied.add(group)
        }
        if (emptied.size > 0) accounts.groups = accounts.groups?.filter((group) => !emptied.has(group))
        accounts.dirty = true
        history.dirty = true
        notify(gone)
      }
    }
  }
}
