// The unlocked operator's activity log while they are unlocked (activity-log.ts), and the inboxes of
// those who are not (activity-inbox.ts): the one object the rest of the Backend records activity with.
import type { ActivityEntry } from '@shared/domain/activity'
import { activityLogOf } from '../workspace/operator-paths'
import { activityInbox } from './activity-inbox'
import { openActivityLog, type ActivityLog } from './activity-log'

/** An account view re-reads on every revalidation: one "opened" per account in this window is enough. */
const OPENED_AGAIN_AFTER_MS = 10 * 60_000

export type NewEntry = Omit<ActivityEntry, 'at' | 'atLockScreen'>

export interface ActivityRecorder {
  /** Opens the operator's log as they unlock, taking in what waited for them while they were locked. */
  open(operatorId: string, dataKey: Buffer): Promise<void>
  /** Records in the open log (nothing while locked). */
  record(entry: NewEntry): Promise<void>
  /** Records an account opened, once per account in a while. */
  accountOpened(accountId: string): Promise<void>
  /** Leaves an entry for operators who are not unlocked now, for their next unlock. */
  leave(operatorIds: readonly string[], entry: NewEntry): Promise<void>
  /** The open log's entries, oldest first, with the count of unreadable ones; undefined while locked. */
  entries(): { entries: readonly ActivityEntry[]; unreadable: number } | undefined
  /** Waits for the writes under way and drops the log's key (the lock). */
  close(): Promise<void>
}

export function createActivityRecorder(deps: {
  dataDir: string
  now: () => Date
  log: (line: string) => void
}): ActivityRecorder {
  const inbox = activityInbox(deps.dataDir, deps.log)
  let open: { operatorId: string; log: ActivityLog; opened: Map<string, number> } | undefined

  const at = () => deps.now().toISOString()

  return {
    async open(operatorId, dataKey) {
      await open?.log.close()
      const log = await openActivityLog({
        file: activityLogOf(deps.dataDir, operatorId),
        operatorId,
        dataKey,
        now: deps.now,
        log: deps.log
      })
      open = { operatorId, log, opened: new Map() }
      const waiting = await inbox.waiting(operatorId)
      for (const entry of waiting) await log.append(entry)
      if (waiting.length > 0) await inbox.clear(operatorId)
    },
    async record(entry) {
      await open?.log.append({ at: at(), ...entry })
    },
    async accountOpened(accountId) {
      if (!open) return
      const now = deps.now().getTime()
      const last = open.opened.get(accountId)
      if (last !== undefined && now - last < OPENED_AGAIN_AFTER_MS) return
      open.opened.set(accountId, now)
      await open.log.append({ at: at(), action: 'account_opened', accountId })
    },
    async leave(operatorIds, entry) {
      for (const operatorId of operatorIds) {
        if (operatorId !== open?.operatorId) await inbox.leave(operatorId, { at: at(), ...entry })
      }
    },
    entries: () => open?.log.entries(),
    async close() {
      const closing = open
      open = undefined
      await closing?.log.close()
    }
  }
}
