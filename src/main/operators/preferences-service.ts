// `preferences.*`: the unlocked operator's idle lock (5, 15, 30 or 60 minutes) and retention (off, 30,
// 90 or 180 days). A new idle time counts at once; a new retention is applied at once.
import type { Calls } from '@shared/contract'
import { ok } from '@shared/result'
import type { BackendContext } from '../backend/context'
import type { Retention } from '../cache/retention'
import { diskFailure } from '../fs/disk-failure'
import { lockedResult } from '../session/session-state'
import { readPreferences, writePreferences } from './preferences-file'

export function preferencesService(ctx: BackendContext, retention: Retention): Calls['preferences'] {
  return {
    async get() {
      const operatorId = ctx.session.unlockedId()
      if (operatorId === null) return lockedResult()
      return ok(await readPreferences(ctx.dataDir, operatorId, ctx.log))
    },
    async update(changes) {
      const operatorId = ctx.session.unlockedId()
      if (operatorId === null) return lockedResult()
      const before = await readPreferences(ctx.dataDir, operatorId, ctx.log)
      const after = {
        ...before,
        ...(changes.lockAfterMinutes === undefined ? {} : { lockAfterMinutes: changes.lockAfterMinutes }),
        ...(changes.retentionDays === undefined ? {} : { retentionDays: changes.retentionDays })
      }
      try {
        await writePreferences(ctx.dataDir, operatorId, after)
      } catch (error) {
        return diskFailure(error, 'The setting could not be saved')
      }
      ctx.session.setLockAfter(after.lockAfterMinutes * 60_000)
      ctx.session.touch()
      if (after.retentionDays !== before.retentionDays) {
        const workspace = await ctx.workspace()
        if (workspace.ok) await retention.apply(workspace.data)
      }
      return ok(await readPreferences(ctx.dataDir, operatorId, ctx.log))
    }
  }
}
