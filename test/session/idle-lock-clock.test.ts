// The idle lock holds when the clock misbehaves, and answers nothing it should not once it is due:
// a clock set back while unlocked makes the idle time count from then (it used to keep the session
// open until the clock caught up again); and once the idle time has run out, even the lock screen's
// own calls find the session locked, before the Backend's next tick would have locked it.
import { afterEach, beforeEach, expect, it } from 'vitest'
import { backendFixture, type BackendFixture } from '../support/backend-fixture'

const MINUTE = 60_000
let f: BackendFixture
beforeEach(async () => {
  f = await backendFixture()
  await f.addOperator('Ana')
  await f.addOperator('Bruno', { passphrase: 'bruno passphrase 123' })
})
afterEach(async () => {
  await f.close()
})

it('locks 15 idle minutes after the clock was set back two hours', async () => {
  f.clock.advance(-120 * MINUTE)
  // The Backend looks at its clock every few seconds (its tick, or any call), and so sees the jump.
  expect(await f.backend.session.status()).toMatchObject({ data: { state: 'unlocked' } })
  f.clock.advance(14 * MINUTE)
  expect((await f.backend.cache.stats()).ok).toBe(true)
  f.clock.advance(16 * MINUTE)
  const read = await f.backend.cache.stats()
  expect(read.ok ? 'read' : read.error.code).toBe('locked')
})

it('shows names only at the moment the idle time runs out, not full profiles until the tick', async () => {
  f.clock.advance(15 * MINUTE)
  // Straight away, before the Backend's own timer has looked at its clock.
  const listed = await f.backend.operators.list()
  if (!listed.ok) throw new Error(listed.error.message)
  expect(await f.backend.session.status()).toMatchObject({ data: { state: 'locked', lockedBy: 'idle' } })
  for (const operator of listed.data.operators) {
    expect(Object.keys(operator).sort()).not.toContain('clientId')
    expect(Object.keys(operator).sort()).not.toContain('keyExpiresAt')
  }
})
