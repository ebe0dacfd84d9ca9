// What the keychain holds (DESIGN.md §4: secrets "stored in the keychain only wrapped"): after an add,
// an unlock and a lock, through the real Backend and the real keychain, with the app's own KDF cost,
// no entry holds the API key or the data key, as they are, URL-encoded, base64, base64url or hex. The
// one entry there is the wrapped blob, which names its KDF and opens only with the passphrase.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_SCRYPT_COST, kdfOf, unwrapSecrets } from '../../src/main/session/vault-crypto'
import { backendFixture, type BackendFixture } from '../support/backend-fixture'
import { dataKeyForms, leaks, secretForms } from '../support/leak-scan'

const PASSPHRASE = 'la clave de Ana, no otra'
let f: BackendFixture
let operatorId: string
const held: { step: string; entries: { account: string; password: string }[] }[] = []
const snapshot = async (step: string) => held.push({ step, entries: await f.keychain.entries() })

beforeAll(async () => {
  // The app's own cost (not the suite's cheaper one): what an operator's laptop really stores.
  f = await backendFixture({ backend: { vaultCost: DEFAULT_SCRYPT_COST } })
  operatorId = await f.addOperator('Ana', { passphrase: PASSPHRASE })
  await snapshot('add')
  expect((await f.backend.accounts.get(f.sim.accounts()[0]!.account_id)).ok).toBe(true)
  expect((await f.backend.session.lock()).ok).toBe(true)
  await snapshot('lock')
  expect((await f.backend.session.unlock({ operatorId, passphrase: PASSPHRASE })).ok).toBe(true)
  await snapshot('unlock')
  await f.restart(undefined, { unlock: false })
  await snapshot('restart')
}, 60_000)

afterAll(async () => {
  await f?.close()
})

describe('the keychain after add, lock, unlock and a restart', () => {
  it('holds one entry per operator, the wrapped one, at every step', () => {
    for (const { step, entries } of held) {
      expect(
        entries.map((entry) => entry.account),
        step
      ).toEqual([`${operatorId}:vault`])
    }
  })

  it('holds neither the API key nor the data key in any encoding', async () => {
    const { dataKey, apiKey } = await f.secretsOf(operatorId, PASSPHRASE)
    expect(apiKey).toBe(f.sim.key)
    const needles = [...secretForms(apiKey), ...dataKeyForms(dataKey.toString('base64'))]
    // The scan finds what it looks for.
    expect(leaks([{ where: 'probe', content: `x${dataKey.toString('hex')}x` }], needles)).not.toEqual([])
    const places = held.flatMap(({ step, entries }) =>
      entries.map((entry) => ({ where: `${step} ${entry.account}`, content: entry.password }))
    )
    expect(leaks(places, needles)).toEqual([])
  })

  it("names the app's KDF and its cost beside the blob, and opens only with the passphrase", async () => {
    const stored = held.at(-1)!.entries[0]!.password
    expect(kdfOf(stored)).toEqual({ N: 2 ** 17, r: 8, p: 1 })
    expect(JSON.parse(stored)).toMatchObject({
      version: 1,
      kdf: { name: 'scrypt', salt: expect.any(String) }
    })
    expect(await unwrapSecrets(operatorId, 'la clave de Ana, no otra.', stored)).toEqual({
      ok: false,
      reason: 'wrong'
    })
    expect((await unwrapSecrets(operatorId, PASSPHRASE, stored)).ok).toBe(true)
  })

  it('unlocks with the app’s cost after a restart', async () => {
    expect(await f.backend.session.status()).toMatchObject({ ok: true, data: { state: 'locked' } })
    const unlocked = await f.backend.session.unlock({ operatorId, passphrase: PASSPHRASE })
    expect(unlocked.ok && unlocked.data).toMatchObject({ state: 'unlocked', operatorId })
    expect((await f.backend.accounts.search({ text: '' })).ok).toBe(true)
  }, 30_000)
})
