// Connectivity learned from real request outcomes (DESIGN.md §5): a refused or timed-out request
// means offline, any HTTP answer means online. While offline a light unauthenticated probe notices
// the way back, so the outbox and an interrupted mirror can resume without the operator's help.
import type { ConnectivityState } from '@shared/domain'
import type { AppError } from '@shared/result'

export interface Connectivity {
  state(): ConnectivityState
  /** Feed every request outcome here: errors of network kinds mean offline, anything else online. */
  observe(outcome: { ok: true } | { ok: false; error: AppError }): void
  onChange(listener: (state: ConnectivityState) => void): () => void
  /** Probes now (used by tests and on demand); resolves with the new state. */
  probe(): Promise<ConnectivityState>
  stop(): void
}

export interface ConnectivityOptions {
  fetch: typeof globalThis.fetch
  /** Any URL of Truora's; an HTTP answer of any status proves the network is back. */
  probeUrl: string
  probeIntervalMs?: number
  probeTimeoutMs?: number
}

const NETWORK_CODES = new Set(['offline', 'timeout'])

export function createConnectivity(options: ConnectivityOptions): Connectivity {
  const probeIntervalMs = options.probeIntervalMs ?? 15_000
  const probeTimeoutMs = options.probeTimeoutMs ?? 5_000
  let current: ConnectivityState = 'unknown'
  let timer: ReturnType<typeof setInterval> | undefined
  let stopped = false
  const listeners = new Set<(state: ConnectivityState) => void>()

  function set(next: ConnectivityState): void {
    if (next === current) return
    current = next
    if (next === 'offline') startProbing()
    else stopProbing()
    for (const listener of listeners) listener(next)
  }

  function startProbing(): void {
    if (timer !== undefined || stopped) return
    timer = setInterval(() => void probe(), probeIntervalMs)
    // A probe must never keep the process (or a test run) alive on its own.
    timer.unref?.()
  }

  function stopProbing(): void {
    if (timer !== undefined) clearInterval(timer)
    timer = undefined
  }

  async function probe(): Promise<ConnectivityState> {
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
    }
    return current
  }

  return {
    state: () => current,
    observe(outcome) {
      if (outcome.ok) set('online')
      else if (NETWORK_CODES.has(outcome.error.code)) set('offline')
      else if (outcome.error.code !== 'cancelled') set('online')
    },
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    probe,
    stop() {
      stopped = true
      stopProbing()
    }
  }
}
