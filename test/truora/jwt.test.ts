// Reading (not verifying) the claims of a Truora API key (TRUORA_API.md "Hosts and auth").
import { describe, expect, it } from 'vitest'
import { decodeKeyClaims } from '../../src/main/truora/jwt'
import { jwtShaped } from '../../tools/sim/keys'
import { simApiKey } from '../../tools/sim/index'

describe('decodeKeyClaims', () => {
  it('reads client, type, name, expiry and issue time', () => {
    const key = simApiKey({
      clientId: 'TCIabc123',
      keyName: 'campo-bogotá',
      keyType: 'backend',
      issuedAt: 1_767_225_600,
      expiresAt: 1_798_761_600
    })
    expect(decodeKeyClaims(key)).toEqual({
      clientId: 'TCIabc123',
      keyType: 'backend',
      keyName: 'campo-bogotá',
      issuedAt: '2026-01-01T00:00:00.000Z',
      expiresAt: '2027-01-01T00:00:00.000Z'
    })
  })

  it('accepts numeric strings for times and leaves out missing claims', () => {
    expect(decodeKeyClaims(jwtShaped({ client_id: 'TCI9', exp: '1798761600' }, 1))).toEqual({
      clientId: 'TCI9',
      expiresAt: '2027-01-01T00:00:00.000Z'
    })
  })

  it('returns null for keys that are not JWTs or carry no claims it knows', () => {
    expect(decodeKeyClaims('sim-key')).toBeNull()
    expect(decodeKeyClaims('a.b.c')).toBeNull()
    expect(decodeKeyClaims(`x.${Buffer.from('[1,2]').toString('base64url')}.y`)).toBeNull()
    expect(decodeKeyClaims(`x.${Buffer.from('{"other":1}').toString('base64url')}.y`)).toBeNull()
    expect(decodeKeyClaims(`x.${Buffer.from('{"exp":"soon"}').toString('base64url')}.y`)).toBeNull()
  })
})
