import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backendFixture, FIXTURE_PASSPHRASE, type BackendFixture } from '../support/backend-fixture'
import { truoraStyleKey } from '../support/jwt'

const execFileAsync = promisify(execFile)

const passphrase = FIXTURE_PASSPHRASE

describe('operators: profiles in a file, keys wrapped in the real keychain', () => {
  let f: BackendFixture
  beforeEach(async () => {
    f = await backendFixture()
  })
  afterEach(async () => {
    await f.close()
  })

  it('starts with no operator and locked, and reads answer locked', async () => {
    expect(await f.backend.operators.list()).toEqual({ ok: true, data: { operators: [], activeId: null } })
    expect(await f.backend.session.status()).toMatchObject({ ok: true, data: { state: 'locked' } })
    const read = await f.backend.accounts.get('anything')
    expect(read.ok ? read : read.error.code).toBe('locked')
  })

  it('refuses a wrong key with unauthorized and stores nothing', async () => {
    const added = await f.backend.operators.add({
      name: 'Ana',
      apiKey: 'not-the-right-key-at-all',
      passphrase
    })
    expect(added.ok ? 'stored' : added.error.code).toBe('unauthorized')
    expect(await f.keychain.entries()).toEqual([])
    expect((await f.backend.operators.list()).ok && (await f.backend.operators.list())).toMatchObject({
      data: { operators: [] }
    })
    expect(existsSync(join(f.dataDir, 'operators.json'))).toBe(false)
  })

  it('rejects a malformed add before calling Truora', async () => {
    const before = f.sim.count()
    const added = await f.backend.operators.add({ name: '  ', apiKey: 'has spaces in it', passphrase })
    expect(added.ok ? 'stored' : added.error.code).toBe('invalid_input')
    expect(f.sim.count()).toBe(before)
  })

  it('refuses a passphrase shorter than eight characters before calling Truora', async () => {
    const before = f.sim.count()
    const added = await f.backend.operators.add({ name: 'Ana', apiKey: f.sim.key, passphrase: 'só7char' })
    expect(added.ok ? 'stored' : added.error).toMatchObject({
      code: 'invalid_input',
      details: { issues: [{ path: 'passphrase', message: 'validation.passphraseShort' }] }
    })
    expect(f.sim.count()).toBe(before)
    expect(await f.keychain.entries()).toEqual([])
  })

  it("wraps the key in the keychain, shows the key's client and expiry, and unlocks the first operator", async () => {
    const added = await f.backend.operators.add({ name: 'Ana Lúcia', apiKey: f.sim.key, passphrase })
    if (!added.ok) throw new Error(added.error.message)
    expect(added.data.operator).toMatchObject({
      name: 'Ana Lúcia',
      clientId: 'TCI0123456789abcdef0123456789abcd'
    })
    expect(added.data.operator.keyExpiresAt).toBe('2027-06-01T00:00:00.000Z')
    expect(added.data.keyExpiresSoon).toBe(false)
    // One entry, the wrapped one; the key is not in it as it is (the vault test looks for every encoding).
    const entries = await f.keychain.entries()
    expect(entries.map((entry) => entry.account)).toEqual([`${added.data.operator.id}:vault`])
    expect(entries[0]!.password).not.toContain(f.sim.key)
    const active = await f.backend.operators.active()
    expect(active.ok && active.data?.id).toBe(added.data.operator.id)
    expect(await f.backend.session.status()).toMatchObject({
      ok: true,
      data: { state: 'unlocked', operatorId: added.data.operator.id }
    })
    // The key is in no file and in no answer.
    const profiles = await readFile(join(f.dataDir, 'operators.json'), 'utf8')
    expect(profiles).not.toContain(f.sim.key)
    expect(JSON.stringify(added)).not.toContain(f.sim.key)
    expect(JSON.stringify(await f.backend.operators.list())).not.toContain(f.sim.key)
  })

  it('warns when the key expires within the two weeks the rest of the app warns in, and not before', async () => {
    const day = 24 * 3600 * 1000
    for (const [name, days, soon] of [
      ['In ten days', 10, true],
      ['In sixteen days', 16, false]
    ] as const) {
      const key = truoraStyleKey({ expiresAt: new Date(f.clock.now.getTime() + days * day) })
      f.sim.addKey(key)
      const added = await f.backend.operators.add({ name, apiKey: key, passphrase })
      expect(added.ok && added.data.keyExpiresSoon, name).toBe(soon)
    }
  })

  it('refuses a second operator with the same name', async () => {
    await f.addOperator('Ana')
    const again = await f.backend.operators.add({ name: 'ana', apiKey: f.sim.key, passphrase })
    expect(again.ok ? 'stored' : again.error.code).toBe('conflict')
  })

  it('switches operator by locking and unlocking the other, each with their own cache', async () => {
    const first = await f.addOperator('First')
    const otherKey = truoraStyleKey({ keyName: 'second' })
    f.sim.addKey(otherKey)
    const second = await f.backend.operators.add({
      name: 'Second',
      apiKey: otherKey,
      passphrase: 'second’s own words'
    })
    if (!second.ok) throw new Error(second.error.message)
    // Added while First is unlocked: First stays unlocked.
    expect(await f.backend.session.status()).toMatchObject({ data: { operatorId: first } })
    const id = f.sim.accounts()[0]!.account_id
    expect((await f.backend.accounts.get(id)).ok).toBe(true)
    const unlocked = await f.backend.session.unlock({
      operatorId: second.data.operator.id,
      passphrase: 'second’s own words'
    })
    expect(unlocked.ok ? unlocked.data.operatorId : unlocked.error).toBe(second.data.operator.id)
    const page = await f.backend.accounts.search({ text: id })
    expect(page.ok && page.data.total).toBe(0)
    await f.switchTo(first)
    const back = await f.backend.accounts.search({ text: id })
    expect(back.ok && back.data.total).toBe(1)
  })

  it('removing an operator deletes its wrapped keys and its cache, and locks', async () => {
    const id = await f.addOperator()
    expect((await f.backend.accounts.get(f.sim.accounts()[0]!.account_id)).ok).toBe(true)
    await f.backend.cache.stats() // the cache is open and written
    const folder = join(f.dataDir, 'operators', id)
    expect((await f.keychain.entries()).map((entry) => entry.account)).toEqual([`${id}:vault`])
    expect((await f.backend.operators.remove(id)).ok).toBe(true)
    expect(await f.backend.session.status()).toMatchObject({ data: { state: 'locked', lockedBy: 'removed' } })
    expect(await f.keychain.entries()).toEqual([])
    expect(existsSync(folder)).toBe(false)
    expect(await f.backend.operators.list()).toEqual({ ok: true, data: { operators: [], activeId: null } })
  })

  it('reports a keychain it cannot reach as keychain_unavailable, with what to do, and stores nothing', async () => {
    // No D-Bus session in the child's environment: the real keytar cannot reach a Secret Service.
    const env = { ...process.env }
    delete env.DBUS_SESSION_BUS_ADDRESS
    delete env.DISPLAY
    // Asynchronously: the simulator answering the child runs in this very process.
    const child = await execFileAsync(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/support/fixtures/add-operator.ts',
        f.dataDir,
        f.sim.endpoints.validations,
        f.sim.key
      ],
      { env, encoding: 'utf8', timeout: 20_000 }
    )
    const added = JSON.parse(child.stdout)
    expect(added.ok ? 'stored' : added.error.code).toBe('keychain_unavailable')
    expect(added.error.message).toMatch(/gnome-keyring/)
    expect(child.stdout + child.stderr).not.toContain(f.sim.key)
    expect(existsSync(join(f.dataDir, 'operators.json'))).toBe(false)
  })
})
