// `cache.*`: what the operator's cache holds, clearing it (the outbox kept unless asked), exporting it.
import type { Calls } from '@shared/contract'
import { ok } from '@shared/result'
import type { BackendContext } from './backend-context'
import { exportCache } from './cache-export'

export function cacheService(ctx: BackendContext, beforeClear: () => Promise<void>): Calls['cache'] {
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
      ctx.events.emit('evt:cache-updated', { kind: 'accounts' })
      ctx.events.emit('evt:outbox-changed', cache.outbox.list())
      return ok(cache.stats(operatorId))
    },
    async export(options) {
      const opened = await ctx.workspace()
      if (!opened.ok) return opened
      return ok(exportCache(opened.data.cache, options.format, ctx.now()))
    }
  }
}
