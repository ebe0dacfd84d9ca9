// `diagnostics.*`: what an operator can hand to support (docs/architecture.md §6 "Logs and
// diagnostics"). Versions and counts only: no name, document, account ID, path or key, so it can be
// pasted into an e-mail as it is.
import { arch, platform, release } from 'node:os'
import type { Calls } from '@shared/contract'
import type { Diagnostics } from '@shared/domain/diagnostics'
import { fail, ok, type Result } from '@shared/result'
import type { BackendContext } from '../backend/context'

export interface DiagnosticsOptions {
  /** The app's version (Electron's `app.getVersion()`); "development" when not given. */
  appVersion?: string
  /** Opens the log folder in the file manager (in the app, `shell.openPath`). */
  openLogsFolder?: () => Promise<Result<null>>
}

export function diagnosticsService(ctx: BackendContext, options: DiagnosticsOptions): Calls['diagnostics'] {
  return {
    async report() {
      const { operators } = await ctx.profiles.read()
      const workspace = ctx.currentWorkspace()
      const stats = workspace?.cache.stats(workspace.operatorId)
      const { node, v8, electron, chrome } = process.versions
      const report: Diagnostics = {
        generatedAt: ctx.now().toISOString(),
        app: { version: options.appVersion ?? 'development' },
        runtime: { node, v8, ...(electron ? { electron } : {}), ...(chrome ? { chrome } : {}) },
        os: { platform: platform(), release: release(), arch: arch() },
        operators: operators.length,
        connectivity: ctx.connectivity.state(),
        ...(stats
          ? {
              cache: {
                accounts: stats.accounts,
                validations: stats.validations,
                processes: stats.processes,
                outbox: stats.outbox,
                bytes: stats.bytes,
                ...(stats.lastSyncedAt === undefined ? {} : { lastSyncedAt: stats.lastSyncedAt })
              }
            }
          : {})
      }
      return ok(report)
    },
    async openLogs() {
      if (!options.openLogsFolder) return fail('forbidden', 'This build keeps no log files.')
      return options.openLogsFolder()
    }
  }
}
