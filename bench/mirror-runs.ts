// The three ways of mirroring the account list that the mirror section compares, each walking the same
// pages (`GET /v1/accounts?limit=100`, following `next`) from the simulator in its child process:
//   floor  plain fetch + JSON.parse, nothing kept: what the network and parsing cost by themselves
//   app    the Backend's `sync.mirror()`, accounts phase only: cache, search index, progress, file writes
//   naive  lowdb's JSONFilePreset (plain, unencrypted): push each page, `write()` after each
import { watch } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { JSONFilePreset } from 'lowdb/node'
import type { SyncStatus } from '@shared/domain/sync'
import { cacheFolderOf } from '../src/main/workspace/operator-paths'
import { addBenchOperator, createBenchBackend } from './bench-backend'
import type { SimProcess } from './sim-process'

/** The app's page size (src/main/sync/mirror.ts), used by all three. */
export const MIRROR_PAGE = 100

export interface MirrorRun {
  ms: number
  /** CPU time of this process (all threads) during the run: the simulator's is in its own process. */
  cpuMs: number
  pages: number
  accounts: number
  /** Times the file was replaced (0 for the floor, which keeps nothing). */
  writes: number
  /** Longest the event loop was held up during the run (the app's: what a search typed meanwhile waits). */
  maxLoopDelayMs?: number
}

interface Timer {
  stop(): { ms: number; cpuMs: number }
}

function startTimer(): Timer {
  const cpu = process.cpuUsage()
  const started = performance.now()
  return {
    stop() {
      const ms = performance.now() - started
      const used = process.cpuUsage(cpu)
      return { ms, cpuMs: (used.user + used.system) / 1000 }
    }
  }
}

/** Walks every page as a client without the app would, handing each page's accounts to `keep`. */
async function walkPages(
  sim: SimProcess,
  keep: (accounts: unknown[]) => Promise<void> | void
): Promise<{ pages: number; accounts: number }> {
  // `next` is a documented `/v1/…` path: resolved against the base without its own `/v1`.
  const root = sim.endpoints.validations.replace(/\/v1$/, '')
  let url: string | undefined = `${sim.endpoints.validations}/accounts?limit=${MIRROR_PAGE}`
  let pages = 0
  let accounts = 0
  while (url !== undefined) {
    const response = await fetch(url, { headers: { 'Truora-API-Key': sim.key, Accept: 'application/json' } })
    if (!response.ok) throw new Error(`the simulator answered ${response.status} to a page request`)
    const body = JSON.parse(await response.text()) as { accounts: unknown[]; next?: string }
    await keep(body.accounts)
    pages += 1
    accounts += body.accounts.length
    url = body.next ? `${root}${body.next}` : undefined
  }
  return { pages, accounts }
}

export async function floorRun(sim: SimProcess): Promise<MirrorRun> {
  const timer = startTimer()
  const walked = await walkPages(sim, () => {})
  return { ...timer.stop(), ...walked, writes: 0 }
}

export async function naiveRun(sim: SimProcess): Promise<MirrorRun> {
  const folder = await mkdtemp(join(tmpdir(), 'truora-bench-naive-'))
  try {
    const db = await JSONFilePreset<{ accounts: unknown[] }>(join(folder, 'db.json'), { accounts: [] })
    let writes = 0
    const timer = startTimer()
    const walked = await walkPages(sim, async (accounts) => {
      db.data.accounts.push(...accounts)
      await db.write()
      writes += 1
    })
    return { ...timer.stop(), ...walked, writes }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/**
 * The Backend's mirror from an empty cache, timed from `sync.mirror()` until it reports the history
 * phase (by then every page is cached and flushed to disk: walkPages ends with a flush) and a search
 * answers over all of them. The
 * simulator holds history requests unanswered (`holdHistory`), and the mirror is cancelled at once, so
 * no history write follows. Writes are counted as renames onto the manifest (the atomic replace of
 * src/main/fs/atomic-file.ts that ends each commit): the Backend does not hand out the cache's
 * `onWrite` hook.
 */
export async function appRun(sim: SimProcess): Promise<MirrorRun> {
  const dataDir = await mkdtemp(join(tmpdir(), 'truora-bench-mirror-'))
  const backend = createBenchBackend({ dataDir, endpoints: sim.endpoints, mirror: { pageSize: MIRROR_PAGE } })
  let stopWatching = (): void => {}
  try {
    const operatorId = await addBenchOperator(backend, sim.key)
    // Opens the (empty) workspace now, so the timing starts with the first page.
    const before = await backend.sync.status()
    if (!before.ok) throw new Error(`sync.status failed: ${before.error.message}`)
    const folder = cacheFolderOf(dataDir, operatorId)
    await mkdir(folder, { recursive: true })
    let writes = 0
    const watcher = watch(folder, (event, name) => {
      if (event === 'rename' && name === 'manifest') writes += 1
    })
    stopWatching = () => watcher.close()
    let last: SyncStatus | undefined
    const accountsDone = new Promise<SyncStatus>((resolve) => {
      backend.events.on('evt:sync-progress', (status) => {
        last = status
        if (status.phase === 'history' || (status.state !== 'running' && status.state !== 'idle'))
          resolve(status)
      })
    })
    const loopDelay = monitorEventLoopDelay({ resolution: 5 })
    loopDelay.enable()
    const timer = startTimer()
    const started = await backend.sync.mirror()
    if (!started.ok) throw new Error(`sync.mirror failed: ${started.error.message}`)
    const ended = await accountsDone
    // Searchable too: the workspace indexes new accounts a turn later or before a search, whichever
    // comes first, so the timing ends with a search that has every account to answer from.
    const searched = await backend.accounts.search({ text: '', offset: 0, limit: 50 })
    const timed = timer.stop()
    loopDelay.disable()
    if (!searched.ok || searched.data.total !== ended.accounts) {
      throw new Error(
        `after the mirror, a search found ${searched.ok ? searched.data.total : searched.error.message}, not ${ended.accounts}`
      )
    }
    await backend.sync.cancel()
    if (ended.phase !== 'history')
      throw new Error(`the mirror ended in the accounts phase: ${JSON.stringify(last)}`)
    // Rename events arrive through the event loop; the last one may trail the flush by a turn.
    await new Promise((resolve) => setTimeout(resolve, 100))
    return {
      ...timed,
      pages: ended.pages,
      accounts: ended.accounts,
      writes,
      maxLoopDelayMs: loopDelay.max / 1e6
    }
  } finally {
    stopWatching()
    await backend.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}
