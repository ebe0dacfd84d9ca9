// The whole application logic behind the contract (DESIGN.md §2): Electron-free, so the app, the
// tests, the benchmark and the browser test host all run this same object. Its dependencies come in
// as options: data folder, keychain, fetch, Truora's URLs, clock.
import type { Calls, Events } from '@shared/contract'
import type { LockReason } from '@shared/domain/session'
import { ok, type Result } from '@shared/result'
import { accountCreate } from '../accounts/create'
import { accountReads } from '../accounts/reads'
import { accountSearch } from '../accounts/search'
import { accountDuplicates } from '../accounts/duplicates'
import type { BackendContext } from './context'
import { createWorkspaceHost } from '../workspace/host'
import { cacheService, type ChooseExportFile } from '../cache/service'
import { PRODUCTION_ENDPOINTS, type Endpoints } from '../truora/endpoints'
import { createEventHub } from './event-hub'
import { guardCalls } from './call-boundary'
import { createKeychain } from '../operators/keychain'
import { operatorsService } from '../operators/operators-service'
import { profilesFile } from '../operators/profiles-file'
import { KEYCHAIN_SERVICE, type SecretStore } from '../operators/secret-store'
import { createRequestRegistry } from '../requests/registry'
import { createConnectivity } from '../sync/connectivity'
import { linksService } from '../links/service'
import { diagnosticsService } from '../diagnostics/service'
import { processLink } from '../accounts/process-link'
import { createMirror, type MirrorOptions } from '../sync/mirror'
import { createOutbox } from '../sync/outbox'
import { captureStores, onsiteService } from '../onsite/onsite-service'
import type { SenderOptions } from '../onsite/send-validation'
import { createTruoraClient } from '../truora/client'
import { defaultSleep } from '../truora/retry'
import { processPdfService } from '../accounts/process-pdf'
import type { RetryPolicy } from '../truora/types'
import { activityService } from '../activity/activity-service'
import { createActivityRecorder } from '../activity/activity-recorder'
import { recordingCalls } from '../activity/record-calls'
import { createRetention } from '../cache/retention'
import { outboxNotes } from '../operators/outbox-note'
import { DEFAULT_LOCK_AFTER_MINUTES } from '../operators/preferences-file'
import { preferencesService } from '../operators/preferences-service'
import { choosePassphrase } from '../session/migrate-legacy'
import { sessionService } from '../session/session-service'
import { createSessionState, lockedResult } from '../session/session-state'
import { unlockAttempts } from '../session/unlock-attempts'
import { DEFAULT_SCRYPT_COST, type ScryptCost } from '../session/vault-crypto'

export interface BackendOptions {
  dataDir: string
  secretStore: SecretStore
  fetch: typeof globalThis.fetch
  endpoints?: Endpoints
  now?: () => Date
  /** `Truora Account Lookup` packaged, `Truora Account Lookup Dev` in development. */
  keychainService?: string
  /** Receives redacted diagnostic lines; never personal data or keys. */
  log?: (line: string) => void
  /** Per-request timeout for Truora calls (default 15 s). */
  timeoutMs?: number
  retry?: Partial<RetryPolicy>
  /** How often to probe for the network's return while offline (default 3 s). */
  probeIntervalMs?: number
  /**
   * While online, probe after this long with no request answered, so a lost network shows within
   * seconds (default 3 s; 0 turns idle probes off, as tests that count requests do).
   */
  idleProbeMs?: number
  /** The platform's view of the network (in the app, Electron's `net.isOnline()`), polled each second. */
  platformOnline?: () => boolean
  /** Longest a cache write waits to be batched (default 250 ms). */
  writeDelayMs?: number
  /**
   * "Sync all accounts": accounts per page (default 100), pause between history requests (50 ms),
   * the walk's bounds (sync/walk-bounds.ts).
   */
  mirror?: Omit<MirrorOptions, 'sleep'>
  /**
   * Opens a link in the system browser (in the app, security.ts's guarded `shell.openExternal`). The
   * Backend lets only https links to Truora's hosts through; without this option `links.open` is refused.
   */
  openInBrowser?: (url: string) => Promise<Result<null>>
  /**
   * Asks the operator where to save a `cache.export` (in the app, a save dialog: save-dialog.ts);
   * undefined when they cancel. Without this option every export ends as cancelled.
   */
  chooseExportFile?: ChooseExportFile
  /** The app's version, for diagnostics (Electron's `app.getVersion()`). */
  appVersion?: string
  /** Opens the log folder in the system's file manager; without it `diagnostics.openLogs` is refused. */
  openLogsFolder?: () => Promise<Result<null>>
  /** Waits used by retries and the mirror's throttling; tests pass a quicker one. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Waits between checks while Truora makes a process PDF (default accounts/process-pdf.ts PDF_POLL_DELAYS_MS). */
  pdfPollDelaysMs?: readonly number[]
  /**
   * Opens a file with the system's viewer (in the app, shell.openPath); without it
   * `processes.openPdf` is refused.
   */
  openFile?: (path: string) => Promise<Result<null>>
  /**
   * scrypt's cost for passphrases wrapped from now on (default N = 2^17, r = 8, p = 1: README
   * "Security"). Each stored blob keeps its own, so a test's cheaper cost opens only its own blobs.
   */
  vaultCost?: ScryptCost
  /** How often the Backend looks at its clock for the idle lock and the daily retention (default 5 s). */
  tickMs?: number
  /** How an on-site validation's result is followed once its images are up (default 2 s doubling to 60 s). */
  onsite?: SenderOptions
}

