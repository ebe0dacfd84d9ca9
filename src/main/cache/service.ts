// `cache.*`: what the operator's cache holds, clearing it (the outbox kept unless asked), exporting it.
import type { Calls } from '@shared/contract'
import { basename } from 'node:path'
import { fail, ok } from '@shared/result'
import type { BackendContext } from '../backend/context'
import type { Workspace } from '../workspace/workspace'
import type { ChooseSaveTarget } from '../session/save-target'
import { exportFileName, writeExport } from './export'
import { errnoCode, isDiskError } from '../fs/errno-code'

/** Asks the operator where to save an export (a save dialog); undefined when they cancel. */
/** The save dialog: where to write a file the operator asked for (an export, a process PDF). */
export type ChooseExportFile = (
  suggestedName: string,
  format: 'csv' | 'json' | 'pdf'
) => Promise<string | undefined>

export function cacheService(
  ctx: BackendContext,
  beforeClear: () => Promise<void>,
  chooseExportFile: ChooseSaveTarget,
  /** The outbox may have lost on-site validations: their sealed images go too, and the renderer is told. */
  afterClear: (workspace: Workspace) => Promise<void> = async () => {}
): Calls['cache'] {
  return {
    async stats() {
      const opened = await ctx.workspace()
      if (!opened.ok) return opened
      return ok(opened.data.cache.stats(opened.data.operatorId))
    },
    async clear(options = {}) {
      const opened = await ctx.workspace()
      if (!opened.ok) return opened
      await beforeClear()
      const { cache, operatorId } = opened.data
      cache.clear({ keepOutbox: options.keepOutbox ?? true })
      await cache.flush()
      await opened.data.pdfs.clear()
      ctx.events.emit('evt:cache-updated', { kind: 'accounts' })
      ctx.events.emit(
        'evt:outbox-changed',
        cache.outbox.list().filter((item) => item.kind === undefined)
      )
      await afterClear(opened.data)
      return ok(cache.stats(operatorId))
    },
    async export({ format }) {
      const before = await ctx.workspace()
      if (!before.ok) return before
      const now = ctx.now()
      const chosen = await chooseExportFile(exportFileName(format, now), format)
      if (!chosen.ok) return chosen
      const file = chosen.data
      // The cache as it is now: a lock and unlock while the dialog was open closed the one from before.
      const opened = await ctx.workspace()
      if (!opened.ok) return opened
      try {
        // Tracked, so quitting waits for it rather than leaving a partial file of personal data behind.
        const written = await ctx.track(writeExport(opened.data.cache, format, now, file))
        return ok({ format, fileName: basename(file), ...written })
      } catch (error) {
        // Only the code: the path names the user. Only a disk refusal is worded as one.
        if (isDiskError(error)) {
          const code = errnoCode(error)
          return fail(
            'internal',
            `The export could not be written (${code}). Choose another folder, or free some disk space, and try again.`,
            { reason: 'disk', errno: code }
          )
        }
        ctx.log(`cache.export failed: ${error instanceof Error ? error.name : typeof error}`)
        return fail(
          'internal',
          'The export failed while it read the cached accounts; nothing was saved. Try again; if it keeps happening, restart the app.',
          { reason: 'export' }
        )
      }
    }
  }
}
