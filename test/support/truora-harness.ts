// A Truora client wired to a fresh simulator on a free port, with a recording sleep (resolves at
// once, so retries cost no wall-clock time) and a recording log.
import { createTruoraClient } from '../../src/main/truora/client'
import type { CallContext, RetryPolicy, TruoraClient } from '../../src/main/truora/types'
import { startSimulator, simApiKey, type SimOptions, type Simulator } from '../../tools/sim/index'

export interface Harness {
  sim: Simulator
  client: TruoraClient
  ctx: CallContext
  sleeps: number[]
  logs: string[]
  /** Another client on the same simulator, with other options. */
  clientWith(options: {
    timeoutMs?: number
    interactiveBudgetMs?: number
    retry?: Partial<RetryPolicy>
    fetch?: typeof fetch
  }): TruoraClient
  close(): Promise<void>
}

export const KEY = simApiKey({ keyName: 'field-agent-7' })

export async function harness(
  options: SimOptions = {},
  clientOptions: { timeoutMs?: number; retry?: Partial<RetryPolicy> } = {}
): Promise<Harness> {
  const sim = await startSimulator({ accounts: 30, pageSize: 10, key: KEY, ...options })
  const sleeps: number[] = []
  const logs: string[] = []
  const make = (extra: {
    timeoutMs?: number
    interactiveBudgetMs?: number
    retry?: Partial<RetryPolicy>
    fetch?: typeof fetch
  }): TruoraClient =>
    createTruoraClient({
      fetch: extra.fetch ?? globalThis.fetch,
      endpoints: sim.endpoints,
      timeoutMs: extra.timeoutMs ?? clientOptions.timeoutMs ?? 2_000,
      ...(extra.interactiveBudgetMs === undefined ? {} : { interactiveBudgetMs: extra.interactiveBudgetMs }),
      retry: {
        attempts: 3,
        baseDelayMs: 100,
        maxDelayMs: 1_000,
        maxTotalMs: 10_000,
        ...clientOptions.retry,
        ...extra.retry
      },
      sleep: async (ms, signal) => {
        sleeps.push(ms)
        if (signal?.aborted) throw signal.reason
      },
      log: (line) => logs.push(line)
    })
  return {
    sim,
    client: make({}),
    ctx: { apiKey: KEY },
    sleeps,
    logs,
    clientWith: make,
    close: () => sim.close()
  }
}
