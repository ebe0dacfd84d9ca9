// A key shaped like a Truora API key (a JWT whose claims name the client and the expiry,
// TRUORA_API.md "Hosts and auth"). Unsigned: the app decodes claims, it never verifies them.
const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')

export function truoraStyleKey(
  claims: { clientId?: string; expiresAt?: Date; keyName?: string } = {}
): string {
  const payload = {
    client_id: claims.clientId ?? 'TCI0123456789abcdef0123456789abcd',
    key_type: 'backend',
    key_name: claims.keyName ?? 'field-laptop',
    iat: Math.floor(Date.parse('2026-01-01T00:00:00Z') / 1000),
    exp: Math.floor((claims.expiresAt ?? new Date('2027-06-01T00:00:00Z')).getTime() / 1000)
  }
  return `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(payload)}.c2lnbmF0dXJlLW5vdC12ZXJpZmllZA`
}
