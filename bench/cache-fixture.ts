// The data set as the app keeps it: an operator added through the Backend (its key checked by the
// Truora simulator), whose encrypted cache (src/main/cache: a manifest and its parts) is then filled
// with every account and its history under the data key the Backend made for it, through the
// operator's workspace, so the index snapshot is written with the parts as the app writes it. Written
// once per run into a temporary data folder, with a plaintext JSON copy of the same data for the
// JSON.parse floor.
import { createWriteStream, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stripPresignedUrls } from '../src/main/cache/presigned-urls'
import { createKeychain } from '../src/main/operators/keychain'
import { KEYCHAIN_SERVICE, type SecretStore } from '../src/main/operators/secret-store'
import { unwrapSecrets } from '../src/main/session/vault-crypto'
import { openWorkspace } from '../src/main/workspace/workspace'
import { cacheFolderOf } from '../src/main/workspace/operator-paths'
import { startSimulator } from '../tools/sim/index'
import { addBenchOperator, BENCH_PASSPHRASE, createBenchBackend } from './bench-backend'
import type { BenchData } from './data'
import { memorySecretStore } from './memory-secret-store'

/** Fixed, so the file's content is the same on every run. */
const FETCHED_AT = '2026-11-01T00:00:00.000Z'

export interface CacheFixture {
  dataDir: string
  secretStore: SecretStore
  operatorId: string
  /** The operator's cache folder: `manifest` and `parts/`. */
  folder: string
  /** The operator's data key, for the child processes that open the cache without the Backend. */
  keyHex: string
  plaintextFile: string
  plaintextBytes: number
  /** The cache on disk: the manifest and every part. */
  fileBytes: number
  writeMs: number
}

/** Bytes of a cache folder on disk: the manifest and every part. */
export function cacheBytesOnDisk(folder: string): number {
  let total = statSync(join(folder, 'manifest')).size
  for (const name of readdirSync(join(folder, 'parts'))) total += statSync(join(folder, 'parts', name)).size
  return total
}

export async function buildCacheFixture(data: BenchData): Promise<CacheFixture> {
  const dataDir = mkdtempSync(join(tmpdir(), 'truora-bench-'))
  const secretStore = memorySecretStore()
  const operatorId = await addOperator(dataDir, secretStore)
  const key = await benchDataKey(secretStore, operatorId)
  const started = performance.now()
  const workspace = await openWorkspace(operatorId, {
    dataDir,
    dataKey: async () => key,
    now: () => new Date()
  })
  const store = workspace.cache
  store.accounts.putMany(data.accounts, FETCHED_AT)
  data.accounts.forEach((account, index) => {
    const history = data.historyOf(index)
    store.validations.putForAccount(account.account_id, history.validations, FETCHED_AT)
    store.processes.putForAccount(account.account_id, history.processes, FETCHED_AT)
  })
  // The close writes every part, then the index snapshot with them.
  await store.close()
  const writeMs = performance.now() - started
  const plaintextFile = join(dataDir, 'plaintext.json')
  const plaintextBytes = await writePlaintext(plaintextFile, data)
  const folder = cacheFolderOf(dataDir, operatorId)
  return {
    dataDir,
    secretStore,
    operatorId,
    folder,
    keyHex: key.toString('hex'),
    plaintextFile,
    plaintextBytes,
    fileBytes: cacheBytesOnDisk(folder),
    writeMs
  }
}

/**
 * Everything the cache holds as one JSON document, the shape an earlier build kept in one file:
 * what a plain `JSON.parse(readFileSync())` of the same data costs is the floor the open is measured
 * against. Written a thousand accounts at a time, so no 259 MB string is ever built.
 */
async function writePlaintext(file: string, data: BenchData): Promise<number> {
  const out = createWriteStream(file)
  let bytes = 0
  const write = async (text: string): Promise<void> => {
    bytes += Buffer.byteLength(text)
    if (!out.write(text)) await once(out, 'drain')
  }
  const stamp = (value: unknown): string => JSON.stringify({ data: value, fetchedAt: FETCHED_AT })
  const map = async (name: string, entry: (index: number) => string, last = false): Promise<void> => {
    await write(`${JSON.stringify(name)}:{`)
    let chunk: string[] = []
    for (let index = 0; index < data.accounts.length; index++) {
      chunk.push(`${JSON.stringify(data.accounts[index]!.account_id)}:${entry(index)}`)
      if (chunk.length === 1000 || index === data.accounts.length - 1) {
        await write(`${index < 1000 ? '' : ','}${chunk.join(',')}`)
        chunk = []
      }
    }
    await write(last ? '}' : '},')
  }
  await write('{"schemaVersion":1,')
  await map('accounts', (index) => stamp(data.accounts[index]))
  // As the cache holds them: without the presigned media links (src/main/cache/presigned-urls.ts).
  await map('validationsByAccount', (index) => stamp(stripPresignedUrls(data.historyOf(index).validations)))
  await map('processesByAccount', (index) => stamp(stripPresignedUrls(data.historyOf(index).processes)))
  await write(
    '"validations":{},"processResults":{},"outbox":[],"mirror":{"pages":0,"accounts":0,"inProgress":false}}'
  )
  out.end()
  await once(out, 'finish')
  return bytes
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
  const backend = createBenchBackend({ dataDir, secretStore, endpoints: sim.endpoints })
  try {
    return await addBenchOperator(backend, sim.key)
  } finally {
    await backend.close()
    await sim.close()
  }
}

export function removeCacheFixture(fixture: CacheFixture): void {
  rmSync(fixture.dataDir, { recursive: true, force: true })
}
