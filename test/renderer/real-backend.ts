// The real Backend for store tests (house rules: stores that move data are tested against the real
// Backend, the simulator and the real keychain, never a stand-in). The fixture is node code, so it is
// loaded by path at run time and typed here only by the contract the stores see.
import type { Api } from '@shared/contract'
import type { Account } from '@shared/domain/truora-records'

export interface RealBackend {
  backend: Api
  sim: {
    key: string
    accounts(): Account[]
    count(filter?: { method?: string; pathPrefix?: string }): number
    requests: { method: string; path: string }[]
    faults: {
      next(
        n: number,
        fault: { status: number; body?: string },
        match?: { method?: string; pathPrefix?: string }
      ): void
    }
    stop(): Promise<void>
    start(): Promise<void>
  }
  /** The clock the Backend reads; tests move it forward to age the cache. */
  clock: { now: Date; advance(ms: number): void }
  /** Adds an operator with the fixture's passphrase; the first one added is unlocked. */
  addOperator(name?: string): Promise<string>
  close(): Promise<void>
}

/** What the fixture's operators choose as their passphrase (test/support/backend-fixture.ts). */
export const PASSPHRASE = 'correct horse battery staple'

const FIXTURE = '../support/backend-fixture.ts'

export async function realBackend(options: { sim?: { accounts?: number } } = {}): Promise<RealBackend> {
  const { backendFixture } = (await import(/* @vite-ignore */ FIXTURE)) as {
    backendFixture(options: { sim?: { accounts?: number } }): Promise<RealBackend>
  }
  return backendFixture(options)
}

/** Waits until `check` returns something truthy, polling; for effects that arrive by events. */
export async function until<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 5_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
