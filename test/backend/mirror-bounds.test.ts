// The mirror's walk is bounded and says why it stopped (DESIGN.md §5 "Mirror": bounded): against a
// hostile account list on loopback that never ends, and against a disk that refuses the cache's write.
import { execFileSync } from 'node:child_process'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { SyncStatus } from '@shared/domain/sync'
import { backendFixture, eventually, type BackendFixture } from '../support/backend-fixture'
import { startHostileServer, type HostileServer } from '../support/hostile-server'
import type { WalkBounds } from '../../src/main/sync/walk-bounds'

let f: BackendFixture | undefined
let list: HostileServer | undefined
afterEach(async () => {
  await f?.close()
  await list?.close()
  f = list = undefined
})

/**
 * An account list that never ends: every page hands out a new cursor; `fresh` says whether its two
 * accounts are new ones or the same two again.
 */
async function endlessList(fresh: boolean): Promise<HostileServer> {
  return startHostileServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://list')
    const page = Number(url.searchParams.get('start_key') ?? '0')
    const ids = fresh ? [`ACC${2 * page}`, `ACC${2 * page + 1}`] : ['ACC-same-1', 'ACC-same-2']
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end(
      JSON.stringify({
        accounts: ids.map((account_id) => ({ account_id, first_name: 'Eco' })),
        next: `/v1/accounts?start_key=${page + 1}`
      })
    )
  })
}

/** A fixture whose Truora APIs are all `server` (the walk stops before any history is asked for). */
async function listFixture(server: HostileServer, bounds?: WalkBounds): Promise<BackendFixture> {
  return backendFixture({
    sim: { accounts: 5 },
    backend: {
      endpoints: {
        validations: `${server.url}/v1`,
        identity: `${server.url}/identity/v1`,
        account: `${server.url}/account/v1`
      },
      mirror: { pageSize: 2, historyPauseMs: 0, ...(bounds ? { bounds } : {}) }
    }
  })
}

async function finished(fixture: BackendFixture): Promise<SyncStatus> {
  return eventually(async () => {
    const status = await fixture.backend.sync.status()
    return status.ok && status.data.state !== 'running' ? status.data : undefined
  }, 20_000)
}

describe('a walk that would never end', () => {
  it('stops after pages that bring no new account, keeps what it had, and says why', async () => {
    list = await endlessList(false)
    f = await listFixture(list)
    await f.addOperator()
    await f.backend.sync.mirror()
    const final = await finished(f)
    expect(final.state).toBe('failed')
    expect(final.error).toMatchObject({ code: 'bad_response', reason: 'no_new_accounts' })
    // The default bound: 20 pages in a row with nothing new, after the first page's two accounts.
    expect(final.pages).toBe(21)
    const listed = list.requests.filter((request) => request.url.startsWith('/v1/accounts?'))
    expect(listed.length).toBeLessThanOrEqual(23)
    const all = await f.backend.accounts.search({ text: '', limit: 10 })
    expect(all.ok && all.data.total).toBe(2)
    expect(final.resumable).toBe(true)
  })

  it('stops at the page bound when every page brings new accounts', async () => {
    list = await endlessList(true)
    f = await listFixture(list, { maxPages: 30, maxPagesWithoutNewAccounts: 20 })
    await f.addOperator()
    await f.backend.sync.mirror()
    const final = await finished(f)
    expect(final.error).toMatchObject({ code: 'bad_response', reason: 'too_many_pages' })
    expect(final.pages).toBe(30)
    expect(final.accounts).toBe(60)
    const all = await f.backend.accounts.search({ text: '', limit: 100 })
    expect(all.ok && all.data.total).toBe(60)
  })
})

/** Whether this process may mount a tmpfs (root with CAP_SYS_ADMIN). */
function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false
  try {
    execFileSync('mount', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

describe('a disk that refuses the cache write during a mirror', () => {
  it.skipIf(!canMount())('a full disk (ENOSPC): failed, with the disk as its reason', async () => {
    f = await backendFixture({
      sim: { accounts: 200 },
      backend: { mirror: { pageSize: 50, historyPauseMs: 0 } }
    })
    const operatorId = await f.addOperator()
    await f.backend.cache.stats()
    const folder = join(f.dataDir, 'operators', operatorId)
    await mkdir(folder, { recursive: true })
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', folder])
    try {
      // Full but for a few KB: the first cache write of 200 accounts cannot fit.
      await writeFile(join(folder, 'filler'), Buffer.alloc(1024 * 1024 - 8 * 1024)).catch(() => undefined)
      await f.backend.sync.mirror()
      const final = await finished(f)
      expect(final.state).toBe('failed')
      expect(final.error).toMatchObject({ code: 'internal', reason: 'disk' })
      expect(final.error?.message).toContain('ENOSPC')
    } finally {
      execFileSync('umount', [folder])
    }
  })

  it('a folder replaced by a file (ENOTDIR / EEXIST): failed, with the disk as its reason', async () => {
    f = await backendFixture({
      sim: { accounts: 60 },
      backend: { mirror: { pageSize: 20, historyPauseMs: 0 } }
    })
    const operatorId = await f.addOperator()
    await f.backend.cache.stats()
    const folder = join(f.dataDir, 'operators', operatorId)
    // The folder appears with the first write; if it is there already, it is put back after.
    const existed = await rename(folder, `${folder}-away`).then(
      () => true,
      () => false
    )
    await mkdir(dirname(folder), { recursive: true })
    await writeFile(folder, 'not a folder')
    try {
      await f.backend.sync.mirror()
      const final = await finished(f)
      expect(final.state).toBe('failed')
      expect(final.error).toMatchObject({ code: 'internal', reason: 'disk' })
      expect(final.error?.message).not.toContain(f.dataDir)
    } finally {
      await rm(folder)
      if (existed) await rename(`${folder}-away`, folder)
    }
  })
})
