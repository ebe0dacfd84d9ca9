// The wait after wrong passphrases (session/unlock-attempts.ts) is neither skipped nor made endless by
// what can happen to its file or the clock: a damaged file (truncated, not JSON, not a record) counts
// as the longest wait, which then ends like any other, across restarts; a clock set back after the
// failures makes the wait count from then, instead of sliding forward with every try.
import { writeFile } from 'node:fs/promises'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { waitAfter } from '../../src/main/session/unlock-attempts'
import { unlockAttemptsOf } from '../../src/main/workspace/operator-paths'
import { backendFixture, type BackendFixture } from '../support/backend-fixture'

let f: BackendFixture
let operatorId: string
beforeEach(async () => {
  f = await backendFixture()
  operatorId = await f.addOperator('Ana')
  await f.backend.session.lock()
})
afterEach(async () => {
  await f.close()
})

const LONGEST = waitAfter(1_000)

it.each([
  ['not JSON', '{garbage'],
  ['empty', ''],
  ['not a record', '{"version":2}'],
  ['a date that is not one', '{"version":1,"failures":6,"lastFailureAt":"x"}']
])(
  'takes a damaged file (%s) as the longest wait, which then ends, also after a restart',
  async (_label, text) => {
    for (let n = 0; n < 6; n++) await f.backend.session.unlock({ operatorId, passphrase: `wrong ${n}` })
    await f.backend.close()
    await writeFile(unlockAttemptsOf(f.dataDir, operatorId), text)
    let backend = await f.restart(undefined, { unlock: false })
    const unlock = () => backend.session.unlock({ operatorId, passphrase: f.passphraseOf(operatorId) })
    const waiting = await unlock()
    expect(waiting.ok ? 'unlocked' : waiting.error).toMatchObject({
      code: 'rate_limited',
      details: { reason: 'unlock_wait', waitMs: LONGEST }
    })
    f.clock.advance(LONGEST / 2)
    backend = await f.restart(undefined, { unlock: false })
    expect((await unlock()).ok ? 'unlocked' : 'waiting').toBe('waiting')
    f.clock.advance(LONGEST / 2)
    expect((await unlock()).ok).toBe(true)
  }
)

it('counts the wait from now when the clock was set back after the failures', async () => {
  for (let n = 0; n < 3; n++) await f.backend.session.unlock({ operatorId, passphrase: `wrong ${n}` })
  // A year back (a clock corrected after running ahead): the last failure is now in the future.
  f.clock.advance(-365 * 24 * 3600 * 1000)
  const unlock = () => f.backend.session.unlock({ operatorId, passphrase: f.passphraseOf(operatorId) })
  const waiting = await unlock()
  expect(waiting.ok ? 'unlocked' : waiting.error).toMatchObject({
    code: 'rate_limited',
    details: { waitMs: waitAfter(3) }
  })
  f.clock.advance(waitAfter(3))
  expect((await unlock()).ok).toBe(true)
})
