// Connectivity (DESIGN.md §5): learned from real request outcomes (a refused or timed-out request
// means offline, any HTTP answer online), plus what the platform knows — Electron's `net.isOnline()`
// polled, the renderer's `online`/`offline` events — and a light keyless probe: while offline it
// notices the way back, while online and idle it notices the network going away, so the badge changes
// within seconds instead of at the next failed request. Probes are bounded: one at a time, never
// closer than `minProbeGapMs`, and an idle probe only after `idleProbeMs` with no request answered.
import type { ConnectivityState } from '@shared/domain/sync'
import type { AppError, Result } from '@shared/result'

export interface Connectivity {
  state(): ConnectivityState
  /** Feed every request outcome here: errors of network kinds mean offline, anything else online. */
  observe(outcome: { ok: true } | { ok: false; error: AppError }): void
  /**
   * A hint from the platform or the renderer: "offline" is believed at once (no network interface
   * means no Truora); "online" only says a probe is worth trying now (a network is not Truora).
   */
  hint(state: 'online' | 'offline'): void
  onChange(listener: (state: ConnectivityState) => void): () => void
  /** Probes now (used by tests and on demand); resolves with the new state. */
  probe(): Promise<ConnectivityState>
  stop(): void
}

export interface ConnectivityOptions {
  fetch: typeof globalThis.fetch
  /** Any URL of Truora's; an HTTP answer of any status proves the network is back. */
  probeUrl: string
  /** While offline, how often to probe for the network's return (default 3 s). */
  probeIntervalMs?: number
  /** While online, probe after this long without any request answering (default 3 s; 0: never). */
  idleProbeMs?: number
  probeTimeoutMs?: number
  /** No two probes closer than this, however many hints arrive (no probe storm). */
  minProbeGapMs?: number
  /** The platform's view of the network (Electron's `net.isOnline()`): false means none at all. */
  platformOnline?: () => boolean
  /** How often `platformOnline` is read; it is a local flag, so this is cheap. */
  platformPollMs?: number
}

/**
 * A change shows within about 5 s: a probe 3 s after the last answer while idle or offline, checked
 * on a half-second tick, answers at once for a refused connection and within PROBE_TIMEOUT_MS
 * otherwise (the platform's hint is quicker still when the network interface itself goes). That is
 * one small keyless request every 3 s while nothing else talks to Truora, and none while it does.
 */
export const PROBE_INTERVAL_MS = 3_000
export const IDLE_PROBE_MS = 3_000
const PROBE_TIMEOUT_MS = 3_000
const MIN_PROBE_GAP_MS = 1_000
const PLATFORM_POLL_MS = 1_000
const TICK_MS = 500

const NETWORK_CODES = new Set(['offline', 'timeout'])

export function createConnectivity(options: ConnectivityOptions): Connectivity {
  const probeIntervalMs = options.probeIntervalMs ?? PROBE_INTERVAL_MS
  const idleProbeMs = options.idleProbeMs ?? IDLE_PROBE_MS
  const probeTimeoutMs = options.probeTimeoutMs ?? PROBE_TIMEOUT_MS
  const minProbeGapMs = Math.min(options.minProbeGapMs ?? MIN_PROBE_GAP_MS, probeIntervalMs)
  let current: ConnectivityState = 'unknown'
  let stopped = false
  /** When a request or probe last answered (or failed): an idle probe waits for this to age. */
  let lastHeard = Date.now()
  let lastProbeAt = Number.NEGATIVE_INFINITY
  let probing: Promise<ConnectivityState> | undefined
  let platformWasOnline = options.platformOnline?.() ?? true
  if (!platformWasOnline) current = 'offline'
  const listeners = new Set<(state: ConnectivityState) => void>()
  const timers: ReturnType<typeof setInterval>[] = []

  function set(next: ConnectivityState): void {
    if (next === current) return
    current = next
    for (const listener of listeners) listener(next)
  }

  function every(ms: number, work: () => void): void {
    const timer = setInterval(work, ms)
    // Connectivity must never keep the process (or a test run) alive on its own.
    timer.unref?.()
    timers.push(timer)
  }

  function probe(): Promise<ConnectivityState> {
    if (stopped) return Promise.resolve(current)
    probing ??= (async () => {
      lastProbeAt = Date.now()
      try {
        // No API key: a 401 is as good an answer as a 200, and the key never travels for a probe.
        const response = await options.fetch(options.probeUrl, {
          method: 'GET',
          signal: AbortSignal.timeout(probeTimeoutMs)
        })
        await response.body?.cancel()
        set('online')
      } catch {
        set('offline')
      } finally {
        lastHeard = Date.now()
        probing = undefined
      }
      return current
    })()
    return probing
  }

  function hint(state: 'online' | 'offline'): void {
    if (stopped) return
    if (state === 'offline') {
      set('offline')
      return
    }
    if (Date.now() - lastProbeAt < minProbeGapMs) return
    // Right after the network returns, a first probe can still meet a connection the outage closed
    // (a reset, not a refusal): one more try a moment later, rather than a whole offline interval.
    void probe().then((state) => {
      if (state !== 'offline' || stopped) return
      const retry = setTimeout(() => void probe(), minProbeGapMs)
      retry.unref?.()
    })
  }

  // One clock for both probes: while offline every interval; while online only once nothing has
  // been heard for `idleProbeMs` (a busy app learns from its own requests and never probes).
  if (probeIntervalMs > 0 || idleProbeMs > 0) {
    // Ticks finer than the intervals, so a probe is due at most one tick late.
    const tick = Math.min(TICK_MS, ...[probeIntervalMs, idleProbeMs].filter((ms) => ms > 0))
    every(tick, () => {
      // No network interface at all: nothing to probe with until the platform says there is one.
      if (probing || !platformWasOnline) return
      if (current === 'offline') {
        if (probeIntervalMs > 0 && Date.now() - lastProbeAt >= probeIntervalMs) void probe()
      } else if (idleProbeMs > 0 && Date.now() - lastHeard >= idleProbeMs) {
        void probe()
      }
    })
    // The first answer comes from a probe rather than "checking…" until the first request.
    if (idleProbeMs > 0) queueMicrotask(() => void probe())
  }

  if (options.platformOnline) {
    const platformOnline = options.platformOnline
    every(options.platformPollMs ?? PLATFORM_POLL_MS, () => {
      const now = platformOnline()
      if (now === platformWasOnline) return
      platformWasOnline = now
      hint(now ? 'online' : 'offline')
    })
  }

  return {
    state: () => current,
    observe(outcome) {
      lastHeard = Date.now()
      if (outcome.ok) set('online')
      else if (NETWORK_CODES.has(outcome.error.code)) set('offline')
      else if (outcome.error.code !== 'cancelled') set('online')
    },
    hint,
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    probe,
    stop() {
      stopped = true
      for (const timer of timers) clearInterval(timer)
      timers.length = 0
    }
  }
}

/** Runs a Truora call and teaches `connectivity` from its outcome (BackendContext.observed). */
export async function observedBy<T>(
  connectivity: Connectivity,
  call: Promise<Result<T>>
): Promise<Result<T>> {
  const result = await call
  connectivity.observe(result.ok ? { ok: true } : { ok: false, error: result.error })
  return result
}
