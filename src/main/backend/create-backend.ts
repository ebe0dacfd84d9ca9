// The whole application logic behind the contract (DESIGN.md §2): Electron-free, so the app, the
// tests, the benchmark and the browser test host all run this same object. It only composes: each
// domain folder builds its part and its calls; its dependencies come in as options
// (backend-options.ts): data folder, keychain, fetch, Truora's URLs, clock.
import type { Calls, Events } from '@shared/contract'
import type { LockReason } from '@shared/domain/session'
import { ok } from '@shared/result'
import { accountCalls } from '../accounts/account-calls'
import type { BackendContext } from './context'
import { createWorkspaceHost } from '../workspace/host'
import { cacheService } from '../cache/service'
import { PRODUCTION_ENDPOINTS } from '../truora/endpoints'
import { setOptions, type BackendOptions } from './backend-options'
import { createEventHub } from './event-hub'
import { guardCalls } from './call-boundary'
import { createKeychain } from '../operators/keychain'
import { operatorsService } from '../operators/operators-service'
import { profilesFile } from '../operators/profiles-file'
import { KEYCHAIN_SERVICE } from '../operators/secret-store'
import { createRequestRegistry } from '../requests/registry'
import { createConnectivity, observedBy } from '../sync/connectivity'
import { linksService } from '../links/service'
import { diagnosticsService } from '../diagnostics/service'
import { createMirror } from '../sync/mirror'
import { createOutbox } from '../sync/outbox'
import { syncCalls } from '../sync/sync-calls'
import { captureStores, onsiteService } from '../onsite/onsite-service'
import { createTruoraClient } from '../truora/client'
import { defaultSleep } from '../truora/retry'
import { processPdfService } from '../accounts/process-pdf'
import { activityService } from '../activity/activity-service'
import { createActivityRecorder } from '../activity/activity-recorder'
import { recordingCalls } from '../activity/record-calls'
import { createRetention } from '../cache/retention'
import { outboxNotes } from '../operators/outbox-note'
import { DEFAULT_LOCK_AFTER_MINUTES } from '../operators/preferences-file'
import { preferencesService } from '../operators/preferences-service'
import { choosePassphrase } from '../session/migrate-legacy'
import { saveTargetChooser } from '../session/save-target'
import { sessionService } from '../session/session-service'
import { callContextOf, createSessionState } from '../session/session-state'
import { unlockAttempts } from '../session/unlock-attempts'
import { DEFAULT_SCRYPT_COST } from '../session/vault-crypto'

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
    ...setOptions(options, ['timeoutMs', 'retry', 'sleep'])
  })
  const connectivity = createConnectivity({
    fetch: options.fetch,
    probeUrl: `${endpoints.validations}/accounts?limit=1`,
    ...setOptions(options, ['probeIntervalMs', 'idleProbeMs', 'platformOnline'])
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
    // Before the open resolves, the folder is tidied: images no queued validation needs are deleted
    // and the queued count is noted for when the operator is locked; nothing of the open is left
    // writing behind the caller's back. Then whatever an earlier session left in the outbox is sent,
    // and the operator's retention applies (DESIGN.md §4), in the background.
    async onOpened(workspace) {
      await onsite.sweep(workspace).catch(() => log('onsite: the image sweep failed'))
      await notes.write(workspace.operatorId, workspace.cache.outbox.list().length)
      void outbox.drain()
      void retention.apply(workspace)
    },
    ...setOptions(options, ['writeDelayMs'])
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
    callContext: (operatorId, signal) => callContextOf(session, operatorId, signal),
    observed: (call) => observedBy(connectivity, call)
  }

  const captures = captureStores(ctx)
  const outbox = createOutbox(ctx, { captures, ...setOptions(options, ['onsite']) })
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
  // Every save dialog through one door: its answer counts only if its asker is still unlocked.
  const chooseFile = saveTargetChooser(ctx.session, options.chooseExportFile ?? (async () => undefined))
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
    activity: activityService(ctx, chooseFile),
    ...accountCalls(ctx, outbox, pdfs),
    ...syncCalls({ mirror, outbox, connectivity }),
    requests: {
      cancel: async (requestId) => ok(ctx.requests.cancel(requestId))
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
    diagnostics: diagnosticsService(ctx, setOptions(options, ['appVersion', 'openLogsFolder'])),
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
