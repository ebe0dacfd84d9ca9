// The whole application logic behind the contract (DESIGN.md §2): Electron-free, so the app, the
// tests, the benchmark and the browser test host all run this same object. Its dependencies come in
// as options: data folder, keychain, fetch, Truora's URLs, clock.
import type { Calls, Events } from '@shared/contract'
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
import { createTruoraClient } from '../truora/client'
import { defaultSleep } from '../truora/retry'
import { processPdfService } from '../accounts/process-pdf'
import type { RetryPolicy } from '../truora/types'

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
}

export interface Backend extends Calls {
  events: Events
  /** Stops background work and flushes the cache; call before the process exits. */
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
  const host = createWorkspaceHost({
    dataDir: options.dataDir,
    now,
    keychain,
    profiles,
    // A damaged cache file was moved aside: tell the operator and rebuild it from the network
    // (DESIGN.md §4). Offline, the mirror fails as offline and resumes when the network returns.
    onCorrupt(event) {
      events.emit('evt:cache-corrupt', event)
      void mirror.start()
    },
    // Whatever an earlier session left in this operator's outbox is sent as soon as it opens.
    onOpened() {
      void outbox.drain()
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
    events,
    connectivity,
    requests: createRequestRegistry(),
    sleep: options.sleep ?? defaultSleep,
    ...host,
    async callContext(operatorId, signal) {
      // Read from the keychain for this request only: the key is never kept in memory longer (a mirror
      // reuses one read for up to 30 s: sync/reused-call-context.ts).
      // A key that cannot be read now throws a KeychainError saying why (locked, missing…): a locked
      // keychain is never reported as a lost key, and the outbox keeps its item for a later try.
      const apiKey = await keychain.apiKey(operatorId)
      return ok(signal ? { apiKey, signal } : { apiKey })
    },
    async observed<T>(call: Promise<Result<T>>) {
      const result = await call
      connectivity.observe(result.ok ? { ok: true } : { ok: false, error: result.error })
      return result
    }
  }

  const outbox = createOutbox(ctx)
  const mirror = createMirror(ctx, {
    ...options.mirror,
    ...(options.sleep ? { sleep: options.sleep } : {})
  })

  connectivity.onChange((state) => {
    events.emit('evt:connectivity', state)
    if (state === 'online') {
      void outbox.drain()
      mirror.resumeIfInterrupted()
    }
  })

  /** Before the active operator changes: stop everything that works on their workspace. */
  async function leaveWorkspace(): Promise<void> {
    ctx.requests.cancelAll()
    outbox.pause()
    await mirror.stop()
    mirror.forget()
    // A creation or outbox send in flight finishes (and is queued or recorded) before the cache closes.
    await ctx.settled()
    await ctx.closeWorkspace()
  }

  const operators = operatorsService(ctx, leaveWorkspace)
  const reads = accountReads(ctx)
  const chooseFile = options.chooseExportFile ?? (async () => undefined)
  const pdfs = processPdfService(ctx, {
    chooseFile: (name) => chooseFile(name, 'pdf'),
    ...(options.pdfPollDelaysMs === undefined ? {} : { pollDelaysMs: options.pdfPollDelaysMs }),
    ...(options.openFile === undefined ? {} : { openFile: options.openFile })
  })
  // Files opened with the system viewer by an earlier run that stopped before cleaning up.
  void pdfs.cleanUp()

  const calls: Calls = {
    operators,
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
      chooseFile
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
    links: linksService(options.openInBrowser)
  }

  return {
    ...guardCalls(calls, log),
    events: { on: (event, listener) => events.on(event, listener) },
    async close() {
      connectivity.stop()
      outbox.stop()
      ctx.requests.cancelAll()
      await mirror.stop()
      await ctx.settled()
      await host.shutdown()
      await pdfs.cleanUp()
    }
  }
}
