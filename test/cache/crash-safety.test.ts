// Crash safety (DESIGN.md §1 "nothing is lost", §4 atomic replace): a writer process is killed with
// SIGKILL at random moments, over and over, on the same file. After every kill the file opens (not
// corrupt) and holds every account whose flush the writer had acknowledged.
// The writer (fixtures/cache-writer.ts, the real cache code) is bundled once with Vite and run by plain
// node: starting it through tsx costs ~2 s a spawn on a busy 2-core machine, 22 kills would take a minute.
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDataKey, openCache } from '../../src/main/cache/open-cache'
import { accountFor } from '../support/fixtures/accounts'
import { tempFolder } from '../support/cache-helpers'

const WRITER_SOURCE = fileURLToPath(new URL('../support/fixtures/cache-writer.ts', import.meta.url))
const SHARED = fileURLToPath(new URL('../../src/shared', import.meta.url))
const KILLS = 24
const SEED = 0x5eed_cafe

/** mulberry32: a small seeded generator, so a failing sequence of kill moments can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

let outDir = ''
let writer = ''

/** Bundles the writer and its dependencies (lowdb, zod) into one self-contained .mjs file. */
async function bundleWriter(): Promise<string> {
  outDir = await mkdtemp(join(tmpdir(), 'cache-writer-'))
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': SHARED } },
    ssr: { noExternal: true },
    build: {
      ssr: WRITER_SOURCE,
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: 'cache-writer.mjs' } }
    }
  })
  return join(outDir, 'cache-writer.mjs')
}

interface Run {
  /** Highest `ack n` the writer printed: accounts 0..n-1 were durable. */
  acked: number
  ready: boolean
}

/** Starts a writer, kills it `delayMs` after it is ready, and reports what it acknowledged. */
function runAndKill(folder: string, keyHex: string, delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, folder, keyHex], { stdio: ['ignore', 'pipe', 'pipe'] })
    const run: Run = { acked: -1, ready: false }
    let stdout = ''
    let stderr = ''
    let killed = false
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const lines = stdout.split('\n')
      stdout = lines.pop() ?? ''
      for (const line of lines) {
        const [word, count] = line.split(' ')
        if (word === 'ack') run.acked = Math.max(run.acked, Number(count))
        if (word === 'ready' && !run.ready) {
          run.ready = true
          setTimeout(() => {
            killed = child.kill('SIGKILL')
          }, delayMs)
        }
      }
    })
    child.on('error', reject)
    // 'close' waits for stdout to drain, so every ack printed before the kill is counted.
    child.on('close', (code, signal) => {
      if (killed && signal === 'SIGKILL') resolve(run)
      else reject(new Error(`writer ended by itself (code ${code}, signal ${signal}): ${stderr}`))
    })
  })
}

describe('cache crash safety', () => {
  beforeAll(async () => {
    writer = await bundleWriter()
  })
  afterAll(async () => {
    if (outDir !== '') await rm(outDir, { recursive: true, force: true })
  })

  it(`keeps every acknowledged account through ${KILLS} SIGKILLs at random moments`, async () => {
    const folder = await tempFolder()
    const key = generateDataKey()
    const random = seededRandom(SEED)
    let durable = 0
    let killsAfterAck = 0
    for (let kill = 1; kill <= KILLS; kill++) {
      // From right after open to half a second in: before the first write, mid-write, mid-rename.
      const delayMs = Math.floor(random() * 500)
      const run = await runAndKill(folder, key.toString('hex'), delayMs)
      if (run.acked > 0) killsAfterAck++
      durable = Math.max(durable, run.acked)

      const { store, corruptMovedTo } = await openCache({ file: join(folder, 'cache.json'), dataKey: key })
      expect(corruptMovedTo, `kill ${kill} (after ${delayMs} ms) left a corrupt file`).toBeUndefined()
      const missing: number[] = []
      for (let n = 0; n < durable; n++) {
        const entry = store.accounts.get(accountFor(n).account_id)
        if (entry === undefined) missing.push(n)
        else expect(entry.data).toEqual(accountFor(n))
      }
      expect(missing, `kill ${kill} (after ${delayMs} ms) lost acknowledged accounts`).toEqual([])
      await store.close()
    }
    expect(durable).toBeGreaterThan(0)
    // Enough kills must hit a writer that had already acknowledged writes, or the test proves little.
    expect(killsAfterAck).toBeGreaterThanOrEqual(KILLS / 4)
    // Nothing was ever moved aside; at most the temp file of the last cut-short write: each writer
    // removes those of the writers killed before it at its first write (fs/atomic-file.ts).
    const names = await readdir(folder)
    expect(names.filter((name) => name.includes('corrupt'))).toEqual([])
    const others = names.filter((name) => name !== 'cache.json')
    expect(others.every((name) => /^\.cache\.json\.[0-9]+-[0-9a-f]+\.tmp$/.test(name))).toBe(true)
    expect(others.length).toBeLessThanOrEqual(1)
  }, 90_000)
})
