// The client's side of on-site validation, against the simulator over loopback: POST /v1/validations
// sent once, images PUT to the presigned links WITHOUT the key (only https to a public host, or the
// simulator's loopback http when every endpoint is loopback), 403 as an expired link, faults mapped,
// the result read until it leaves pending.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTruoraClient } from '../../src/main/truora/client'
import { presignedRefusal } from '../../src/main/truora/presigned-url'
import { IMAGE_MAX_BYTES } from '../../src/shared/onsite'
import { harness, KEY, type Harness } from '../support/truora-harness'

const JPEG = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4096, 3)]))

let h: Harness
beforeAll(async () => {
  h = await harness({ accounts: 5 })
})
afterEach(() => {
  h.sim.faults.clear()
  h.sim.resetRequests()
  h.logs.length = 0
  h.sim.configureOnsite({ uploadTtlMs: 15 * 60_000, outcome: { status: 'success' } })
})
afterAll(async () => {
  await h.close()
})

const form = (accountId: string) =>
  ({
    type: 'document-validation',
    account_id: accountId,
    country: 'CO',
    document_type: 'national-id',
    user_authorized: 'true'
  }) as const

describe('validations.create', () => {
  it('posts the form once and answers the ID and one link per image', async () => {
    const created = await h.client.validations.create(h.ctx, form('crm-77'))
    expect(created.ok).toBe(true)
    if (!created.ok) return
    expect(created.data.validationId).toMatch(/^VLD/)
    expect(Object.keys(created.data.links).sort()).toEqual(['front', 'reverse'])
    expect(h.sim.requests).toHaveLength(1)
    expect(h.sim.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/validations',
      headers: { 'truora-api-key': '<key>', 'content-type': 'application/x-www-form-urlencoded' },
      body: form('crm-77')
    })
  })

  it('is never retried: a 503 is one POST', async () => {
    h.sim.faults.next(1, { status: 503 }, { method: 'POST', pathPrefix: '/v1/validations' })
    const created = await h.client.validations.create(h.ctx, form('crm-78'))
    expect(created.ok).toBe(false)
    if (created.ok) return
    expect(created.error.code).toBe('server')
    expect(h.sim.count({ method: 'POST' })).toBe(1)
  })
})

describe('uploads.put', () => {
  async function links(accountId: string) {
    const created = await h.client.validations.create(h.ctx, form(accountId))
    if (!created.ok) throw new Error(created.error.message)
    h.sim.resetRequests()
    return created.data
  }

  it('sends the raw image with its type and no key, and the result then leaves pending', async () => {
    const created = await links('crm-79')
    for (const side of ['front', 'reverse'] as const) {
      const sent = await h.client.uploads.put(h.ctx, {
        url: created.links[side]!,
        bytes: JPEG,
        contentType: 'image/jpeg'
      })
      expect(sent).toEqual({ ok: true, data: null })
    }
    expect(h.sim.requests.map((request) => request.method)).toEqual(['PUT', 'PUT'])
    for (const request of h.sim.requests) {
      expect(request.headers['truora-api-key']).toBeUndefined()
      expect(request.headers['content-type']).toBe('image/jpeg')
      expect(request.headers.cookie).toBeUndefined()
    }
    const stored = h.sim.createdValidations().find((v) => v.validation.validation_id === created.validationId)
    expect(stored?.uploads.map((upload) => upload.bytes)).toEqual([JPEG.length, JPEG.length])
    // The log says an upload went and how it ended, never where: the link is a credential.
    expect(h.logs.some((line) => line.startsWith('upload PUT (presigned link) -> 200'))).toBe(true)
    expect(h.logs.join('\n')).not.toMatch(/X-Sim-Signature|\/uploads\/|127\.0\.0\.1/)
    let status: string | undefined
    for (let read = 0; read < 5 && status !== 'success'; read++) {
      const got = await h.client.validations.get(h.ctx, created.validationId)
      status = got.ok ? got.data.validation_status : undefined
    }
    expect(status).toBe('success')
  })

  it('says expired for a link that answers 403, and server for a 5xx', async () => {
    const created = await links('crm-80')
    h.sim.faults.next(1, { status: 403 }, { method: 'PUT', pathPrefix: '/uploads/' })
    h.sim.faults.next(1, { status: 502 }, { method: 'PUT', pathPrefix: '/uploads/' })
    const upload = { url: created.links.front!, bytes: JPEG, contentType: 'image/jpeg' as const }
    const expired = await h.client.uploads.put(h.ctx, upload)
    expect(!expired.ok && expired.error).toMatchObject({
      code: 'expired',
      details: { reason: 'link_expired' }
    })
    const server = await h.client.uploads.put(h.ctx, upload)
    expect(!server.ok && server.error).toMatchObject({ code: 'server', retryable: true })
  })

  it('is offline when the host cannot be reached', async () => {
    const created = await links('crm-81')
    await h.sim.stop()
    try {
      const sent = await h.client.uploads.put(h.ctx, {
        url: created.links.front!,
        bytes: JPEG,
        contentType: 'image/jpeg'
      })
      expect(!sent.ok && sent.error.code).toBe('offline')
    } finally {
      await h.sim.start()
    }
  })

  it('refuses, before any request, a URL it may not use and an image over the cap', async () => {
    const seen: string[] = []
    const client = createTruoraClient({
      fetch: (input, init) => {
        seen.push(input instanceof URL ? input.href : typeof input === 'string' ? input : input.url)
        return fetch(input, init)
      },
      endpoints: h.sim.endpoints
    })
    const key = encodeURIComponent(KEY)
    for (const url of [
      'ftp://files.example.com/x',
      `${h.sim.url}/uploads/ab?token=${key}`,
      'http://user:pw@127.0.0.1:1/uploads/ab'
    ]) {
      const sent = await client.uploads.put(h.ctx, { url, bytes: JPEG, contentType: 'image/jpeg' })
      expect(!sent.ok && sent.error.details?.reason).toBe('upload_host')
    }
    const big = await client.uploads.put(h.ctx, {
      url: `${h.sim.url}/uploads/ab`,
      bytes: new Uint8Array(IMAGE_MAX_BYTES + 1),
      contentType: 'image/jpeg'
    })
    expect(!big.ok && big.error.details?.reason).toBe('too_large')
    expect(seen).toEqual([])
  })
})

