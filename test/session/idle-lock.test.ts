// The idle lock (DESIGN.md §6): after the idle time the operator chose (5, 15, 30 or 60 minutes; 15
// unless chosen), by the Backend's own clock, the session locks: the next call answers `locked`, the
// renderer is told (`evt:session-changed`, lockedBy 'idle'), and the keys are gone until the
// passphrase is typed again. Activity the renderer reports starts the idle time again — but not once
// it has run out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SessionStatus } from '@shared/domain/session'
import { backendFixture, eventually, type BackendFixture } from '../support/backend-fixture'

const MINUTE = 60_000

describe('the idle lock, by the Backend’s clock', () => {
  let f: BackendFixture
  let operatorId: string
  const changes: SessionStatus[] = []
  const search = () => f.backend.accounts.search({ text: '' })

  beforeEach(async () => {
    f = await backendFixture()
    changes.length = 0
    operatorId = await f.addOperator('Ana')
    f.backend.events.on('evt:session-changed', (status) => changes.push(status))
  })
  afterEach(async () => {
    await f.close()
  })

  it('locks after 15 minutes without use by default, and says so', async () => {
    expect(await f.backend.session.status()).toMatchObject({
      data: { state: 'unlocked', lockAfterMs: 15 * MINUTE }
    })
    f.clock.advance(15 * MINUTE - 1)
    expect((await search()).ok).toBe(true)
    f.clock.advance(1)
    // No call needed: the Backend looks at its clock on its own, and tells the renderer.
    const locked = await eventually(() => changes.find((status) => status.state === 'locked'))
    expect(locked).toEqual({ state: 'locked', operatorId: null, lockAfterMs: 15 * MINUTE, lockedBy: 'idle' })
    const read = await search()
    expect(read.ok ? 'read' : read.error.code).toBe('locked')
    // Typing the passphrase again opens it.
    await f.unlock(operatorId)
    expect((await search()).ok).toBe(true)
  })

  it('starts the idle time again on the activity the renderer reports', async () => {
    for (let n = 0; n < 5; n++) {
      f.clock.advance(10 * MINUTE)
      expect(await f.backend.session.reportActivity()).toMatchObject({ data: { state: 'unlocked' } })
    }
    expect((await search()).ok).toBe(true)
    f.clock.advance(15 * MINUTE)
    // Past the idle time, reported activity does not bring the session back: it locks.
    expect(await f.backend.session.reportActivity()).toMatchObject({
      data: { state: 'locked', lockedBy: 'idle' }
    })
  })

  it('follows the operator’s choice: 5 minutes', async () => {
    expect(await f.backend.preferences.update({ lockAfterMinutes: 5 })).toMatchObject({
      ok: true,
      data: { lockAfterMinutes: 5 }
    })
    expect(await f.backend.session.status()).toMatchObject({ data: { lockAfterMs: 5 * MINUTE } })
    f.clock.advance(5 * MINUTE)
    const read = await search()
    expect(read.ok ? 'read' : read.error.code).toBe('locked')
    // And keeps it: the next unlock locks after 5 minutes again.
    await f.unlock(operatorId)
    expect(await f.backend.session.status()).toMatchObject({ data: { lockAfterMs: 5 * MINUTE } })
  })

  it('follows the operator’s choice: 60 minutes', async () => {
    await f.backend.preferences.update({ lockAfterMinutes: 60 })
    f.clock.advance(59 * MINUTE)
    expect((await search()).ok).toBe(true)
    f.clock.advance(60 * MINUTE)
    expect(((await search()) as { error?: { code: string } }).error?.code).toBe('locked')
  })

  it('locks when told to (the Lock button, the shortcut, the OS) and drops the keys', async () => {
    expect(await f.backend.session.lock()).toMatchObject({ data: { state: 'locked', lockedBy: 'operator' } })
    await f.backend.lock('system')
    expect(await f.backend.session.status()).toMatchObject({ data: { state: 'locked' } })
    const before = f.sim.count()
    const read = await f.backend.accounts.get(f.sim.accounts()[0]!.account_id)
    expect(read.ok ? 'read' : read.error.code).toBe('locked')
    expect(f.sim.count()).toBe(before)
  })
})
