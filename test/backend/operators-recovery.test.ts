// A damaged operators.json must not strand an operator's cache and the creations queued in it: the
// profiles come back from the operators' own folders (their profile copy, or the folder name alone),
// and what was queued is shown and sent. Real files, the real keychain, the simulator.
import { existsSync } from 'node:fs'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backendFixture, eventually, type BackendFixture } from '../support/backend-fixture'

describe('operators: recovery from a damaged or incomplete operators.json', () => {
  let f: BackendFixture
  let operatorId: string
  const profiles = () => join(f.dataDir, 'operators.json')
  const profileCopy = () => join(f.dataDir, 'operators', operatorId, 'profile.json')

  beforeEach(async () => {
    f = await backendFixture()
    operatorId = await f.addOperator('Ana Lúcia')
    // Offline: the creation waits in the operator's cache.
    await f.sim.stop()
    const created = await f.backend.accounts.create({ account_id: 'recover-1', first_name: 'Pedro' })
    expect(created.ok && created.data.status).toBe('queued')
  })
  afterEach(async () => {
    await f.close()
  })

  async function expectQueuedShownThenSent(): Promise<void> {
    const outbox = await f.backend.outbox.list()
    expect(outbox.ok && outbox.data.map((item) => item.input.account_id)).toEqual(['recover-1'])
    await f.sim.start()
    // The unlock opened the cache and tried the outbox at once, still offline; a retry made while that
    // attempt is still on its way is overtaken by its backoff. So the operator retries until it goes.
    const id = (outbox.ok && outbox.data[0]!.id) as string
    await eventually(async () => {
      await f.backend.outbox.retry(id)
      const items = await f.backend.outbox.list()
      return items.ok && items.data.length === 0
    })
    expect(f.sim.accounts().filter((account) => account.account_id === 'recover-1')).toHaveLength(1)
  }

  it('brings the operator back from its profile copy, keeps the damaged file aside, and sends the queued creation', async () => {
    await f.restart(async () => {
      await writeFile(profiles(), '{"version":1,"activeId":"')
    })
    const list = await f.backend.operators.list()
    expect(list.ok && list.data).toMatchObject({
      activeId: operatorId,
      operators: [
        { id: operatorId, name: 'Ana Lúcia', clientId: expect.any(String), recoveredAt: expect.any(String) }
      ]
    })
    expect(
      (await readdir(f.dataDir)).filter((name) => name.startsWith('operators.json.corrupt-'))
    ).toHaveLength(1)
    // Written again whole, so the next start reads it as usual.
    expect(JSON.parse(await readFile(profiles(), 'utf8'))).toMatchObject({ activeId: operatorId })
    await expectQueuedShownThenSent()
  })

  it('brings back an operator whose folder has a cache but no profile copy, named from its id', async () => {
    await f.restart(async () => {
      await rm(profileCopy())
      await writeFile(profiles(), Buffer.from([0xff, 0x00, 0x7b]))
    })
    const list = await f.backend.operators.list()
    expect(list.ok && list.data).toMatchObject({
      activeId: operatorId,
      operators: [{ id: operatorId, name: operatorId.slice(0, 8), recoveredAt: expect.any(String) }]
    })
    await expectQueuedShownThenSent()
  })

  it('takes in, on the next start, a folder that operators.json does not list (a crash in the middle of an add)', async () => {
    await f.restart(async () => {
      await writeFile(profiles(), JSON.stringify({ version: 1, activeId: null, operators: [] }))
    })
    const list = await f.backend.operators.list()
    expect(list.ok && list.data).toMatchObject({ activeId: operatorId, operators: [{ name: 'Ana Lúcia' }] })
    await expectQueuedShownThenSent()
  })

  it('writes the profile copy of an operator added before copies were kept', async () => {
    await f.restart(async () => {
      await rm(profileCopy())
    })
    const list = await f.backend.operators.list()
    expect(list.ok && list.data.operators.map((op) => op.name)).toEqual(['Ana Lúcia'])
    // Not "recovered": operators.json was fine.
    expect(list.ok && list.data.operators[0]?.recoveredAt).toBeUndefined()
    expect(JSON.parse(await readFile(profileCopy(), 'utf8'))).toMatchObject({
      id: operatorId,
      name: 'Ana Lúcia'
    })
  })

  it('gives operators.json back as it was when nothing is wrong (no write)', async () => {
    const before = await readFile(profiles(), 'utf8')
    await f.restart()
    expect((await f.backend.operators.list()).ok).toBe(true)
    expect(await readFile(profiles(), 'utf8')).toBe(before)
    expect(existsSync(profileCopy())).toBe(true)
  })
})
