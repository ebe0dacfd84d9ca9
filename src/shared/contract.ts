// The single source of truth for what crosses IPC (DESIGN.md §2-3): the `Api` every process agrees on,
// the channel of each call, the schema its arguments must pass in main, and the events main pushes.
// The preload, ipc.ts and the browser test host are all built from these tables (the names alone are in
// channels.ts, for the preload), so a call cannot exist in one place and not the others. Each domain's
// calls and channel rows are written side by side in calls/; this file composes them.
import type { z } from 'zod'
import type { CacheCorrupt, CacheUpdated } from './domain/cache'
import type { Operator } from './domain/operators'
import type { OutboxSent, OutboxItem } from './domain/outbox'
import type { PdfProgress } from './domain/processes'
import type { SessionStatus } from './domain/session'
import type { ConnectivityState, SyncStatus } from './domain/sync'
import type { OnsiteValidation } from './onsite'
import { ACCOUNT_CHANNELS, type AccountCalls } from './calls/account-calls'
import type { BinaryAllowance, ChannelRow, ChannelTable } from './calls/channel-row'
import { ONSITE_CHANNELS, type OnsiteCalls } from './calls/onsite-calls'
import { OPERATOR_CHANNELS, type OperatorCalls } from './calls/operator-calls'
import { SYNC_CHANNELS, type SyncCalls } from './calls/sync-calls'
import { SYSTEM_CHANNELS, type SystemCalls } from './calls/system-calls'

/** Every call the renderer can make. Each takes plain data and resolves to a Result; none throws. */
export interface Calls extends OperatorCalls, AccountCalls, SyncCalls, SystemCalls, OnsiteCalls {}

/** What main pushes to the renderer (`evt:domain-what`). */
export interface ApiEvents {
  'evt:sync-progress': SyncStatus
  'evt:connectivity': ConnectivityState
  'evt:cache-updated': CacheUpdated
  'evt:cache-corrupt': CacheCorrupt
  'evt:outbox-changed': OutboxItem[]
  'evt:outbox-sent': OutboxSent
  'evt:operator-changed': Operator | null
  'evt:pdf-progress': PdfProgress
  'evt:session-changed': SessionStatus
  /** Every on-site validation not finished yet, after any of them changed. */
  'evt:onsite-changed': OnsiteValidation[]
}
export type EventName = keyof ApiEvents

export type Unsubscribe = () => void
export interface Events {
  /** Subscribes to one event; the listener gets the payload only (never the IPC event). */
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): Unsubscribe
}

/** `window.api`: the calls plus event subscription. */
export type Api = Calls & { events: Events }

/** Every domain's rows in one table; the `satisfies` makes a call without a row a type error. */
const CHANNELS = {
  ...OPERATOR_CHANNELS,
  ...ACCOUNT_CHANNELS,
  ...SYNC_CHANNELS,
  ...SYSTEM_CHANNELS,
  ...ONSITE_CHANNELS
} as const satisfies ChannelTable<Calls>

type Domain = keyof Calls
export interface ChannelEntry {
  domain: Domain
  method: string
  channel: string
  args: z.ZodType
  /** True for the lock screen's calls; every other call answers `locked` while the session is locked. */
  whileLocked: boolean
  /** The bytes the call may carry; undefined for every call but one (payload-guard.ts). */
  binary?: BinaryAllowance
}

/** The channel table flattened, for code that registers or builds one function per channel. */
export function channelEntries(): ChannelEntry[] {
  return Object.entries(CHANNELS).flatMap(([domain, methods]) =>
    Object.entries(methods as Record<string, ChannelRow>).map(([method, entry]) => ({
      domain: domain as Domain,
      method,
      channel: entry.channel,
      args: entry.args,
      whileLocked: entry.whileLocked === true,
      ...(entry.binary ? { binary: entry.binary } : {})
    }))
  )
}
