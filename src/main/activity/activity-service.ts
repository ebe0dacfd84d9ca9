// `activity.*`: the unlocked operator's activity log, newest first, and its CSV export (Settings →
// Activity). The call boundary answers `locked` before either runs while nobody is unlocked.
import { basename } from 'node:path'
import type { Calls } from '@shared/contract'
import { fail, ok } from '@shared/result'
import type { BackendContext } from '../backend/context'
import type { ChooseSaveTarget } from '../session/save-target'
import { errnoCode } from '../fs/errno-code'
import { activityFileName, writeActivityCsv } from './activity-csv'

const DEFAULT_PAGE = 100

export function activityService(ctx: BackendContext, chooseFile: ChooseSaveTarget): Calls['activity'] {
  const locked = () => fail('locked', 'Unlock an operator to see their activity.')
  return {
    async list(query = {}) {
      const open = ctx.activity.entries()
      if (!open) return locked()
      const offset = query.offset ?? 0
      const limit = query.limit ?? DEFAULT_PAGE
      const total = open.entries.length
      // Newest first: the page counts back from the end of the log.
      const end = Math.max(0, total - offset)
      const entries = open.entries.slice(Math.max(0, end - limit), end).reverse()
      return ok({ entries, total, offset, limit, unreadable: open.unreadable })
    },
    async export() {
      const operatorId = ctx.session.unlockedId()
      const open = ctx.activity.entries()
      if (operatorId === null || !open) return locked()
      const now = ctx.now()
      const chosen = await chooseFile(activityFileName(now), 'csv')
      if (!chosen.ok) return chosen
      const file = chosen.data
      const { operators } = await ctx.profiles.read()
      const name = operators.find((operator) => operator.id === operatorId)?.name ?? ''
      const entries = [...open.entries]
      try {
        const { bytes } = await ctx.track(writeActivityCsv(file, name, entries))
        await ctx.activity.record({ action: 'activity_exported', detail: { entries: entries.length } })
        return ok({ fileName: basename(file), entries: entries.length, bytes })
      } catch (error) {
        return fail(
          'internal',
          `The activity could not be written (${errnoCode(error)}). Choose another folder, or free some disk space, and try again.`
        )
      }
    }
  }
}
