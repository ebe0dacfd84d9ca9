// The Backend as the benchmark composes it: the app's own composition root over a data folder, pointed
// at a simulator, with the keys in memory (memory-secret-store.ts) and no connectivity probe. Every
// section that measures through the Backend makes it here, so they all measure the same thing.
import type { BackendOptions } from '../src/main/backend/backend-options'
import { createBackend, type Backend } from '../src/main/backend/create-backend'
import type { Endpoints } from '../src/main/truora/endpoints'
import { memorySecretStore } from './memory-secret-store'

/** The Backend probes connectivity; the benchmark has no use for it. */
const NO_PROBE_MS = 24 * 3_600_000

/** The passphrase of the benchmark's operators (the app's own KDF cost, so unlocking costs what it does). */
export const BENCH_PASSPHRASE = 'benchmark passphrase'

/** A Backend on `dataDir` talking to the simulator at `endpoints`; a fresh in-memory keychain by default. */
export function createBenchBackend(
  options: Pick<BackendOptions, 'dataDir' | 'mirror'> &
    Partial<Pick<BackendOptions, 'secretStore'>> & { endpoints: Endpoints }
): Backend {
  return createBackend({
    secretStore: memorySecretStore(),
    ...options,
    fetch: globalThis.fetch,
    probeIntervalMs: NO_PROBE_MS
  })
}

/** Adds the benchmark's operator the way the app adds one (its key checked by the simulator); its ID. */
export async function addBenchOperator(backend: Backend, apiKey: string): Promise<string> {
  const added = await backend.operators.add({ name: 'Benchmark', apiKey, passphrase: BENCH_PASSPHRASE })
  if (!added.ok) throw new Error(`the benchmark operator could not be added: ${added.error.message}`)
  return added.data.operator.id
}

/** Unlocks the fixture's operator in a Backend made on its data folder (every Backend starts locked). */
export async function unlockBench(backend: Backend, operatorId: string): Promise<void> {
  const unlocked = await backend.session.unlock({ operatorId, passphrase: BENCH_PASSPHRASE })
  if (!unlocked.ok) throw new Error(`the benchmark operator could not be unlocked: ${unlocked.error.message}`)
}
