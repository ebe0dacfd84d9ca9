// The pieces every domain's calls are written with (DESIGN.md §3): the shape of a call, and the row of
// the channel table that main checks each payload against before anything else runs.
import { z } from 'zod'
import type { Result } from '../result'
import { requestOptionsSchema } from '../schemas'

/** A call takes plain data and resolves to a Result; none throws. */
export type Call<Args extends unknown[], T> = (...args: Args) => Promise<Result<T>>

/**
 * Bytes a call may carry besides plain data (backend/payload-guard.ts): Uint8Arrays only, each at most
 * `maxBytes`, at most `maxCount` of them. Only the capture of on-site validation images takes any.
 */
export interface BinaryAllowance {
  maxBytes: number
  maxCount: number
}

/**
 * One row per call: its channel name (`domain:verb`), the schema of its argument list, and whether it
 * works while the session is locked. main parses every payload with it before anything else runs
 * (DESIGN.md §3 "every payload is unknown"); a row without `whileLocked` answers `locked` while the
 * session is locked, so a new call is closed to the lock screen unless it says otherwise.
 */
export interface ChannelRow {
  channel: string
  args: z.ZodType
  whileLocked?: true
  binary?: BinaryAllowance
}

/** A row for every call of `C`, and none more (each domain's table `satisfies` it). */
export type ChannelTable<C> = { [D in keyof C]: { [M in keyof C[D]]: ChannelRow } }

export const none = z.tuple([])
export const id = (schema: z.ZodType) => z.tuple([schema])
export const idWithOptions = (schema: z.ZodType) => z.tuple([schema, requestOptionsSchema.optional()])
/** The lock screen's calls: they touch no operator's data and use no key (DESIGN.md §6 "Session lock"). */
export const atLockScreen = { whileLocked: true } as const
