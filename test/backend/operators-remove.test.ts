// Removing an operator deletes its cache and the creations still queued in it: `operators.check`
// counts them, and `operators.remove` refuses until the operator has confirmed exactly that number.
// Real keychain, real files, the simulator.
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  backendFixture,
  FIXTURE_PASSPHRASE as passphrase,
  type BackendFixture
} from '../support/backend-fixture'
import { truoraStyleKey } from '../support/jwt'

describe('operators.remove with creations still queued', () => {
  let f: BackendFixture
  let operatorId: string
  const folder = () => join(f.dataDir, 'operators', operatorId)

  beforeEach(async () => {
    f = await backendFixture()
    operatorId = await f.addOperator('Ana')
    await f.sim.stop()
    for (const id of ['queued-1', 'queued-2']) {
      const created = await f.backend.accounts.create({ account_id: id })
      expect(created.ok && created.data.status).toBe('queued')
    }
  })
  afterEach(async () => {
    await f.close()
  })

  async function expectUntouched(): Promise<void> {
    expect((await f.keychain.entries()).map((entry) => entry.account)).toContain(`${operatorId}:vault`)
    expect(existsSync(join(folder(), 'cache', 'manifest'))).toBe(true)
    const list = await f.backend.operators.list()
    expect(list.ok && list.data.operators.map((op) => op.id)).toContain(operatorId)
  }

  it('counts them, refuses without the exact number confirmed, and removes once it is', async () => {
    expect(await f.backend.operators.check(operatorId)).toEqual({
      ok: true,
      data: { operatorId, keychain: 'ok', queued: 2 }
    })
    for (const confirm of [undefined, { queuedLost: 1 }, { queuedLost: 3 }, { queuedLost: null }]) {
      const refused = await f.backend.operators.remove(operatorId, confirm)
      expect(refused.ok ? 'removed' : refused.error).toMatchObject({
        code: 'conflict',
        details: { reason: 'queued_creations', queued: 2 }
      })
      await expectUntouched()
    }
    // Refusing did not stop the outbox: the creations are still there and still go out.
    const outbox = await f.backend.outbox.list()
    expect(outbox.ok && outbox.data).toHaveLength(2)

    expect(await f.backend.operators.remove(operatorId, { queuedLost: 2 })).toEqual({ ok: true, data: null })
    expect(await f.keychain.entries()).toEqual([])
    expect(existsSync(folder())).toBe(false)
  })

  it('counts them from the note for an operator who is locked (their cache needs their passphrase)', async () => {
    const otherKey = truoraStyleKey({ keyName: 'second' })
    f.sim.addKey(otherKey)
    // Truora is up only to check the second key: the first operator's outbox, which drains as soon
    // as the network returns, finds it failing, so its creations stay queued.
    f.sim.faults.next(20, { status: 503 }, { method: 'GET', pathPrefix: '/v1/accounts/queued-' })
    await f.sim.start()
    const second = await f.backend.operators.add({ name: 'Bruno', apiKey: otherKey, passphrase })
    if (!second.ok) throw new Error(second.error.message)
    await f.sim.stop()
    await f.switchTo(second.data.operator.id)
    await expect(f.backend.operators.check(operatorId)).resolves.toMatchObject({
      ok: true,
      data: { queued: 2 }
    })
    const refused = await f.backend.operators.remove(operatorId)
    expect(refused.ok ? 'removed' : refused.error.details).toEqual({ reason: 'queued_creations', queued: 2 })
    await expectUntouched()
    expect((await f.backend.operators.remove(operatorId, { queuedLost: 2 })).ok).toBe(true)
    expect(existsSync(folder())).toBe(false)
  })

  it('says so when the wrapped entry is gone, still names the queued creations, and removes once confirmed', async () => {
    const backend = await f.restart(
      async () => {
        await f.keychain.deletePassword(f.keychain.service, `${operatorId}:vault`)
      },
      { unlock: false }
    )
    // The cache cannot be opened without the wrapped data key, but the count noted beside it is known.
    expect(await backend.operators.check(operatorId)).toEqual({
      ok: true,
      data: { operatorId, keychain: 'secrets_missing', queued: 2 }
    })
    const unlock = await backend.session.unlock({ operatorId, passphrase })
    expect(unlock.ok ? 'unlocked' : unlock.error).toMatchObject({
      code: 'keychain_unavailable',
      details: { reason: 'secrets_missing' }
    })
    const refused = await backend.operators.remove(operatorId, { queuedLost: 0 })
    expect(refused.ok ? 'removed' : refused.error.details).toEqual({ reason: 'queued_creations', queued: 2 })
    expect(existsSync(join(folder(), 'cache', 'manifest'))).toBe(true)
    expect((await backend.operators.remove(operatorId, { queuedLost: 2 })).ok).toBe(true)
    expect(await f.keychain.entries()).toEqual([])
    expect(existsSync(folder())).toBe(false)
  })

  it('counts "an unknown number" when neither the cache nor a note can tell', async () => {
    const backend = await f.restart(
      async () => {
        await f.keychain.deletePassword(f.keychain.service, `${operatorId}:vault`)
        await rm(join(folder(), 'outbox-count.json'))
      },
      { unlock: false }
    )
    expect(await backend.operators.check(operatorId)).toEqual({
      ok: true,
      data: { operatorId, keychain: 'secrets_missing', queued: null }
    })
    const refused = await backend.operators.remove(operatorId, { queuedLost: 0 })
    expect(refused.ok ? 'removed' : refused.error.details).toEqual({
      reason: 'queued_creations',
      queued: null
    })
    expect((await backend.operators.remove(operatorId, { queuedLost: null })).ok).toBe(true)
    expect(existsSync(folder())).toBe(false)
  })
})
