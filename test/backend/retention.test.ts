// "Forget cached personal data not refreshed for N days" (DESIGN.md §4 "Retention per operator"):
// applied when the operator's cache opens and then once a day while it stays open, by the Backend's
// clock, and never to the outbox. Off unless the operator chooses 30, 90 or 180 days.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ActivityPage } from '@shared/domain/activity'
import { backendFixture, eventually, type BackendFixture } from '../support/backend-fixture'

const HOUR = 3_600_000
const DAY = 24 * HOUR

describe('retention', () => {
  let f: BackendFixture
  let operatorId: string
  let older: string[]
  let newer: string[]
  const cached = async (ids: string[]) => {
    const found: string[] = []
    for (const id of ids) {
      const page = await f.backend.accounts.search({ text: id })
      if (page.ok && page.data.hits.some((hit) => hit.account.account_id === id)) found.push(id)
    }
    return found
  }
  const outbox = async () => {
    const items = await f.backend.outbox.list()
    return items.ok ? items.data.map((item) => item.input.account_id) : []
  }

  beforeEach(async () => {
    f = await backendFixture()
    operatorId = await f.addOperator('Ana')
    const ids = f.sim.accounts().map((account) => account.account_id)
    older = ids.slice(0, 3)
    newer = ids.slice(3, 5)
    for (const id of older) {
      expect((await f.backend.accounts.get(id)).ok).toBe(true)
      expect((await f.backend.accounts.validations(id)).ok).toBe(true)
    }
    // 22 hours later (unlocked again: the idle lock has run out meanwhile), two more are fetched and a
    // creation is queued offline.
    f.clock.advance(22 * HOUR)
    await f.unlock(operatorId)
    for (const id of newer) expect((await f.backend.accounts.get(id)).ok).toBe(true)
    await f.sim.stop()
    const queued = await f.backend.accounts.create({ account_id: 'kept-in-outbox', first_name: 'Inês' })
    expect(queued.ok && queued.data.status).toBe('queued')
  })
  afterEach(async () => {
    await f.close()
  })

  it('forgets at open what was not refreshed for the chosen days, then daily, and never the outbox', async () => {
    expect(await f.backend.preferences.update({ retentionDays: 30 })).toMatchObject({
      data: { retentionDays: 30 }
    })
    // Applied as it is chosen: nothing is 30 days old yet.
    expect(await cached([...older, ...newer])).toEqual([...older, ...newer])

    // A month later the operator comes back: the cache opens at the unlock and the older three go.
    f.clock.advance(30 * DAY - 22 * HOUR + HOUR)
    await f.unlock(operatorId)
    await eventually(async () => (await cached(older)).length === 0)
    expect(await cached(newer)).toEqual(newer)
    expect(await outbox()).toEqual(['kept-in-outbox'])
    const applied = await eventually(async () => {
      const log = (await f.backend.activity.list()) as { ok: true; data: ActivityPage }
      return log.data.entries.find((entry) => entry.action === 'retention_applied')
    })
    expect(applied).toMatchObject({ detail: { days: 30, accounts: 3 } })

    // Kept open a day longer (the operator using it all along): the daily pass takes the newer two.
    await f.backend.preferences.update({ lockAfterMinutes: 60 })
    for (let step = 0; step < 30; step++) {
      f.clock.advance(50 * 60_000)
      expect(await f.backend.session.reportActivity()).toMatchObject({ data: { state: 'unlocked' } })
    }
    await eventually(async () => (await cached(newer)).length === 0)
    expect(await outbox()).toEqual(['kept-in-outbox'])
    const stats = await f.backend.cache.stats()
    expect(stats.ok && stats.data).toMatchObject({ accounts: 0, validations: 0, outbox: 1 })
  })

  it('keeps everything when retention is off, as it is unless chosen', async () => {
    expect(await f.backend.preferences.get()).toMatchObject({ data: { retentionDays: null } })
    f.clock.advance(200 * DAY)
    await f.unlock(operatorId)
    expect(await cached([...older, ...newer])).toEqual([...older, ...newer])
  })
})
