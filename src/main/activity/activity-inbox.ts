// What happened to an operator while they were locked: a wrong passphrase typed for them at the lock
// screen, another operator removed. Their log is sealed with their data key, which is not in memory
// then, so such entries wait in a small plain file in their folder (times, counts and operator names:
// what the lock screen shows anyway) and go into the sealed log at their next unlock.
import { readFile, rm } from 'node:fs/promises'
import { z } from 'zod'
import { ACTIVITY_ACTIONS, type ActivityEntry } from '@shared/domain/activity'
import { replaceFile } from '../fs/atomic-file'
import { errnoCode } from '../fs/errno-code'
import { activityInboxOf } from '../workspace/operator-paths'

/** Enough for a day of someone guessing at the lock screen; older ones give way to newer. */
const MAX_WAITING = 200

const inboxSchema = z.array(
  z.strictObject({
    at: z.string().max(64),
    action: z.enum(ACTIVITY_ACTIONS),
    accountId: z.string().max(200).optional(),
    detail: z.record(z.string().max(40), z.union([z.string().max(200), z.number(), z.boolean()])).optional()
  })
)

export interface ActivityInbox {
  /** Leaves an entry for an operator who is locked (written at once: the app may quit before they unlock). */
  leave(operatorId: string, entry: Omit<ActivityEntry, 'atLockScreen'>): Promise<void>
  /** The entries waiting for the operator, oldest first, marked as from the lock screen. */
  waiting(operatorId: string): Promise<ActivityEntry[]>
  /** Empties the inbox, once its entries are in the sealed log. */
  clear(operatorId: string): Promise<void>
}

export function activityInbox(dataDir: string, log: (line: string) => void): ActivityInbox {
  let chain: Promise<unknown> = Promise.resolve()
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = chain.then(work)
    chain = run.catch(() => undefined)
    return run
  }

  async function read(operatorId: string): Promise<z.infer<typeof inboxSchema>> {
    try {
      const parsed = inboxSchema.safeParse(
        JSON.parse(await readFile(activityInboxOf(dataDir, operatorId), 'utf8'))
      )
      return parsed.success ? parsed.data : []
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') log(`activity inbox: could not be read (${errnoCode(error)})`)
      return []
    }
  }

  return {
    leave: (operatorId, entry) =>
      serial(async () => {
        const waiting = [...(await read(operatorId)), entry].slice(-MAX_WAITING)
        await replaceFile(activityInboxOf(dataDir, operatorId), Buffer.from(JSON.stringify(waiting))).catch(
          (error: unknown) => log(`activity inbox: could not be written (${errnoCode(error)})`)
        )
      }),
    waiting: (operatorId) =>
      serial(async () =>
        (await read(operatorId)).map((entry) => ({ ...entry, atLockScreen: true as const }))
      ),
    clear: (operatorId) =>
      serial(async () => {
        await rm(activityInboxOf(dataDir, operatorId), { force: true }).catch((error: unknown) =>
          log(`activity inbox: could not be emptied (${errnoCode(error)})`)
        )
      })
  }
}
