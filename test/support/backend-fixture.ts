// A real Backend in a temporary data folder, with the real keychain and the Truora simulator on
// loopback: what the app runs, minus Electron.
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BackendOptions } from '../../src/main/backend/backend-options'
import { createBackend, type Backend } from '../../src/main/backend/create-backend'
import type { ChooseExportFile } from '../../src/main/cache/service'
import { unwrapSecrets, type VaultSecrets } from '../../src/main/session/vault-crypto'
import { startSimulator, type SimOptions, type Simulator } from '../../tools/sim/index'
import { realKeychain, type TestKeychain } from './keychain'
import { truoraStyleKey } from './jwt'

/** What the fixture's operators choose as their passphrase unless a test gives another. */
export const FIXTURE_PASSPHRASE = 'correct horse battery staple'

/**
 * scrypt at N = 2^12 (4 MiB, a few ms) instead of the app's 2^17 (128 MiB, about half a second): the
 * suite adds and unlocks operators hundreds of times. The code path is the app's — the cost is stored
 * beside each blob and read back from it — and test/session/vault-keychain.test.ts runs the app's own
 * cost end to end.
 */
export const TEST_VAULT_COST = { N: 2 ** 12, r: 8, p: 1 }

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
  /**
   * Adds an operator with the simulator's key (or `apiKey`) and `passphrase` (FIXTURE_PASSPHRASE
   * unless given), and returns its id. One added while locked (the first one) is unlocked, as in the app.
   */
  addOperator(name?: string, options?: { passphrase?: string; apiKey?: string }): Promise<string>
  /** The passphrase an operator was added with here. */
  passphraseOf(operatorId: string): string
  /** Unlocks the operator with the passphrase they were added with; throws if that fails. */
  unlock(operatorId: string): Promise<void>
  /** Switching operator as the app does: lock, then unlock the other one. */
  switchTo(operatorId: string): Promise<void>
  /**
   * The operator's secrets, unwrapped from their keychain entry with their passphrase (what a test
   * needs to open or damage a cache file from outside the app).
   */
  secretsOf(operatorId: string, passphrase?: string): Promise<VaultSecrets>
  /**
   * A new Backend on the same data folder and keychain: the app after a restart. `whileClosed` runs
   * between closing the old one and starting the new one (damage a file, say). The operator unlocked
   * last is unlocked again with their passphrase, unless `{ unlock: false }` (the new Backend starts
   * locked, as the app does).
   */
  restart(whileClosed?: () => Promise<void>, options?: { unlock?: boolean }): Promise<Backend>
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
      vaultCost: TEST_VAULT_COST,
      tickMs: 20,
      chooseExportFile: (suggestedName, format) => fixture.chooseExportFile(suggestedName, format),
      ...options.backend
    })
  /** The operator unlocked most recently, by any of the fixture's Backends: who a restart unlocks. */
  let lastUnlocked: string | null = null
  const made = () => {
    const backend = make()
    backend.events.on('evt:session-changed', (status) => {
      if (status.state === 'unlocked') lastUnlocked = status.operatorId
    })
    return backend
  }
  const backends: Backend[] = [made()]
  const passphrases = new Map<string, string>()
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
    async addOperator(name = 'Field agent', { passphrase = FIXTURE_PASSPHRASE, apiKey = sim.key } = {}) {
      const added = await fixture.backend.operators.add({ name, apiKey, passphrase })
      if (!added.ok) throw new Error(`adding the operator failed: ${added.error.code} ${added.error.message}`)
      passphrases.set(added.data.operator.id, passphrase)
      return added.data.operator.id
    },
    passphraseOf(operatorId) {
      return passphrases.get(operatorId) ?? FIXTURE_PASSPHRASE
    },
    async unlock(operatorId) {
      const unlocked = await fixture.backend.session.unlock({
        operatorId,
        passphrase: fixture.passphraseOf(operatorId)
      })
      if (!unlocked.ok) throw new Error(`unlocking failed: ${unlocked.error.code} ${unlocked.error.message}`)
    },
    async switchTo(operatorId) {
      await fixture.backend.session.lock()
      await fixture.unlock(operatorId)
    },
    async secretsOf(operatorId, passphrase = fixture.passphraseOf(operatorId)) {
      const stored = await keychain.getPassword(keychain.service, `${operatorId}:vault`)
      if (stored === null) throw new Error('the operator has no wrapped entry in the keychain')
      const opened = await unwrapSecrets(operatorId, passphrase, stored)
      if (!opened.ok) throw new Error(`the wrapped entry does not open: ${opened.reason}`)
      return opened.secrets
    },
    async restart(whileClosed, restartOptions = {}) {
      const wasUnlocked = lastUnlocked
      await fixture.backend.close()
      await whileClosed?.()
      backends.push(made())
      if (wasUnlocked !== null && restartOptions.unlock !== false) {
        const { data: list } = (await fixture.backend.operators.list()) as {
          data: { operators: { id: string }[] }
        }
        if (list.operators.some((op) => op.id === wasUnlocked)) await fixture.unlock(wasUnlocked)
      }
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
