// A real Backend in a temporary data folder, with the real keychain and the Truora simulator on
// loopback: what the app runs, minus Electron.
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBackend, type Backend, type BackendOptions } from '../../src/main/backend/create-backend'
import type { ChooseExportFile } from '../../src/main/cache/service'
import { startSimulator, type SimOptions, type Simulator } from '../../tools/sim/index'
import { realKeychain, type TestKeychain } from './keychain'
import { truoraStyleKey } from './jwt'

export interface BackendFixture {
  backend: Backend
  sim: Simulator
  keychain: TestKeychain
  dataDir: string
  /** Where exports are saved (the save dialog's answer): a folder beside the data folder. */
  exportsDir: string
  /** The keychain accounts the Backend read, in order (`<operator>` is an API key, `…:data-key` a data key). */
  keyReads: string[]
  /** The save dialog's answer; tests replace it to cancel or to point elsewhere. */
  chooseExportFile: ChooseExportFile
  /** The clock the Backend reads; tests move it forward to age the cache. */
  clock: { now: Date; advance(ms: number): void }
  logs: string[]
  /** Adds the simulator's operator and returns its id. */
  addOperator(name?: string): Promise<string>
  /**
   * A new Backend on the same data folder and keychain: the app after a restart. `whileClosed` runs
   * between closing the old one and starting the new one (damage a file, say).
   */
  restart(whileClosed?: () => Promise<void>): Promise<Backend>
  close(): Promise<void>
}

export async function backendFixture(
  options: { sim?: SimOptions; backend?: Partial<BackendOptions> } = {}
): Promise<BackendFixture> {
  const sim = await startSimulator({ accounts: 30, key: truoraStyleKey(), ...options.sim })
  const keychain = await realKeychain()
  const dataDir = await mkdtemp(join(tmpdir(), 'tal-backend-'))
  // Outside the data folder, as the operator's Downloads are: an export is plaintext by choice.
  const exportsDir = `${dataDir}-exports`
  const clock = {
    now: new Date('2026-11-26T12:00:00Z'),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms)
    }
  }
  const logs: string[] = []
  const keyReads: string[] = []
  const make = () =>
    createBackend({
      dataDir,
      // The real keychain, with its reads recorded (which accounts, in order).
      secretStore: {
        ...keychain,
        getPassword: (service: string, account: string) => {
          keyReads.push(account)
          return keychain.getPassword(service, account)
        }
      },
      keychainService: keychain.service,
      fetch: globalThis.fetch,
      endpoints: sim.endpoints,
      now: () => clock.now,
      log: (line) => logs.push(line),
      timeoutMs: 2_000,
      retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 20, maxTotalMs: 1_000 },
      probeIntervalMs: 50,
      // Off unless a test asks: a background probe would land among the requests tests count.
      idleProbeMs: 0,
      writeDelayMs: 10,
      chooseExportFile: (suggestedName, format) => fixture.chooseExportFile(suggestedName, format),
      ...options.backend
    })
  const backends: Backend[] = [make()]
  const fixture: BackendFixture = {
    get backend() {
      return backends[backends.length - 1]!
    },
    sim,
    keychain,
    dataDir,
    exportsDir,
    keyReads,
    async chooseExportFile(suggestedName) {
      await mkdir(exportsDir, { recursive: true })
      return join(exportsDir, suggestedName)
    },
    clock,
    logs,
    async addOperator(name = 'Field agent') {
      const added = await fixture.backend.operators.add({ name, apiKey: sim.key })
      if (!added.ok) throw new Error(`adding the operator failed: ${added.error.code} ${added.error.message}`)
      return added.data.operator.id
    },
    async restart(whileClosed) {
      await fixture.backend.close()
      await whileClosed?.()
      backends.push(make())
      return fixture.backend
    },
    async close() {
      for (const backend of backends) await backend.close()
      await sim.close()
      await keychain.cleanup()
      await rm(dataDir, { recursive: true, force: true })
      await rm(exportsDir, { recursive: true, force: true })
    }
  }
  return fixture
}

/** Waits until `check` passes (polling), for effects that happen in the background. */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 5_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined && value !== false) return value
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
