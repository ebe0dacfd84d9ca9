// Which contract calls the activity log records, in one table (DESIGN.md §4 "an activity log per
// operator"): an account opened, created or queued, a link created, a PDF saved, an export, a cleared
// cache. Each is recorded once it has succeeded, with what it did; the session and operator changes
// (unlock, lock, removal, a new passphrase) are recorded where they happen, since they change whose
// log is open.
import type { Calls } from '@shared/contract'
import type { CacheExport, CacheStats } from '@shared/domain/cache'
import type { CreateOutcome } from '@shared/domain/outbox'
import type { ProcessLink } from '@shared/domain/processes'
import type { OnsiteValidation } from '@shared/onsite'
import type { Result } from '@shared/result'
import type { ActivityRecorder } from './activity-recorder'

type AnyCall = (...args: unknown[]) => Promise<Result<unknown>>

type Recorder = (activity: ActivityRecorder, args: unknown[], data: unknown) => Promise<void>

const RECORDED: Partial<Record<string, Partial<Record<string, Recorder>>>> = {
  accounts: {
    get: (activity, args) => activity.accountOpened(String(args[0])),
    create: (activity, _args, data) => {
      const outcome = data as CreateOutcome
      return outcome.status === 'created'
        ? activity.record({ action: 'account_created', accountId: outcome.account.account_id })
        : activity.record({
            action: 'account_queued',
            ...(outcome.item.input.account_id === undefined
              ? {}
              : { accountId: outcome.item.input.account_id })
          })
    },
    processLink: (activity, _args, data) => {
      const link = data as ProcessLink
      return activity.record({
        action: 'link_created',
        accountId: link.accountId,
        detail: { flowId: link.flowId }
      })
    }
  },
  onsite: {
    // The person's consent, recorded with the capture it allowed (sent as `user_authorized=true`).
    capture: (activity, _args, data) => {
      const queued = data as OnsiteValidation
      return activity.record({
        action: 'validation_captured',
        ...(queued.accountId === undefined ? {} : { accountId: queued.accountId }),
        detail: { type: queued.type, images: queued.sides.length, consentAt: queued.consentAt }
      })
    }
  },
  processes: {
    // A PDF written where the operator chose leaves the sealed cache, as an export does.
    savePdf: (activity, args) =>
      activity.record({ action: 'pdf_saved', detail: { processId: String(args[0]) } })
  },
  cache: {
    export: (activity, _args, data) => {
      const written = data as CacheExport
      return activity.record({
        action: 'export',
        detail: { format: written.format, accounts: written.accounts }
      })
    },
    clear: (activity, args, data) => {
      const keepOutbox = (args[0] as { keepOutbox?: boolean } | undefined)?.keepOutbox ?? true
      return activity.record({
        action: 'cache_cleared',
        detail: { keepOutbox, outbox: (data as CacheStats).outbox }
      })
    }
  }
}

/** The same calls, each recording its success in the activity log (after it resolved, never failing it). */
export function recordingCalls(calls: Calls, activity: ActivityRecorder, log: (line: string) => void): Calls {
  const wrapped: Record<string, Record<string, AnyCall>> = {}
  for (const [domain, methods] of Object.entries(
    calls as unknown as Record<string, Record<string, AnyCall>>
  )) {
    wrapped[domain] = { ...methods }
    for (const [method, record] of Object.entries(RECORDED[domain] ?? {})) {
      const impl = methods[method]
      if (!impl || !record) continue
      wrapped[domain][method] = async (...args: unknown[]) => {
        const result = await impl(...args)
        if (result.ok) {
          await record(activity, args, result.data).catch((error: unknown) =>
            log(
              `activity: could not record ${domain}.${method} (${error instanceof Error ? error.name : 'error'})`
            )
          )
        }
        return result
      }
    }
  }
  return wrapped as unknown as Calls
}