describe('presignedRefusal', () => {
  const production = { allowLoopbackHttp: false, apiKey: KEY }
  const simulator = { allowLoopbackHttp: true, apiKey: KEY }

  it.each([
    'https://truora-uploads.s3.amazonaws.com/doc/front?X-Amz-Signature=abc',
    'https://storage.googleapis.com/bucket/object?sig=1'
  ])('lets a public https storage URL through: %s', (url) => {
    expect(presignedRefusal(url, production)).toBeUndefined()
  })

  it.each([
    ['plain http', 'http://truora-uploads.s3.amazonaws.com/x', 'scheme'],
    ['loopback http in production', 'http://127.0.0.1:4010/uploads/ab', 'scheme'],
    ['loopback https in production', 'https://127.0.0.1/uploads/ab', 'host'],
    ['localhost', 'https://localhost/uploads/ab', 'host'],
    ['an IP literal', 'https://10.0.0.8/x', 'host'],
    ['an IPv6 literal', 'https://[fd00::1]/x', 'host'],
    ['a bare name', 'https://storage/x', 'host'],
    ['a private suffix', 'https://files.corp.internal/x', 'host'],
    ['another port', 'https://truora-uploads.s3.amazonaws.com:8443/x', 'port'],
    ['user info', 'https://a:b@truora-uploads.s3.amazonaws.com/x', 'credentials'],
    ['the key in the query', `https://truora-uploads.s3.amazonaws.com/x?k=${KEY}`, 'carries_key'],
    ['the key percent-encoded', `https://s3.amazonaws.com/x?k=${encodeURIComponent(KEY)}`, 'carries_key'],
    [
      'the key in base64url',
      `https://s3.amazonaws.com/${Buffer.from(KEY).toString('base64url')}`,
      'carries_key'
    ],
    ['javascript', 'javascript:alert(1)', 'scheme'],
    ['data', 'data:image/jpeg;base64,AAAA', 'scheme'],
    ['not a URL', 'front.jpg', 'unparseable']
  ])('refuses %s', (_label, url, refusal) => {
    expect(presignedRefusal(url, production)).toBe(refusal)
  })

  it('allows the simulator’s loopback http only when the endpoints are loopback', () => {
    expect(presignedRefusal('http://127.0.0.1:4010/uploads/ab', simulator)).toBeUndefined()
    expect(presignedRefusal('http://10.1.1.1:4010/uploads/ab', simulator)).toBe('scheme')
  })
})
