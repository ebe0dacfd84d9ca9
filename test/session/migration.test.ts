// An operator added before passphrases (their API key and data key raw in the keychain, as the app
// stored them until now) is asked to choose one at the next start; their secrets are wrapped, the raw
// entries deleted, and nothing is lost: the cache, its accounts and its queued creation are all there
// under the new passphrase. A migration cut short at either step is finished at the next try, and one
// that cannot read both raw entries deletes nothing.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ActivityPage } from '@shared/domain/activity'
import { generateDataKey } from '../../src/main/cache/open-cache'
import { writeProfileCopy } from '../../src/main/operators/profile-copy'
import { unwrapSecrets, wrapSecrets } from '../../src/main/session/vault-crypto'
import { openOperatorCache } from '../support/cache-files'
import { backendFixture, eventually, TEST_VAULT_COST, type BackendFixture } from '../support/backend-fixture'
import { dataKeyForms, leaks, secretForms } from '../support/leak-scan'

const CHOSEN = 'una frase nueva para Ana'

describe('an operator from before passphrases', () => {
  let f: BackendFixture
  let operatorId: string
  let dataKey: Buffer
  const accountId = () => f.sim.accounts()[2]!.account_id
  const raw = () => [operatorId, `${operatorId}:data-key`]
  const accounts = async () => (await f.keychain.entries()).map((entry) => entry.account).sort()

  /** What the app before this change left: the profile without `wrappedAt`, raw entries, a cache. */
  async function legacyOperator(): Promise<void> {
    operatorId = randomUUID()
    dataKey = generateDataKey()
    const operator = { id: operatorId, name: 'Ana Antes', createdAt: '2026-01-10T09:00:00.000Z' }
    await writeProfileCopy(f.dataDir, operator)
    await writeFile(
      join(f.dataDir, 'operators.json'),
      JSON.stringify({ version: 1, activeId: operatorId, operators: [operator] })
    )
    await f.keychain.setPassword(f.keychain.service, operatorId, f.sim.key)
    await f.keychain.setPassword(f.keychain.service, `${operatorId}:data-key`, dataKey.toString('base64'))
    const { store } = await openOperatorCache(f.dataDir, operatorId, dataKey)
    store.accounts.put(f.sim.accounts()[2]!, '2026-11-20T10:00:00.000Z')
    store.outbox.add({
      id: 'queued-before',
      input: { account_id: 'queued-before', first_name: 'Rosário' },
      createdAt: '2026-11-20T10:05:00.000Z',
      state: 'pending',
      attempts: 0
    })
    await store.close()
  }

  beforeEach(async () => {
    f = await backendFixture()
    await legacyOperator()
    // The app after the update starts on a data folder and keychain as the old one left them.
    await f.restart(undefined, { unlock: false })
    // Offline, so the queued creation stays queued for the checks below.
    await f.sim.stop()
  })
  afterEach(async () => {
    await f.close()
  })

  it('is asked to choose a passphrase, then has the same cache, outbox and key, wrapped, and no raw entry', async () => {
    expect(await f.backend.operators.list()).toEqual({
      ok: true,
      data: {
        operators: [{ id: operatorId, name: 'Ana Antes', needsPassphrase: true }],
        activeId: operatorId
      }
    })
    const unlock = await f.backend.session.unlock({ operatorId, passphrase: CHOSEN })
    expect(unlock.ok ? 'unlocked' : unlock.error).toMatchObject({
      code: 'conflict',
      details: { reason: 'passphrase_needed' }
    })
    // Removal can still say what it would lose: the raw data key still opens the file.
    expect(await f.backend.operators.check(operatorId)).toMatchObject({ data: { keychain: 'ok', queued: 1 } })
    const short = await f.backend.session.choosePassphrase({ operatorId, passphrase: 'short' })
    expect(short.ok ? 'chosen' : short.error.code).toBe('invalid_input')
    expect(await accounts()).toEqual(raw().sort())

    const chosen = await f.backend.session.choosePassphrase({ operatorId, passphrase: CHOSEN })
    expect(chosen.ok && chosen.data).toMatchObject({ state: 'unlocked', operatorId })
    expect(await accounts()).toEqual([`${operatorId}:vault`])
    const stored = (await f.keychain.getPassword(f.keychain.service, `${operatorId}:vault`))!
    const needles = [...secretForms(f.sim.key), ...dataKeyForms(dataKey.toString('base64'))]
    expect(leaks([{ where: 'vault', content: stored }], needles)).toEqual([])
    const opened = await unwrapSecrets(operatorId, CHOSEN, stored)
    expect(opened.ok && opened.secrets.apiKey).toBe(f.sim.key)
    expect(opened.ok && opened.secrets.dataKey.equals(dataKey)).toBe(true)

    // Nothing lost: the cached account and the queued creation, under the same data key.
    const found = await f.backend.accounts.search({ text: accountId() })
    expect(found.ok && found.data.total).toBe(1)
    const outbox = await f.backend.outbox.list()
    expect(outbox.ok && outbox.data.map((item) => item.id)).toEqual(['queued-before'])
    const profile = JSON.parse(await readFile(join(f.dataDir, 'operators.json'), 'utf8'))
    expect(profile.operators[0].wrappedAt).toEqual(expect.any(String))
    const log = (await f.backend.activity.list()) as { ok: true; data: ActivityPage }
    expect(log.data.entries.map((entry) => entry.action)).toContain('passphrase_set')

    // The next start asks for the passphrase, and it opens the same cache; the queued creation goes out.
    const backend = await f.restart(undefined, { unlock: false })
    const list = await backend.operators.list()
    expect(list.ok && list.data.operators[0]?.needsPassphrase).toBe(false)
    expect((await backend.session.choosePassphrase({ operatorId, passphrase: 'another one then' })).ok).toBe(
      false
    )
    expect((await backend.session.unlock({ operatorId, passphrase: CHOSEN })).ok).toBe(true)
    // Tried at the unlock, offline still: it goes once its backoff is over and the network is back.
    f.clock.advance(60_000)
    await f.sim.start()
    await eventually(() => f.sim.accounts().some((account) => account.account_id === 'queued-before'))
  })

  it('finishes a migration cut short after the wrapped entry was stored: choosing again wraps again', async () => {
    // The app stopped after storing a wrapped entry (of a passphrase never confirmed) and before
    // noting the profile: the raw entries are still there.
    const half = await wrapSecrets(
      operatorId,
      'the first try',
      { apiKey: f.sim.key, dataKey },
      TEST_VAULT_COST
    )
    await f.keychain.setPassword(f.keychain.service, `${operatorId}:vault`, half)
    const list = await f.backend.operators.list()
    // The profile says it is not wrapped, but a wrapped entry is there: the unlock screen is shown.
    expect(list.ok && list.data.operators[0]?.needsPassphrase).toBe(false)
    expect((await f.backend.session.unlock({ operatorId, passphrase: 'the first try' })).ok).toBe(true)
    const found = await f.backend.accounts.search({ text: accountId() })
    expect(found.ok && found.data.total).toBe(1)
    // That unlock noted the profile as wrapped and (an operator wrapped after it was made) took the
    // raw entries out.
    await eventually(async () => (await accounts()).length === 1)
    expect(await accounts()).toEqual([`${operatorId}:vault`])
  })

  it('deletes the raw entries left by a migration cut short after the profile was noted, at the next unlock', async () => {
    const wrapped = await wrapSecrets(operatorId, CHOSEN, { apiKey: f.sim.key, dataKey }, TEST_VAULT_COST)
    await f.keychain.setPassword(f.keychain.service, `${operatorId}:vault`, wrapped)
    const operator = {
      id: operatorId,
      name: 'Ana Antes',
      createdAt: '2026-01-10T09:00:00.000Z',
      wrappedAt: '2026-11-26T11:00:00.000Z'
    }
    const backend = await f.restart(
      async () => {
        await writeFile(
          join(f.dataDir, 'operators.json'),
          JSON.stringify({ version: 1, activeId: operatorId, operators: [operator] })
        )
      },
      { unlock: false }
    )
    expect(await accounts()).toEqual([...raw(), `${operatorId}:vault`].sort())
    expect((await backend.session.unlock({ operatorId, passphrase: CHOSEN })).ok).toBe(true)
    await eventually(async () => (await accounts()).length === 1)
    expect(await accounts()).toEqual([`${operatorId}:vault`])
  })

  it('deletes nothing when a raw entry is missing, and says which', async () => {
    await f.keychain.deletePassword(f.keychain.service, operatorId)
    const chosen = await f.backend.session.choosePassphrase({ operatorId, passphrase: CHOSEN })
    expect(chosen.ok ? 'chosen' : chosen.error).toMatchObject({
      code: 'keychain_unavailable',
      details: { reason: 'api_key_missing' }
    })
    expect(await accounts()).toEqual([`${operatorId}:data-key`])
    expect(await f.backend.session.status()).toMatchObject({ data: { state: 'locked' } })
  })
})
