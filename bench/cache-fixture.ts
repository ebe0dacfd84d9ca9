// The data set as the app keeps it: an operator's encrypted cache file (src/main/cache), written once
// per run into a temporary data folder, with a plaintext copy of the same JSON for the JSON.parse floor.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { generateDataKey, openCache } from '../src/main/cache'
import { openEnvelope } from '../src/main/cache/envelope'
import { cacheFileOf } from '../src/main/workspace'
import type { BenchData } from './data'

export const BENCH_OPERATOR = 'bench'
/** Fixed, so the file's content is the same on every run. */
const FETCHED_AT = '2026-11-01T00:00:00.000Z'

export interface CacheFixture {
  dataDir: string
  operatorId: string
  file: string
  /** A throwaway key made for this run (the app keeps its real ones in the keychain). */
  keyHex: string
  plaintextFile: string
  plaintextBytes: number
  fileBytes: number
  writeMs: number
}

export async function buildCacheFixture(data: BenchData): Promise<CacheFixture> {
  const dataDir = mkdtempSync(join(tmpdir(), 'truora-bench-'))
  const file = cacheFileOf(dataDir, BENCH_OPERATOR)
  mkdirSync(dirname(file), { recursive: true })
  const key = generateDataKey()
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
  const opened = await openEnvelope(readFileSync(file), key)
  if (!opened.ok) throw new Error(`the benchmark's own cache file does not open (${opened.reason})`)
  const plaintextFile = join(dataDir, 'plaintext.json')
  writeFileSync(plaintextFile, opened.json)
  return {
    dataDir,
    operatorId: BENCH_OPERATOR,
    file,
    keyHex: key.toString('hex'),
    plaintextFile,
    plaintextBytes: Buffer.byteLength(opened.json),
    fileBytes: statSync(file).size,
    writeMs
  }
}

export function removeCacheFixture(fixture: CacheFixture): void {
  rmSync(fixture.dataDir, { recursive: true, force: true })
}
