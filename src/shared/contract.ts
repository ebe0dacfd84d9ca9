// The single source of truth for what crosses IPC (DESIGN.md §2-3): the `Api` every process agrees on,
// the channel of each call, the schema its arguments must pass in main, and the events main pushes.
// The preload, ipc.ts and the browser test host are all built from these tables (the names alone are in
// channels.ts, for the preload), so a call cannot exist in one place and not the others.
import { z } from 'zod'
import { CHANNEL_NAMES } from './channels'
import type { Result } from './result'
import {
  IMAGE_MAX_BYTES,
  MAX_IMAGES,
  onsiteCaptureSchema,
  type OnsiteCaptureInput,
  type OnsiteValidation
} from './onsite'
import type { ActivityExport, ActivityPage } from './domain/activity'
import type { CacheCorrupt, CacheExport, CacheStats, CacheUpdated } from './domain/cache'
import type { Diagnostics } from './domain/diagnostics'
import type { Cached } from './domain/freshness'
import type { Operator, OperatorAdded, OperatorCheck, OperatorList } from './domain/operators'
import type { CreateOutcome, OutboxItem, OutboxSent } from './domain/outbox'
import type { OperatorPreferences } from './domain/preferences'
import type { PdfProgress, ProcessPdf, SavedFile, ProcessLink } from './domain/processes'
import type { DuplicateMatch, SearchPage, SearchQuery } from './domain/search'
import type { SessionStatus } from './domain/session'
import type { ConnectivityState, SyncStatus } from './domain/sync'
import type { Account, IdentityProcess, ProcessResult, Validation } from './domain/truora-records'
import {
  accountCreateSchema,
  accountIdSchema,
  activityQuerySchema,
  cacheClearSchema,
  cacheExportSchema,
  choosePassphraseSchema,
  connectivityHintSchema,
  duplicateQuerySchema,
  operatorAddSchema,
  operatorIdSchema,
  operatorRemoveSchema,
  outboxIdSchema,
  preferencesUpdateSchema,
  processLinkSchema,
  requestOptionsSchema,
  searchQuerySchema,
  truoraIdSchema,
  unlockSchema,
  type AccountCreateInput,
  type ActivityQuery,
  type ChoosePassphraseInput,
  type ConnectivityHint,
  type DuplicateQuery,
  type OperatorAddInput,
  type OperatorRemoveInput,
  type PreferencesUpdate,
  type ProcessLinkInput,
  type RequestOptions,
  type UnlockInput
} from './schemas'

type Call<Args extends unknown[], T> = (...args: Args) => Promise<Result<T>>

