// A cache of format 1 or 2 (legacy-file.ts) placed into the slots of the current layout
// (docs/architecture.md "The operator's cache", "Migration"): every group in the order the old file held
// it, each with its account, its lists, its records kept by their own ID and a summary of its history; the
// outbox, the mirror's resume point and the last sync into the manifest. Everything is marked to be
// written; the old file is removed only once that first manifest is durable (open-cache.ts).
import type { CacheData } from './cache-data'
import type { ManifestState } from './committer'
import { withProcesses, withRecord, withValidations } from './history-summary'
import { groupOfRecord, recordKey, type HistoryKind } from './part-content'
import type { PartTable } from './part-table'

export function migrateInto(data: CacheData, table: PartTable, state: ManifestState): void {
  const slotOf = (group: string): number => {
    let k = table.groupSlot.get(group)
    if (k === undefined) {
      k = table.slotForNewGroup()
      table.place(group, k)
    }
    return k
  }
  const parts = (group: string, withHistory = true) => {
    const { accounts, history } = table.ensure(slotOf(group))
    accounts.dirty = true
    // A slot without history writes no history part.
    if (withHistory) history.dirty = true
    return { accounts, content: accounts.content!, records: history.content! }
  }
  for (const [id, stamped] of Object.entries(data.accounts)) {
    const { accounts, content } = parts(id, false)
    content.accounts[id] = stamped
    accounts.accountCount++
  }
  for (const [id, stamped] of Object.entries(data.validationsByAccount)) {
    const { content, records } = parts(id)
    records.validationsByAccount[id] = stamped
    content.summaries[id] = withValidations(content.summaries[id], stamped.data, stamped.fetchedAt)
  }
  for (const [id, stamped] of Object.entries(data.processesByAccount)) {
    const { content, records } = parts(id)
    records.processesByAccount[id] = stamped
    content.summaries[id] = withProcesses(content.summaries[id], stamped.data, stamped.fetchedAt)
  }
  const byId: [HistoryKind, Record<string, { data: { account_id?: unknown }; fetchedAt: string }>][] = [
    ['validations', data.validations],
    ['processResults', data.processResults]
  ]
  for (const [kind, map] of byId) {
    for (const [id, stamped] of Object.entries(map)) {
      const group = groupOfRecord(stamped.data)
      const { content, records } = parts(group)
      ;(records[kind] as Record<string, unknown>)[id] = stamped
      const key = recordKey(kind, id)
      content.summaries[group] = withRecord(content.summaries[group], key, stamped.fetchedAt)
      table.recordGroup.set(key, group)
    }
  }
  state.outbox = data.outbox
  state.mirror = data.mirror
  if (data.lastSyncedAt !== undefined) state.lastSyncedAt = data.lastSyncedAt
  state.dirty = true
}
