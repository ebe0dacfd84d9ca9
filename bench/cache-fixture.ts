// The data set as the app keeps it: an operator added through the Backend (its key checked by the
// Truora simulator), whose encrypted cache file (src/main/cache) is then filled with every account
// and its history under the data key the Backend made for it. Written once per run into a temporary
// data folder, with a plaintext copy of the same JSON for the JSON.parse floor.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBackend, type Backend } from '../src/main/backend/create-backend'
import { openCache } from '../src/main/cache/open-cache'
import { readCacheData } from '../src/main/cache/open-cache'
import { createKeychain } from '../src/main/operators/keychain'
import { KEYCHAIN_SERVICE, type SecretStore } from '../src/main/operators/secret-store'
import { unwrapSecrets } from '../src/main/session/vault-crypto'
import { cacheFileOf } from '../src/main/workspace/workspace'
import { startSimulator } from '../tools/sim/index'
import type { BenchData } from './data'
import { memorySecretStore } from './memory-secret-store'

/** Fixed, so the file's content is the same on every run. */
const FETCHED_AT = '2026-11-01T00:00:00.000Z'
/** The Backend probes connectivity; the benchmark has no use for it. */
export const NO_PROBE_MS = 24 * 3_600_000

export interface CacheFixture {
  dataDir: string
  secretStore: SecretStore
  operatorId: string
  file: string
  /** The operator's data key, for the child processes that open the file without the Backend. */
  keyHex: string
  plaintextFile: string
  plaintextBytes: number
  fileBytes: number
  writeMs: number
}

export async function buildCacheFixture(data: BenchData): Promise<CacheFixture> {
  const dataDir = mkdtempSync(join(tmpdir(), 'truora-bench-'))
  const secretStore = memorySecretStore()
  const operatorId = await addOperator(dataDir, secretStore)
  const key = await benchDataKey(secretStore, operatorId)
  const file = cacheFileOf(dataDir, operatorId)
  const started = performance.now()
  const { store } = await openCache({ file, dataKey: key })
  store.accounts.putMany(data.accounts, FETCHED_AT)
  data.accounts.forEach((account, index) => {
    const history = data.historyOf(index)
    store.validations.putForAccount(account.account_id, history.validations, FETCHED_AT)
    store.processes.putForAccount(account.account_id, history.processes, FETCHED_AT)
  })
  await store.close()
  const writeMs = performance.now() - started
  const plaintext = JSON.stringify(await readCacheData(file, key))
  const plaintextFile = join(dataDir, 'plaintext.json')
  writeFileSync(plaintextFile, plaintext)
  return {
    dataDir,
    secretStore,
    operatorId,
    file,
    keyHex: key.toString('hex'),
    plaintextFile,
    plaintextBytes: Buffer.byteLength(plaintext),
    fileBytes: statSync(file).size,
    writeMs
  }
}

/** The passphrase of the benchmark's operators (the app's own KDF cost, so unlocking costs what it does). */
export const BENCH_PASSPHRASE = 'benchmark passphrase'

/** Unlocks the fixture's operator in a Backend made on its data folder (every Backend starts locked). */
export async function unlockBench(backend: Backend, operatorId: string): Promise<void> {
  const unlocked = await backend.session.unlock({ operatorId, passphrase: BENCH_PASSPHRASE })
  if (!unlocked.ok) throw new Error(`the benchmark operator could not be unlocked: ${unlocked.error.message}`)
}

/** The operator's data key, unwrapped from their keychain entry as an unlock does. */
async function benchDataKey(secretStore: SecretStore, operatorId: string): Promise<Buffer> {
  const opened = await unwrapSecrets(
    operatorId,
    BENCH_PASSPHRASE,
    await createKeychain(secretStore, KEYCHAIN_SERVICE).vault(operatorId)
  )
  if (!opened.ok) throw new Error('the benchmark operator’s keys could not be unwrapped')
  return opened.secrets.dataKey
}

/** The operator, added the way the app adds one; its cache is not opened yet. */
async function addOperator(dataDir: string, secretStore: SecretStore): Promise<string> {
  const sim = await startSimulator({ accounts: 1 })
  const backend = createBackend({
    dataDir,
    secretStore,
    fetch: globalThis.fetch,
    endpoints: sim.endpoints,
    probeIntervalMs: NO_PROBE_MS
  })
  try {
    const added = await backend.operators.add({
      name: 'Benchmark',
      apiKey: sim.key,
      passphrase: BENCH_PASSPHRASE
    })
    if (!added.ok) throw new Error(`the benchmark operator could not be added: ${added.error.message}`)
    return added.data.operator.id
  } finally {
    await backend.close()
    await sim.close()
  }
}

export function removeCacheFixture(fixture: CacheFixture): void {
  rmSync(fixture.dataDir, { recursive: true, force: true })
}