/** Every call the renderer can make. Each takes plain data and resolves to a Result; none throws. */
export interface Calls {
  operators: {
    /** While locked, names only (the lock screen's list). */
    list: Call<[], OperatorList>
    /**
     * Adds an operator whose secrets are wrapped by `input.passphrase`. Added while the session is
     * locked (the first operator, or a new one at the lock screen), it is unlocked as them.
     */
    add: Call<[input: OperatorAddInput], OperatorAdded>
    /** What the operator's keychain entries allow now, and how many queued creations removal would lose. */
    check: Call<[id: string], OperatorCheck>
    /**
     * Refused with `conflict` (`details.reason: 'queued_creations'`, `details.queued`) while creations
     * are queued and `confirm.queuedLost` does not name exactly that number. Works while locked: it is
     * the only way back from a forgotten passphrase.
     */
    remove: Call<[id: string, confirm?: OperatorRemoveInput], null>
    active: Call<[], Operator | null>
  }
  session: {
    status: Call<[], SessionStatus>
    /**
     * Unlocks `operatorId` (locking whoever was unlocked first). `wrong_passphrase` with
     * `details.failures` and `details.waitMs`; while a wait runs, `rate_limited` with
     * `details.reason: 'unlock_wait'` and `details.retryAt`, without trying the passphrase.
     */
    unlock: Call<[input: UnlockInput], SessionStatus>
    lock: Call<[], SessionStatus>
    /** The renderer saw the operator use the app: the idle time starts again (unless already past). */
    reportActivity: Call<[], SessionStatus>
    /**
     * An operator made before passphrases chooses one: their raw keychain entries are wrapped, then
     * deleted, and they are unlocked.
     */
    choosePassphrase: Call<[input: ChoosePassphraseInput], SessionStatus>
  }
  preferences: {
    /** The unlocked operator's idle lock and retention. */
    get: Call<[], OperatorPreferences>
    update: Call<[changes: PreferencesUpdate], OperatorPreferences>
  }
  activity: {
    /** The unlocked operator's activity log, newest first. */
    list: Call<[query?: ActivityQuery], ActivityPage>
    /** Saves the log as CSV where the operator chooses (a save dialog). */
    export: Call<[], ActivityExport>
  }
  accounts: {
    get: Call<[id: string, options?: RequestOptions], Cached<Account>>
    search: Call<[query: SearchQuery], SearchPage>
    create: Call<[input: AccountCreateInput], CreateOutcome>
    /**
     * Cached accounts and queued creations with the same document number (normalized), phone (E.164,
     * read with the country) or e-mail (case-folded) as the create form's input, at most 20.
     */
    duplicates: Call<[input: DuplicateQuery], DuplicateMatch[]>
    validations: Call<[accountId: string, options?: RequestOptions], Cached<Validation[]>>
    processes: Call<[accountId: string, options?: RequestOptions], Cached<IdentityProcess[]>>
    processLink: Call<[input: ProcessLinkInput], ProcessLink>
  }
  validations: {
    get: Call<[validationId: string, options?: RequestOptions], Cached<Validation>>
  }
  processes: {
    result: Call<[processId: string, options?: RequestOptions], Cached<ProcessResult>>
    /**
     * The process PDF: the one kept in the cache (offline too), or made by Truora now — polled with
     * `evt:pdf-progress`, fetched, kept sealed. `refresh` asks Truora again. Only completed processes:
     * a pending one is `conflict` with `details.reason: 'process_not_completed'`.
     */
    pdf: Call<[processId: string, options?: RequestOptions], ProcessPdf>
    /** Writes the kept PDF where the operator chooses in the save dialog; `cancelled` if they do not. */
    savePdf: Call<[processId: string], SavedFile>
    /** Opens the kept PDF in the system's PDF viewer. */
    openPdf: Call<[processId: string], null>
  }
  requests: {
    /** Cancels a read started with this `requestId`; resolves `true` if one was running. */
    cancel: Call<[requestId: string], boolean>
  }
  sync: {
    mirror: Call<[], SyncStatus>
    cancel: Call<[], SyncStatus>
    status: Call<[], SyncStatus>
  }
  outbox: {
    list: Call<[], OutboxItem[]>
    retry: Call<[id: string], OutboxItem[]>
    discard: Call<[id: string], OutboxItem[]>
  }
  cache: {
    stats: Call<[], CacheStats>
    clear: Call<[options?: { keepOutbox?: boolean }], CacheStats>
    export: Call<[options: { format: 'csv' | 'json' }], CacheExport>
  }
  connectivity: {
    status: Call<[], ConnectivityState>
    /**
     * The renderer's `online`/`offline` events as a hint (DESIGN.md §5): "offline" is believed at
     * once, "online" is checked with a keyless probe. Resolves with the state main holds now.
     */
    hint: Call<[state: ConnectivityHint], ConnectivityState>
  }
  diagnostics: {
    /** What support needs to know about this installation: versions and counts, never personal data or a key. */
    report: Call<[], Diagnostics>
    /** Opens the folder of the app's log files in the system's file manager. */
    openLogs: Call<[], null>
  }
  links: {
    /** Opens an https link to Truora (the identity-process link) in the system browser. */
    open: Call<[url: string], null>
  }
  onsite: {
    /**
     * The person's consent and the images captured on the laptop for a document or face validation:
     * the images are sealed into the operator's cache and the validation queued in the outbox before
     * this resolves; it is sent at once when online (after its account's creation, if that is queued).
     */
    capture: Call<[input: OnsiteCaptureInput], OnsiteValidation>
    /** The on-site validations not finished yet, of one account or all. */
    list: Call<[accountId?: string], OnsiteValidation[]>
    /** Sends a failed one again (a new validation at Truora if its links expired). */
    retry: Call<[id: string], OnsiteValidation[]>
    /** Gives one up: its images are deleted from the laptop. */
    discard: Call<[id: string], OnsiteValidation[]>
  }
}

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
// The names live in channels.ts so the preload can import them without the schemas.
export { EVENT_NAMES } from './channels'

