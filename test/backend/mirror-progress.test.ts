// Progress that answers "how long?" (DESIGN.md §5 "totals and ETA where knowable"): the history phase
// counts n of N with a rate and an ETA of its own, the account pages use the last finished sync's
// count as their estimate, and a cancelled sync says it stopped. Real simulator, real cache.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SyncStatus } from '@shared/domain/sync'
import { backendFixture, eventually, type BackendFixture } from '../support/backend-fixture'

const ACCOUNTS = 40

describe('sync progress figures', () => {
  let f: BackendFixture
  let progress: SyncStatus[]
  beforeEach(async () => {
    // Small pages and a little latency, so progress is published during each phase.
    f = await backendFixture({
      sim: { accounts: ACCOUNTS, latencyMs: 60 },
      backend: { mirror: { pageSize: 4, historyPauseMs: 0 } }
    })
    await f.addOperator()
    progress = []
    f.backend.events.on('evt:sync-progress', (status) => progress.push(status))
  })
  afterEach(async () => {
    await f.close()
  })

  const finished = () =>
    eventually(async () => {
      const status = await f.backend.sync.status()
      return status.ok && status.data.state !== 'running' ? status.data : undefined
    }, 20_000)

  it('counts the history phase as n of N, with a rate and an ETA measured over that phase alone', async () => {
    await f.backend.sync.mirror()
    expect((await finished()).state).toBe('done')
    const history = progress.filter((status) => status.phase === 'history' && status.state === 'running')
    expect(history.length).toBeGreaterThan(2)
    expect(history.every((status) => status.history?.total === ACCOUNTS)).toBe(true)
    // The phase starts with no rate of its own yet, not the account pages' (a hundred times faster).
    expect(history[0]).toMatchObject({ rate: 0, history: { done: 0, total: ACCOUNTS } })
    expect(history[0]!.etaSeconds).toBeUndefined()
    const measured = history.filter((status) => status.rate > 0 && status.history!.done < ACCOUNTS)
    expect(measured.length).toBeGreaterThan(0)
    for (const status of measured) {
      const left = ACCOUNTS - status.history!.done
      expect(status.etaSeconds).toBe(Math.round(left / status.rate))
      expect(status.estimatedTotal).toBeUndefined()
    }
    expect(progress.at(-1)).toMatchObject({ state: 'done', history: { done: ACCOUNTS, total: ACCOUNTS } })
    expect(progress.at(-1)?.etaSeconds).toBeUndefined()
  })

  it("estimates the account pages from the last finished sync's count, and not before there is one", async () => {
    // Accounts looked up one by one are not a total: the first sync has no estimate.
    for (const account of f.sim.accounts().slice(0, 5)) await f.backend.accounts.get(account.account_id)
    await f.backend.sync.mirror()
    expect((await finished()).state).toBe('done')
    const first = progress.filter((status) => status.phase === 'accounts')
    expect(first.length).toBeGreaterThan(1)
    expect(first.every((status) => status.estimatedTotal === undefined)).toBe(true)
    expect(first.every((status) => status.etaSeconds === undefined)).toBe(true)

    progress = []
    f.backend.events.on('evt:sync-progress', (status) => progress.push(status))
    await f.backend.sync.mirror()
    await eventually(() => progress.some((status) => status.phase === 'history'))
    await f.backend.sync.cancel()
    const second = progress.filter(
      (status) => status.phase === 'accounts' && status.state === 'running' && status.accounts > 0
    )
    expect(second.length).toBeGreaterThan(0)
    for (const status of second.filter((status) => status.accounts < ACCOUNTS)) {
      expect(status.estimatedTotal).toBe(ACCOUNTS)
      if (status.rate > 0)
        expect(status.etaSeconds).toBe(Math.round((ACCOUNTS - status.accounts) / status.rate))
    }
  })

  it('keeps the last synced time apart from a run that has not finished, and stops the figures on cancel', async () => {
    await f.backend.sync.mirror()
    await eventually(() => progress.some((status) => status.phase === 'accounts' && status.accounts > 0))
    const running = await f.backend.sync.status()
    expect(running.ok && running.data.lastSyncedAt).toBeUndefined()
    const cancelled = await f.backend.sync.cancel()
    expect(cancelled.ok && cancelled.data).toMatchObject({ state: 'cancelled', resumable: true })
    expect(cancelled.ok && cancelled.data.etaSeconds).toBeUndefined()
    expect(cancelled.ok && cancelled.data.lastSyncedAt).toBeUndefined()
    const events = progress.length
    // Nothing moves after a cancel.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(progress.length).toBe(events)
  })
})
