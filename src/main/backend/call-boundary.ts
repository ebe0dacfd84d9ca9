// The one validation boundary (docs/architecture.md §2): every Backend call — from IPC, the browser
// host, the benchmark or a test — passes through here. Its arguments get a structural check
// (payload-guard.ts), are parsed with the contract's schema (the same one the renderer's forms use),
// and anything thrown becomes a Result, so no caller ever sees an exception or an unparsed payload.
import { channelEntries, type Calls } from '@shared/contract'
import { issuesOf } from '@shared/schemas'
import { fail, type Result } from '@shared/result'
import { checkPayload } from './payload-guard'
import { KeychainError } from '../operators/keychain'
import { redact } from '../truora/redact'

type AnyCall = (...args: unknown[]) => Promise<Result<unknown>>

export function guardCalls(calls: Calls, log: (line: string) => void): Calls {
  const guarded: Record<string, Record<string, AnyCall>> = {}
  for (const { domain, method, channel, args: schema } of channelEntries()) {
    const impl = (calls[domain] as unknown as Record<string, AnyCall>)[method]
    if (!impl) throw new Error(`The Backend has no implementation for ${channel}`)
    guarded[domain] ??= {}
    guarded[domain][method] = async (...args: unknown[]) => {
      // The schemas alone are not enough: a Date, Map or class instance is an object with no unknown
      // keys, so `cache.clear(new Date())` would pass `cacheClearSchema` and clear the cache.
      const sane = checkPayload(args)
      if (!sane.ok) return sane
      // Trailing `undefined`s are what an omitted optional argument looks like after IPC.
      while (args.length > 0 && args[args.length - 1] === undefined) args.pop()
      const parsed = schema.safeParse(args)
      if (!parsed.success) {
        return fail('invalid_input', 'Some of the data sent is not valid.', {
          issues: issuesOf(parsed.error)
        })
      }
      try {
        return await impl(...(parsed.data as unknown[]))
      } catch (error) {
        if (error instanceof KeychainError) return { ok: false, error: error.appError }
        log(
          `${channel} failed: ${redact(error instanceof Error ? (error.stack ?? error.message) : String(error))}`
        )
        return fail(
          'internal',
          'Something went wrong inside the app. Try again; if it keeps happening, restart it.'
        )
      }
    }
  }
  return guarded as unknown as Calls
}