export type Unsubscribe = () => void
export interface Events {
  /** Subscribes to one event; the listener gets the payload only (never the IPC event). */
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): Unsubscribe
}

/** `window.api`: the calls plus event subscription. */
export type Api = Calls & { events: Events }

const none = z.tuple([])
const id = (schema: z.ZodType) => z.tuple([schema])
const idWithOptions = (schema: z.ZodType) => z.tuple([schema, requestOptionsSchema.optional()])
/** The lock screen's calls: they touch no operator's data and use no key (DESIGN.md §6 "Session lock"). */
const atLockScreen = { whileLocked: true } as const

/**
 * Bytes a call may carry besides plain data (backend/payload-guard.ts): Uint8Arrays only, each at most
 * `maxBytes`, at most `maxCount` of them. Only the capture of on-site validation images takes any.
 */
export interface BinaryAllowance {
  maxBytes: number
  maxCount: number
}
type Row = { channel: string; args: z.ZodType; whileLocked?: true; binary?: BinaryAllowance }

/**
 * One row per call: its channel name (`domain:verb`), the schema of its argument list, and whether it
 * works while the session is locked. main parses every payload with it before anything else runs
 * (DESIGN.md §3 "every payload is unknown"); a row without `whileLocked` answers `locked` while the
 * session is locked, so a new call is closed to the lock screen unless it says otherwise.
 */
