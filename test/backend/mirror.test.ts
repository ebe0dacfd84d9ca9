import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SyncStatus } from '@shared/domain/sync'
import { backendFixture, eventually, type BackendFixture } from '../support/backend-fixture'

describe('sync.mirror: every account, page by page, cancellable and resumable', () => {
  let f: BackendFixture
  let operatorId: string
  beforeEach(async () => {
    f = await backendFixture({
      sim: { accounts: 120 },
      backend: { mirror: { pageSize: 50, historyPauseMs: 0 } }
    })
    operatorId = await f.addOperator()
  })
  afterEach(async () => {
    await f.close()
  })

  const doneWith = async (phase: SyncStatus['phase'] | 'any') =>
    eventually(async () => {
      const status = await f.backend.sync.status()
      return status.ok && status.data.state !== 'running' && (phase === 'any' || status.data.phase === phase)
        ? status.data
        : undefined
    }, 15_000)

  it("mirrors all pages, reports progress, then fetches each account's history", async () => {
    const progress: SyncStatus[] = []
    f.backend.events.on('evt:sync-progress', (status) => progress.push(status))
    const started = await f.backend.sync.mirror()
    expect(started.ok && started.data.state).toBe('running')
    const final = await doneWith('any')
    expect(final.state).toBe('done')
    expect(final.accounts).toBe(120)
    expect(final.pages).toBe(3)
    expect(final.lastSyncedAt).toBe(f.clock.now.toISOString())
    expect(progress.some((status) => status.phase === 'accounts' && status.state === 'running')).toBe(true)
    expect(progress.at(-1)?.state).toBe('done')
    const all = await f.backend.accounts.search({ text: '', limit: 1000 })
    expect(all.ok && all.data.total).toBe(120)
    // History was fetched: an account's validations now answer from the cache, offline too.
    await f.sim.stop()
    const someone = f.sim.accounts()[42]!.account_id
    const validations = await f.backend.accounts.validations(someone)
    expect(validations.ok && validations.data.freshness.source).toBe('cache')
  })

  it('asks the keychain for nothing during a mirror: the unlock unwrapped the key once', async () => {
    const before = f.keyReads.length
    await f.backend.sync.mirror()
    expect((await doneWith('any')).state).toBe('done')
    expect(f.sim.count({ pathPrefix: '/v1/accounts' })).toBeGreaterThan(120)
    expect(f.keyReads.slice(before)).toEqual([])
  })

  it('stops when the session locks, sends nothing while locked, and carries on from its cursor after the unlock', async () => {
    f.sim.faults.latencyMs = 30
    await f.backend.sync.mirror()
    await eventually(async () => {
      const status = await f.backend.sync.status()
      return status.ok && status.data.pages >= 1
    })
    await f.backend.session.lock()
    // A request already on the wire as the lock came may still arrive; after that, none does.
    const settled = await eventually(async () => {
      const count = f.sim.count()
      await new Promise((resolve) => setTimeout(resolve, 100))
      return f.sim.count() === count ? count : undefined
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(f.sim.count()).toBe(settled)
    const locked = await f.backend.sync.status()
    expect(locked.ok ? 'answered' : locked.error.code).toBe('locked')

    await f.unlock(operatorId)
    const final = await doneWith('history')
    expect(final.state).toBe('done')
    const all = await f.backend.accounts.search({ text: '', limit: 1000 })
    expect(all.ok && all.data.total).toBe(120)
    // Carried on, not started again: the mirror's first page (its page size, no start_key) was asked for once.
    const firstPages = f.sim.requests.filter(
      (request) =>
        request.method === 'GET' &&
        request.path === '/v1/accounts' &&
        request.query.limit === '50' &&
        request.query.start_key === undefined
    )
    expect(firstPages).toHaveLength(1)
  })

  it('does not overwrite a history the operator fetched after the mirror did', async () => {
    f.sim.faults.latencyMs = 20
    await f.backend.sync.mirror()
    // The mirror holds fetched histories for a while before caching them (HISTORY_COMMIT_EVERY_MS):
    // once it has one, the operator opens that account, later.
    await eventually(async () => {
      const status = await f.backend.sync.status()
      return status.ok && (status.data.history?.done ?? 0) >= 1
    })
    const path = f.sim.requests.find((request) =>
      /^\/v1\/accounts\/[^/]+\/validations/.test(request.path)
    )!.path
    const accountId = decodeURIComponent(path.split('/')[3]!)
    f.clock.advance(60_000)
    const fresh = await f.backend.accounts.validations(accountId)
    expect(fresh.ok && fresh.data.freshness.source).toBe('network')
    const cancelled = await f.backend.sync.cancel()
    expect(cancelled.ok && cancelled.data.state).toBe('cancelled')
    // The mirror's older copy went into the cache on cancel, except where a newer one was there.
    await f.sim.stop()
    const cached = await f.backend.accounts.validations(accountId)
    expect(cached.ok && cached.data.freshness.fetchedAt).toBe(f.clock.now.toISOString())
  })

  it('stops on cancel and resumes from the saved page, not from the start', async () => {
    // Slow pages so cancel lands mid-way.
    f.sim.faults.latencyMs = 150
    const started = await f.backend.sync.mirror()
    expect(started.ok).toBe(true)
    await eventually(async () => {
      const status = await f.backend.sync.status()
      return status.ok && status.data.pages >= 1
    })
    const cancelled = await f.backend.sync.cancel()
    expect(cancelled.ok && cancelled.data.state).toBe('cancelled')
    expect(cancelled.ok && cancelled.data.resumable).toBe(true)
    const pagesBefore = cancelled.ok ? cancelled.data.pages : 0
    f.sim.faults.latencyMs = 0
    f.sim.resetRequests()
    // A restart in between: the cursor is on disk.
    const backend = await f.restart()
    expect((await backend.sync.mirror()).ok).toBe(true)
    const final = await eventually(async () => {
      const status = await backend.sync.status()
      return status.ok && status.data.state === 'done' ? status.data : undefined
    }, 15_000)
    expect(final.accounts).toBe(120)
    const listCalls = f.sim.requests.filter(
      (request) => request.method === 'GET' && request.path === '/v1/accounts'
    )
    expect(listCalls.length).toBe(3 - pagesBefore)
  })

  it('fails visibly when the network goes, keeps what it had, and resumes when it returns', async () => {
    f.sim.faults.latencyMs = 100
    await f.backend.sync.mirror()
    await eventually(async () => {
      const status = await f.backend.sync.status()
      return status.ok && status.data.pages >= 1
    })
    await f.sim.stop()
    const failed = await eventually(async () => {
      const status = await f.backend.sync.status()
      return status.ok && status.data.state === 'failed' ? status.data : undefined
    })
    expect(failed.error?.code).toBe('offline')
    expect(failed.resumable).toBe(true)
    f.sim.faults.latencyMs = 0
    await f.sim.start()
    // Connectivity comes back through the probe, and the mirror carries on by itself.
    const final = await eventually(async () => {
      const status = await f.backend.sync.status()
      return status.ok && status.data.state === 'done' ? status.data : undefined
    }, 15_000)
    expect(final.accounts).toBe(120)
  })
})

describe('a key Truora stops accepting during the history pass', () => {
  let f: BackendFixture
  beforeEach(async () => {
    f = await backendFixture({
      sim: { accounts: 120 },
      backend: { mirror: { pageSize: 50, historyPauseMs: 0 } }
    })
    await f.addOperator()
  })
  afterEach(async () => {
    await f.close()
  })

  it('stops the sync as unauthorized instead of asking once per account', async () => {
    // The account pages pass; every history request is refused as a revoked key would be.
    f.sim.faults.share(1, { status: 401 }, { method: 'GET', pathPrefix: '/v1/accounts/' })
    await f.backend.sync.mirror()
    const final = await eventually(async () => {
      const status = await f.backend.sync.status()
      return status.ok && status.data.state !== 'running' ? status.data : undefined
    }, 15_000)
    expect(final.state).toBe('failed')
    expect(final.error?.code).toBe('unauthorized')
    expect(final.accounts).toBe(120)
    expect(f.sim.count({ method: 'GET', pathPrefix: '/v1/accounts/' })).toBeLessThan(5)
  })
})

describe('a damaged cache file', () => {
  let f: BackendFixture
  beforeEach(async () => {
    f = await backendFixture({
      sim: { accounts: 60 },
      backend: { mirror: { pageSize: 25, historyPauseMs: 0 } }
    })
  })
  afterEach(async () => {
    await f.close()
  })

  it('is moved aside, reported, and the cache rebuilt from Truora', async () => {
    const operatorId = await f.addOperator()
    expect((await f.backend.accounts.get(f.sim.accounts()[0]!.account_id)).ok).toBe(true)
    const file = join(f.dataDir, 'operators', operatorId, 'cache', 'manifest')
    const backend = await f.restart(() => writeFile(file, '{"version":1,"iv":"garbage'))
    // The app opened the cache as it started, before anyone listened: the notice waited.
    await backend.cache.stats()
    const corrupt = await new Promise<string>((resolve) =>
      backend.events.on('evt:cache-corrupt', (event) => resolve(event.movedTo))
    )
    expect(corrupt).toContain('cache.corrupt-')
    const final = await eventually(async () => {
      const status = await backend.sync.status()
      return status.ok && status.data.state === 'done' ? status.data : undefined
    }, 15_000)
    expect(final.accounts).toBe(60)
    const names = await readdir(join(f.dataDir, 'operators', operatorId))
    expect(names.some((name) => name.startsWith('cache.corrupt-'))).toBe(true)
    expect(
      await readFile(
        join(
          f.dataDir,
          'operators',
          operatorId,
          names.find((n) => n.startsWith('cache.corrupt-'))!,
          'manifest'
        ),
        'utf8'
      )
    ).toBe('{"version":1,"iv":"garbage')
    const all = await backend.accounts.search({ text: '', limit: 100 })
    expect(all.ok && all.data.total).toBe(60)
  })
})
