// A wrong passphrase answers `wrong_passphrase`, and failures in a row wait longer each time: two
// free, then 15 s, 30 s, 1 min … (src/main/session/unlock-attempts.ts), by the Backend's clock. While a
// wait runs, no passphrase is tried — not even the right one — and the wait survives a restart.
// Guesses sent all at once are taken one at a time, so none skips the wait another earned. What was
// typed at the lock screen reaches the operator's own activity log at their next unlock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ActivityPage } from '@shared/domain/activity'
import { waitAfter } from '../../src/main/session/unlock-attempts'
import { backendFixture, type BackendFixture } from '../support/backend-fixture'

describe('wrong passphrases', () => {
  let f: BackendFixture
  let operatorId: string
  const right = () => f.passphraseOf(operatorId)
  const guess = (passphrase: string) => f.backend.session.unlock({ operatorId, passphrase })

  beforeEach(async () => {
    f = await backendFixture()
    operatorId = await f.addOperator('Ana')
    await f.backend.session.lock()
  })
  afterEach(async () => {
    await f.close()
  })

  it('waits longer after each failure past the second, and follows the schedule it says', () => {
    expect([1, 2, 3, 4, 5, 6, 9, 10, 20].map(waitAfter)).toEqual([
      0, 0, 15_000, 30_000, 60_000, 120_000, 960_000, 1_800_000, 1_800_000
    ])
  })

  it('answers wrong_passphrase with the failures so far, then refuses even the right one during the wait', async () => {
    const first = await guess('not the one')
    expect(first.ok ? 'unlocked' : first.error).toMatchObject({
      code: 'wrong_passphrase',
      details: { failures: 1, waitMs: 0 }
    })
    expect((await guess('not the one either')).ok ? '' : 'refused').toBe('refused')
    const third = await guess('still not')
    expect(third.ok ? 'unlocked' : third.error).toMatchObject({
      code: 'wrong_passphrase',
      details: {
        failures: 3,
        waitMs: 15_000,
        retryAt: new Date(f.clock.now.getTime() + 15_000).toISOString()
      }
    })
    const waiting = await guess(right())
    expect(waiting.ok ? 'unlocked' : waiting.error).toMatchObject({
      code: 'rate_limited',
      retryable: true,
      details: { reason: 'unlock_wait', waitMs: 15_000 }
    })
    expect((await f.backend.accounts.search({ text: '' })).ok).toBe(false)

    f.clock.advance(15_000)
    const fourth = await guess('nope')
    expect(fourth.ok ? 'unlocked' : fourth.error.details).toMatchObject({ failures: 4, waitMs: 30_000 })
    f.clock.advance(29_000)
    expect((await guess(right())).ok ? 'unlocked' : 'waiting').toBe('waiting')
    f.clock.advance(1_000)
    expect((await guess(right())).ok).toBe(true)

    // The count starts again after the right one.
    await f.backend.session.lock()
    const fresh = await guess('a new typo')
    expect(fresh.ok ? 'unlocked' : fresh.error.details).toMatchObject({ failures: 1, waitMs: 0 })
  })

  it('keeps the wait across a restart of the app', async () => {
    for (let n = 0; n < 3; n++) await guess(`wrong ${n}`)
    f.clock.advance(10_000)
    const backend = await f.restart(undefined, { unlock: false })
    const waiting = await backend.session.unlock({ operatorId, passphrase: right() })
    expect(waiting.ok ? 'unlocked' : waiting.error).toMatchObject({
      code: 'rate_limited',
      details: { reason: 'unlock_wait', waitMs: 5_000 }
    })
    f.clock.advance(5_000)
    expect((await backend.session.unlock({ operatorId, passphrase: right() })).ok).toBe(true)
  })

  it('takes guesses sent all at once one at a time: none skips the wait', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, (_, n) => guess(`parallel guess ${n}`)))
    expect(answers.map((answer) => (answer.ok ? 'unlocked' : answer.error.code))).toEqual([
      'wrong_passphrase',
      'wrong_passphrase',
      'wrong_passphrase',
      'rate_limited',
      'rate_limited',
      'rate_limited'
    ])
  })

  it('tells the operator at their next unlock what was typed for them at the lock screen', async () => {
    await guess('someone else tried this')
    await guess('and this')
    expect((await guess(right())).ok).toBe(true)
    const log = await f.backend.activity.list()
    const entries = (log as { ok: true; data: ActivityPage }).data.entries
    const failed = entries.filter((entry) => entry.action === 'unlock_failed')
    expect(failed.map((entry) => [entry.detail?.failures, entry.atLockScreen])).toEqual([
      [2, true],
      [1, true]
    ])
    // Newest first: the unlock after them.
    expect(entries[0]?.action).toBe('unlock')
  })
})