const CHANNELS = {
  operators: {
    list: { channel: CHANNEL_NAMES.operators.list, args: none, ...atLockScreen },
    add: { channel: CHANNEL_NAMES.operators.add, args: id(operatorAddSchema), ...atLockScreen },
    check: { channel: CHANNEL_NAMES.operators.check, args: id(operatorIdSchema), ...atLockScreen },
    remove: {
      channel: CHANNEL_NAMES.operators.remove,
      args: z.tuple([operatorIdSchema, operatorRemoveSchema.optional()]),
      ...atLockScreen
    },
    active: { channel: CHANNEL_NAMES.operators.active, args: none }
  },
  session: {
    status: { channel: CHANNEL_NAMES.session.status, args: none, ...atLockScreen },
    unlock: { channel: CHANNEL_NAMES.session.unlock, args: id(unlockSchema), ...atLockScreen },
    lock: { channel: CHANNEL_NAMES.session.lock, args: none, ...atLockScreen },
    reportActivity: { channel: CHANNEL_NAMES.session.reportActivity, args: none, ...atLockScreen },
    choosePassphrase: {
      channel: CHANNEL_NAMES.session.choosePassphrase,
      args: id(choosePassphraseSchema),
      ...atLockScreen
    }
  },
  preferences: {
    get: { channel: CHANNEL_NAMES.preferences.get, args: none },
    update: { channel: CHANNEL_NAMES.preferences.update, args: id(preferencesUpdateSchema) }
  },
  activity: {
    list: { channel: CHANNEL_NAMES.activity.list, args: z.tuple([activityQuerySchema.optional()]) },
    export: { channel: CHANNEL_NAMES.activity.export, args: none }
  },
  accounts: {
    get: { channel: CHANNEL_NAMES.accounts.get, args: idWithOptions(accountIdSchema) },
    search: { channel: CHANNEL_NAMES.accounts.search, args: id(searchQuerySchema) },
    create: { channel: CHANNEL_NAMES.accounts.create, args: id(accountCreateSchema) },
    duplicates: { channel: CHANNEL_NAMES.accounts.duplicates, args: id(duplicateQuerySchema) },
    validations: { channel: CHANNEL_NAMES.accounts.validations, args: idWithOptions(accountIdSchema) },
    processes: { channel: CHANNEL_NAMES.accounts.processes, args: idWithOptions(accountIdSchema) },
    processLink: { channel: CHANNEL_NAMES.accounts.processLink, args: id(processLinkSchema) }
  },
  validations: {
    get: { channel: CHANNEL_NAMES.validations.get, args: idWithOptions(truoraIdSchema) }
  },
  processes: {
    result: { channel: CHANNEL_NAMES.processes.result, args: idWithOptions(truoraIdSchema) },
    pdf: { channel: CHANNEL_NAMES.processes.pdf, args: idWithOptions(truoraIdSchema) },
    savePdf: { channel: CHANNEL_NAMES.processes.savePdf, args: id(truoraIdSchema) },
    openPdf: { channel: CHANNEL_NAMES.processes.openPdf, args: id(truoraIdSchema) }
  },
  requests: {
    cancel: { channel: CHANNEL_NAMES.requests.cancel, args: id(z.string().max(64)) }
  },
  sync: {
    mirror: { channel: CHANNEL_NAMES.sync.mirror, args: none },
    cancel: { channel: CHANNEL_NAMES.sync.cancel, args: none },
    status: { channel: CHANNEL_NAMES.sync.status, args: none }
  },
  outbox: {
    list: { channel: CHANNEL_NAMES.outbox.list, args: none },
    retry: { channel: CHANNEL_NAMES.outbox.retry, args: id(outboxIdSchema) },
    discard: { channel: CHANNEL_NAMES.outbox.discard, args: id(outboxIdSchema) }
  },
  cache: {
    stats: { channel: CHANNEL_NAMES.cache.stats, args: none },
    clear: { channel: CHANNEL_NAMES.cache.clear, args: z.tuple([cacheClearSchema.optional()]) },
    export: { channel: CHANNEL_NAMES.cache.export, args: id(cacheExportSchema) }
  },
  connectivity: {
    status: { channel: CHANNEL_NAMES.connectivity.status, args: none, ...atLockScreen },
    // The platform's online/offline hints: the lock screen's window sends them too.
    hint: { channel: CHANNEL_NAMES.connectivity.hint, args: id(connectivityHintSchema), ...atLockScreen }
  },
  diagnostics: {
    report: { channel: CHANNEL_NAMES.diagnostics.report, args: none },
    openLogs: { channel: CHANNEL_NAMES.diagnostics.openLogs, args: none }
  },
  links: {
    open: { channel: CHANNEL_NAMES.links.open, args: id(z.url().max(8192)) }
  },
  onsite: {
    capture: {
      channel: CHANNEL_NAMES.onsite.capture,
      args: id(onsiteCaptureSchema),
      binary: { maxBytes: IMAGE_MAX_BYTES, maxCount: MAX_IMAGES }
    },
    list: { channel: CHANNEL_NAMES.onsite.list, args: z.tuple([accountIdSchema.optional()]) },
    retry: { channel: CHANNEL_NAMES.onsite.retry, args: id(outboxIdSchema) },
    discard: { channel: CHANNEL_NAMES.onsite.discard, args: id(outboxIdSchema) }
  }
} as const satisfies { [D in keyof Calls]: { [M in keyof Calls[D]]: Row } }

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
    Object.entries(methods as Record<string, Row>).map(([method, entry]) => ({
      domain: domain as Domain,
      method,
      channel: entry.channel,
      args: entry.args,
      whileLocked: entry.whileLocked === true,
      ...(entry.binary ? { binary: entry.binary } : {})
    }))
  )
}
