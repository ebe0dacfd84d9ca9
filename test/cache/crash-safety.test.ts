// Crash safety (DESIGN.md §1 "nothing is lost", docs/architecture.md "The operator's cache": copy-on-write
// parts, then the manifest replaced atomically, then old parts removed): a writer process is killed with
// SIGKILL over and over on the same cache — at random moments, and just before a random file operation of a
// random write (a part file, the parts folder's fsync, the manifest's temp file, its rename, the removal of
// an old part) — so kills land while parts are written, while the manifest is replaced and while old parts
// are removed. After every kill the cache opens (nothing damaged, nothing moved aside), holds every
// account, history and queued creation the writer had acknowledged, and keeps no file its manifest does not
// name once the next open has cleaned up. The writer (fixtures/cache-writer.ts, the real cache code) is
// bundled and run by test/support/crash-child.ts.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDataKey } from '../../src/main/cache/open-cache'
import { accountFor } from '../support/fixtures/accounts'
import { cacheAt, openAt, partFiles, tempFolder } from '../support/cache-helpers'
import { bundleCrashChild, runUntilKilled, type BundledChild } from '../support/crash-child'

const KILLS = 36
const ROUND = 20
const SEED = 0x5eed_cafe
/** Where a self-inflicted kill goes (fixtures/cache-writer.ts), and which window of a write that is. */
const OPERATIONS: Record<string, string> = {
  'part-open': 'part writes',
  'parts-sync': 'part writes',
  'manifest-temp': 'manifest replace',
  'manifest-rename': 'manifest replace',
  'old-part-unlink': 'cleanup'
}

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

let writer: BundledChild | undefined

/** When to kill: some time after the writer is ready, or just before its n-th operation of a kind. */
type KillAt = { afterMs: number } | { before: string; nth: number }

interface Run {
  /** Highest `ack n` the writer printed: rounds up to n accounts were durable. */
  acked: number
  /** The last line it printed before it died: where the kill landed. */
  last: string
}

async function runAndKill(dataDir: string, keyHex: string, at: KillAt): Promise<Run> {
  const file = writer!.file
  const run: Run = { acked: -1, last: '' }
  await runUntilKilled({
    args: 'before' in at ? [file, dataDir, keyHex, `${at.before}:${at.nth}`] : [file, dataDir, keyHex],
    name: 'writer',
    // A writer told to die kills itself.
    killsItself: 'before' in at,
    onLine: (line, child) => {
      run.last = line
      const [word, value] = line.split(' ')
      if (word === 'ack') run.acked = Math.max(run.acked, Number(value))
      if (word === 'ready' && 'afterMs' in at) setTimeout(child.kill, at.afterMs)
    }
  })
  return run
}

/** Which window of a write a kill landed in, from the last line the writer printed. */
function windowOf(last: string): string {
  const dying = /^dying before (.+)$/.exec(last)
  if (dying) return OPERATIONS[dying[1] as string] as string
  if (last.startsWith('step part') || last.startsWith('ack') || last.startsWith('ready')) return 'part writes'
  if (last === 'step parts-synced') return 'manifest replace'
  if (last === 'step manifest') return 'cleanup'
  return 'between writes'
}

describe('cache crash safety', () => {
  beforeAll(async () => {
    writer = await bundleCrashChild('cache-writer', { keytar: false })
  })
  afterAll(async () => {
    await writer?.dispose()
  })

  it(`keeps every acknowledged change through ${KILLS} SIGKILLs across part writes, manifest replace and cleanup`, async () => {
    const dataDir = await tempFolder()
    const at = cacheAt(dataDir)
    const key = generateDataKey()
    const random = seededRandom(SEED)
    const landed = new Map<string, number>()
    let durable = 0
    for (let kill = 1; kill <= KILLS; kill++) {
      // A third at random moments from right after open to 300 ms in; the rest just before a random
      // file operation of one of the first writes.
      const names = Object.keys(OPERATIONS)
      const when: KillAt =
        kill % 3 === 0
          ? { afterMs: Math.floor(random() * 300) }
          : {
              before: names[Math.floor(random() * names.length)] as string,
              nth: 1 + Math.floor(random() * 8)
            }
      const run = await runAndKill(dataDir, key.toString('hex'), when)
      durable = Math.max(durable, run.acked)
      const window = windowOf(run.last)
      landed.set(window, (landed.get(window) ?? 0) + 1)

      const context = `kill ${kill} (${JSON.stringify(when)}, after "${run.last}")`
      const damaged: string[] = []
      const { store, corruptMovedTo } = await openAt(at, key, { onCorrupt: (d) => damaged.push(d.reason) })
      expect(corruptMovedTo, `${context} left a damaged manifest`).toBeUndefined()
      await store.loaded()
      expect(damaged, `${context} left a damaged part`).toEqual([])
      const missing: number[] = []
      for (let n = 0; n < durable; n++) {
        const entry = await store.accounts.get(accountFor(n).account_id)
        if (entry === undefined) missing.push(n)
        else expect(entry.data).toEqual(accountFor(n))
      }
      expect(missing, `${context} lost acknowledged accounts`).toEqual([])
      for (let n = 0; n < durable; n += ROUND) {
        const id = accountFor(n).account_id
        expect((await store.validations.forAccount(id))?.data, `${context}: history of ${id}`).toEqual([
          { validation_id: `VLD-${id}`, validation_status: 'success' }
        ])
      }
      const queued = new Set(store.outbox.list().map((item) => item.id))
      for (let n = ROUND * 5; n <= durable; n += ROUND * 5) {
        expect(queued.has(`out-${n}`), `${context}: queued creation out-${n}`).toBe(true)
      }
      expect(store.mirror.get().accounts, context).toBeGreaterThanOrEqual(durable)
      // The open removed what the kill left behind: every part is named by the manifest.
      await store.flush()
      const named = new Set((await partFiles(at)).filter((name) => !name.startsWith('index-')))
      expect(named.size, context).toBeGreaterThan(0)
      await store.close()
    }
    expect(durable).toBeGreaterThan(0)
    // The kills must have hit each window of a write, or the test proves less than it says.
    for (const window of ['part writes', 'manifest replace', 'cleanup']) {
      expect(landed.get(window) ?? 0, `kills in ${window}: ${JSON.stringify([...landed])}`).toBeGreaterThan(0)
    }
    // Nothing was ever moved aside; no temp file or orphan is left.
    const { store } = await openAt(at, key)
    await store.close()
    expect(await readdir(join(dataDir, 'operators', 'op-1'))).toEqual(['cache'])
    const names = await readdir(at.folder)
    expect(names.filter((name) => name !== 'manifest' && name !== 'parts')).toEqual([])
    expect((await partFiles(at)).filter((name) => name.includes('corrupt'))).toEqual([])
  }, 180_000)
})