export interface Backend extends Calls {
  events: Events
  /** Locks the session now (the OS locked the screen or is suspending: electron/power-lock.ts). */
  lock(reason: LockReason): Promise<void>
  /** Stops background work, flushes the cache and drops the keys; call before the process exits. */
  close(): Promise<void>
}

export function createBackend(options: BackendOptions): Backend {
  const now = options.now ?? (() => new Date())
  const log = options.log ?? (() => {})
  const endpoints = options.endpoints ?? PRODUCTION_ENDPOINTS
  const events = createEventHub((error) => log(`event listener failed: ${String(error)}`))
  const keychain = createKeychain(options.secretStore, options.keychainService ?? KEYCHAIN_SERVICE)
  const profiles = profilesFile(options.dataDir, now, log)
  const client = createTruoraClient({
    fetch: options.fetch,
    endpoints,
    log,
    // One clock for the Backend: a link's expiry is read against the same time as everything else.
    now,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.retry === undefined ? {} : { retry: options.retry }),
    ...(options.sleep === undefined ? {} : { sleep: options.sleep })
  })
  const connectivity = createConnectivity({
    fetch: options.fetch,
    probeUrl: `${endpoints.validations}/accounts?limit=1`,
    ...(options.probeIntervalMs === undefined ? {} : { probeIntervalMs: options.probeIntervalMs }),
    ...(options.idleProbeMs === undefined ? {} : { idleProbeMs: options.idleProbeMs }),
    ...(options.platformOnline === undefined ? {} : { platformOnline: options.platformOnline })
  })
  const session = createSessionState(now, DEFAULT_LOCK_AFTER_MINUTES * 60_000)
  const activity = createActivityRecorder({ dataDir: options.dataDir, now, log })
  const notes = outboxNotes(options.dataDir, now, log)
  const host = createWorkspaceHost({
    dataDir: options.dataDir,
    now,
    log,
    session,
    // A damaged cache file was moved aside: tell the operator and rebuild it from the network
    // (DESIGN.md §4). Offline, the mirror fails as offline and resumes when the network returns.
    onCorrupt(event) {
      events.emit('evt:cache-corrupt', event)
      void mirror.start()
    },
    // Whatever an earlier session left in this operator's outbox is sent as soon as it opens; the
    // operator's retention applies (DESIGN.md §4); the queued count is noted for when they are locked.
    onOpened(workspace) {
      void onsite.sweep(workspace).catch(() => log('onsite: the image sweep failed'))
      void outbox.drain()
      void retention.apply(workspace)
      void notes.write(workspace.operatorId, workspace.cache.outbox.list().length)
    },
    ...(options.writeDelayMs === undefined ? {} : { writeDelayMs: options.writeDelayMs })
  })

  const ctx: BackendContext = {
    dataDir: options.dataDir,
    endpoints,
    now,
    log,
    client,
    keychain,
    profiles,
    session,
    activity,
    outboxNotes: notes,
    vaultCost: options.vaultCost ?? DEFAULT_SCRYPT_COST,
    events,
    connectivity,
    requests: createRequestRegistry(),
    sleep: options.sleep ?? defaultSleep,
    ...host,
    async callContext(operatorId, signal) {
      // The key the unlock unwrapped, from the session's memory: only for the operator unlocked now. A
      // lock answers the next request `locked`, and the outbox keeps its item for after the unlock.
      const secrets = session.secretsOf(operatorId)
      if (secrets === undefined) return lockedResult()
      return ok(signal ? { apiKey: secrets.apiKey, signal } : { apiKey: secrets.apiKey })
    },
    async observed<T>(call: Promise<Result<T>>) {
      const result = await call
      connectivity.observe(result.ok ? { ok: true } : { ok: false, error: result.error })
      return result
    }
  }

  const captures = captureStores(ctx)
  const outbox = createOutbox(ctx, {
    captures,
    ...(options.onsite === undefined ? {} : { onsite: options.onsite })
  })
  const onsite = onsiteService(ctx, outbox, captures)
  const mirror = createMirror(ctx, {
    ...options.mirror,
    ...(options.sleep ? { sleep: options.sleep } : {})
  })
  const retention = createRetention(ctx, (workspace, cutoff) =>
    onsite.forgetCapturedBefore(workspace, cutoff)
  )
  // The count a removal must name while the operator is locked (operators/outbox-note.ts): creations and
  // on-site validations alike.
  events.on('evt:outbox-changed', () => {
    const workspace = host.currentWorkspace()
    if (workspace) void notes.write(workspace.operatorId, workspace.cache.outbox.list().length)
  })

  connectivity.onChange((state) => {
    events.emit('evt:connectivity', state)
    if (state === 'online') {
      void outbox.drain()
      mirror.resumeIfInterrupted()
    }
  })

  /** Before the session locks (and so before the operator changes): stop all work on their workspace. */
  async function leaveWorkspace(): Promise<void> {
    ctx.requests.cancelAll()
    outbox.pause()
    await mirror.stop()
    mirror.forget()
    // A creation or outbox send in flight finishes (and is queued or recorded) before the cache closes.
    await ctx.settled()
    await ctx.closeWorkspace()
  }

  const sessions = sessionService(ctx, {
    attempts: unlockAttempts(options.dataDir, now, log),
    leaveWorkspace,
    mirror
  })
  const reads = accountReads(ctx)
  const chooseFile = options.chooseExportFile ?? (async () => undefined)
  const pdfs = processPdfService(ctx, {
    chooseFile: (name) => chooseFile(name, 'pdf'),
    ...(options.pdfPollDelaysMs === undefined ? {} : { pollDelaysMs: options.pdfPollDelaysMs }),
    ...(options.openFile === undefined ? {} : { openFile: options.openFile })
  })
  // Files opened with the system viewer by an earlier run that stopped before cleaning up.
  void pdfs.cleanUp()
  // The idle lock and the daily retention follow the Backend's clock, looked at every few seconds.
  const tick = setInterval(() => {
    void sessions.lockIfIdle()
    void retention.applyIfDue()
  }, options.tickMs ?? 5_000)
  tick.unref?.()

  const calls: Calls = {
    operators: operatorsService(ctx, sessions),
    session: { ...sessions.calls, choosePassphrase: choosePassphrase(ctx, sessions) },
    preferences: preferencesService(ctx, retention),
    activity: activityService(ctx, options.chooseExportFile ?? (async () => undefined)),
    accounts: {
      get: reads.get,
      search: accountSearch(ctx),
      duplicates: accountDuplicates(ctx),
      validations: reads.validations,
      processes: reads.processes,
      create: accountCreate(ctx, outbox),
      processLink: processLink(ctx)
    },
    validations: { get: reads.validation },
    processes: {
      result: reads.processResult,
      pdf: pdfs.pdf,
      savePdf: pdfs.savePdf,
      openPdf: pdfs.openPdf
    },
    requests: {
      cancel: async (requestId) => ok(ctx.requests.cancel(requestId))
    },
    sync: {
      mirror: () => mirror.start(),
      cancel: () => mirror.cancel(),
      status: () => mirror.status()
    },
    outbox: {
      list: () => outbox.list(),
      retry: (id) => outbox.retry(id),
      discard: (id) => outbox.discard(id)
    },
    cache: cacheService(
      ctx,
      async () => {
        await mirror.stop()
        mirror.forget()
      },
      chooseFile,
      (workspace) => onsite.sweep(workspace)
    ),
    connectivity: {
      status: async () => ok(connectivity.state()),
      hint: async (state) => {
        connectivity.hint(state)
        return ok(connectivity.state())
      }
    },
    diagnostics: diagnosticsService(ctx, {
      ...(options.appVersion === undefined ? {} : { appVersion: options.appVersion }),
      ...(options.openLogsFolder === undefined ? {} : { openLogsFolder: options.openLogsFolder })
    }),
    links: linksService(options.openInBrowser),
    onsite: onsite.calls
  }

  return {
    ...guardCalls(recordingCalls(calls, activity, log), log, (entry) => sessions.gate(entry)),
    events: { on: (event, listener) => events.on(event, listener) },
    lock: (reason) => sessions.lock(reason),
    async close() {
      clearInterval(tick)
      connectivity.stop()
      outbox.stop()
      ctx.requests.cancelAll()
      await mirror.stop()
      await ctx.settled()
      const open = host.currentWorkspace()
      await host.shutdown()
      await pdfs.cleanUp()
      if (open) await notes.write(open.operatorId, open.cache.outbox.list().length)
      await activity.record({ action: 'lock', detail: { reason: 'quit' } })
      await activity.close()
      session.end('quit')
    }
  }
}
