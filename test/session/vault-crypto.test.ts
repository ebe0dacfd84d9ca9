// The wrapping itself (src/main/session/vault-crypto.ts): a wrong passphrase, another operator's id, a
// changed byte, a blob that is not one, and a blob asking for an absurd KDF cost are all refused; the
// same words typed in another Unicode form open it. A cheap cost keeps this fast: the cost is the
// blob's own, and test/session/vault-keychain.test.ts runs the app's.
import { describe, expect, it } from 'vitest'
import { generateDataKey } from '../../src/main/cache/open-cache'
import { unwrapSecrets, wrapSecrets } from '../../src/main/session/vault-crypto'
import { TEST_VAULT_COST } from '../support/backend-fixture'

const secrets = { apiKey: 'eyJhbGciOiJIUzI1NiJ9.a-key.sig', dataKey: generateDataKey() }
const wrap = (passphrase: string, operatorId = 'op-1') =>
  wrapSecrets(operatorId, passphrase, secrets, TEST_VAULT_COST)

describe('wrapSecrets / unwrapSecrets', () => {
  it('gives back the secrets with the right passphrase, and nothing with a wrong one', async () => {
    const stored = await wrap('frase de prueba larga')
    const opened = await unwrapSecrets('op-1', 'frase de prueba larga', stored)
    expect(opened.ok && opened.secrets.apiKey).toBe(secrets.apiKey)
    expect(opened.ok && opened.secrets.dataKey.equals(secrets.dataKey)).toBe(true)
    expect(await unwrapSecrets('op-1', 'frase de prueba larga ', stored)).toEqual({
      ok: false,
      reason: 'wrong'
    })
  })

  it('binds the blob to its operator: the right passphrase does not open it as another operator', async () => {
    const stored = await wrap('frase de prueba larga', 'op-1')
    expect(await unwrapSecrets('op-2', 'frase de prueba larga', stored)).toEqual({
      ok: false,
      reason: 'wrong'
    })
  })

  it('refuses a blob with one byte of its ciphertext changed', async () => {
    const blob = JSON.parse(await wrap('frase de prueba larga'))
    const bytes = Buffer.from(blob.ciphertext, 'base64')
    bytes[3] = bytes[3]! ^ 1
    const changed = JSON.stringify({ ...blob, ciphertext: bytes.toString('base64') })
    expect(await unwrapSecrets('op-1', 'frase de prueba larga', changed)).toEqual({
      ok: false,
      reason: 'wrong'
    })
  })

  it('uses a fresh salt and IV every time: the same secrets and passphrase never give the same blob', async () => {
    const [one, two] = [
      JSON.parse(await wrap('frase de prueba larga')),
      JSON.parse(await wrap('frase de prueba larga'))
    ]
    expect(one.kdf.salt).not.toBe(two.kdf.salt)
    expect(one.iv).not.toBe(two.iv)
    expect(one.ciphertext).not.toBe(two.ciphertext)
  })

  it('opens with the same words in another Unicode form (a precomposed or a combining accent)', async () => {
    const stored = await wrap('contraseña de José')
    const decomposed = 'contraseña de José'.normalize('NFD')
    expect(decomposed).not.toBe('contraseña de José')
    expect((await unwrapSecrets('op-1', decomposed, stored)).ok).toBe(true)
  })

  it('calls a blob that is not one damaged, and refuses a cost beyond its bound before deriving', async () => {
    for (const stored of ['', 'null', '{"version":1}', 'not json', '{"version":2,"kdf":{}}']) {
      expect(await unwrapSecrets('op-1', 'x', stored), stored).toEqual({ ok: false, reason: 'damaged' })
    }
    const blob = JSON.parse(await wrap('frase de prueba larga'))
    for (const kdf of [
      { ...blob.kdf, N: 2 ** 30 },
      { ...blob.kdf, N: 3000 },
      { ...blob.kdf, r: 1024 },
      { ...blob.kdf, p: 64 }
    ]) {
      // Refused as damaged (an N of 2^30 would ask for 1 TiB): no derivation is tried.
      const answer = await unwrapSecrets('op-1', 'frase de prueba larga', JSON.stringify({ ...blob, kdf }))
      expect(answer).toEqual({ ok: false, reason: 'damaged' })
    }
  })
})
