// The one validation boundary (docs/architecture.md §2): every Backend call — from IPC, the browser
// host, the benchmark or a test — passes through here. First the session's gate: while nobody is
// unlocked only the lock screen's calls (the channel table's `whileLocked`) run, every other one answers
// `locked` before its payload is even looked at (DESIGN.md §6 "Session lock"). Then its arguments get a
// structural check (payload-guard.ts), are parsed with the contract's schema (the same one the
// renderer's forms use), and anything thrown becomes a Result, so no caller ever sees an exception or
// an unparsed payload.
import { channelEntries, type ChannelEntry, type Calls } from '@shared/contract'
import { issuesOf } from '@shared/schemas'
import { fail, type Result } from '@shared/result'
import { checkPayload } from './payload-guard'
import { KeychainError } from '../operators/keychain'
import { redact } from '../truora/redact'

type AnyCall = (...args: unknown[]) => Promise<Result<unknown>>

/** What to answer instead of running the call now (`locked`), or undefined to go on. */
export type CallGate = (entry: ChannelEntry) => Promise<Result<never> | undefined>

export function guardCalls(calls: Calls, log: (line: string) => void, gate: CallGate): Calls {
  const guarded: Record<string, Record<string, AnyCall>> = {}
  for (const entry of channelEntries()) {
    const { domain, method, channel, args: schema } = entry
    const impl = (calls[domain] as unknown as Record<string, AnyCall>)[method]
    if (!impl) throw new Error(`The Backend has no implementation for ${channel}`)
    guarded[domain] ??= {}
    guarded[domain][method] = async (...args: unknown[]) => {
      const closed = await gate(entry).catch((error: unknown) => {
        log(
          `${channel}: the session gate failed: ${redact(error instanceof Error ? error.name : String(error))}`
        )
        return fail(
          'internal',
          'Something went wrong inside the app. Try again; if it keeps happening, restart it.'
        )
      })
      if (closed) return closed
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
