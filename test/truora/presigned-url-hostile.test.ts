// Presigned links a hostile or broken answer could name (an upload link in `POST /v1/validations`, a
// process PDF's `Location`), which must be refused before any request leaves: names that a resolver
// reads as loopback or private once their trailing dot is dropped, and the operator's key hidden in a
// form a plain substring check misses (hex, upper case, cut by the host's dots, encoded twice). Also:
// nothing logs such a link, since an encoding no check knows could still hide the key in it.
import { describe, expect, it } from 'vitest'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createTruoraClient } from '../../src/main/truora/client'
import { presignedRefusal } from '../../src/main/truora/presigned-url'
import { KEY } from '../support/truora-harness'

const production = { allowLoopbackHttp: false, apiKey: KEY }
const hex = Buffer.from(KEY, 'utf8').toString('hex')
/** A host made of the key's hex, cut into DNS labels of at most 60 characters. */
const hexLabels = hex.match(/.{1,60}/g)!.join('.')

describe('presignedRefusal with hostile links', () => {
  it.each([
    ['localhost with a trailing dot', 'https://localhost./x', 'host'],
    ['a .localhost name with a trailing dot', 'https://foo.localhost./x', 'host'],
    ['a .local name with a trailing dot', 'https://printer.local./x', 'host'],
    ['an .internal name with a trailing dot', 'https://metadata.google.internal./x', 'host'],
    ['a .lan name with two trailing dots', 'https://router.lan../x', 'host'],
    ['localhost with an encoded dot', 'https://localhost%2e/x', 'host'],
    ['the key in hex in the host', `https://${hexLabels}.uploads.example.com/up`, 'carries_key'],
    ['the key in hex in the query', `https://uploads.example.com/up?sig=${hex}`, 'carries_key'],
    ['the key in upper-case hex', `https://uploads.example.com/up?sig=${hex.toUpperCase()}`, 'carries_key'],
    ['the key lowercased into the host', `https://${KEY.toLowerCase()}.example.com/up`, 'carries_key'],
    [
      'the key encoded twice',
      `https://uploads.example.com/up?k=${encodeURIComponent(encodeURIComponent(KEY))}`,
      'carries_key'
    ],
    [
      'the key cut by slashes',
      `https://uploads.example.com/${KEY.slice(0, 20)}/${KEY.slice(20)}`,
      'carries_key'
    ]
  ])('refuses %s', (_label, url, refusal) => {
    expect(presignedRefusal(url, production)).toBe(refusal)
  })

  it('still lets a public storage name through, with or without its trailing dot', () => {
    expect(
      presignedRefusal('https://truora-uploads.s3.amazonaws.com./front?X-Amz-Signature=ab12', production)
    ).toBeUndefined()
    expect(
      presignedRefusal(`https://uploads.example.com/up?sig=${hex.slice(0, 40)}`, production)
    ).toBeUndefined()
  })
})

describe('a process PDF’s file link', () => {
  it('is refused when it holds the key, before any request', async () => {
    const fetched: string[] = []
    const client = createTruoraClient({
      endpoints: {
        validations: 'https://api.validations.truora.com',
        identity: 'https://api.identity.truora.com',
        account: 'https://api.account.truora.com'
      },
      fetch: (input) => {
        fetched.push(input instanceof Request ? input.url : input.toString())
        return Promise.reject(new Error('no request may leave'))
      }
    })
    const file = await client.files.pdf({ apiKey: KEY }, `https://files.example.com/IDP1.pdf?k=${hex}`)
    expect(file.ok ? 'fetched' : file.error.details).toMatchObject({
      reason: 'file_host',
      refusal: 'carries_key'
    })
    expect(fetched).toEqual([])
  })
})

describe('what the client logs of a presigned link', () => {
  it('names neither the host nor the query of an upload link that failed', async () => {
    // A host that cannot be reached: the attempt fails, and the log says so without the link.
    const server = createServer((_req, res) => res.destroy())
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as AddressInfo).port
    const lines: string[] = []
    const base = `http://127.0.0.1:${port}`
    const client = createTruoraClient({
      endpoints: { validations: base, identity: base, account: base },
      fetch: globalThis.fetch,
      log: (line) => lines.push(line)
    })
    const put = await client.uploads.put(
      { apiKey: KEY },
      {
        url: `http://localhost:${port}/uploads/secret-token?X-Sim-Signature=deadbeef`,
        bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
        contentType: 'image/jpeg'
      }
    )
    await new Promise<void>((resolve) => server.close(() => resolve()))
    expect(put.ok).toBe(false)
    expect(lines.some((line) => line.startsWith('upload PUT'))).toBe(true)
    expect(lines.join('\n')).not.toMatch(/localhost|secret-token|deadbeef|127\.0\.0\.1/)
  })
})
