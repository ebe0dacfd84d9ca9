// Every error class, produced by the simulator over real HTTP and mapped to the contract's codes.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTruoraClient } from '../../src/main/truora/client'
import { networkError } from '../../src/main/truora/errors'
import { harness, type Harness } from '../support/truora-harness'

let h: Harness
let id: string
beforeAll(async () => {
  h = await harness({ accounts: 5 })
  id = h.sim.accounts()[0]!.account_id
})
afterEach(() => {
  h.sim.faults.clear()
  h.sim.resetRequests()
  h.sleeps.length = 0
})
afterAll(async () => {
  await h.close()
})

const noRetry = () => h.clientWith({ retry: { attempts: 1 } })

async function errorOf(promise: Promise<{ ok: boolean; error?: unknown }>): Promise<any> {
  const result = await promise
  expect(result.ok).toBe(false)
  return result.error
}

describe('HTTP statuses', () => {
  const cases = [
    [400, 'invalid_input', false],
    [401, 'unauthorized', false],
    [403, 'forbidden', false],
    [404, 'not_found', false],
    [409, 'conflict', false],
    [410, 'expired', false],
    [429, 'rate_limited', true],
    [500, 'server', true],
    [502, 'server', true],
    [503, 'server', true]
  ] as const
  for (const [status, code, retryable] of cases) {
    it(`maps ${status} to ${code}, with Truora's code and message in details`, async () => {
      h.sim.faults.next(1, {
        status,
        body: JSON.stringify({ code: 10000 + status, http_code: status, message: `simulated ${status}` })
      })
      const error = await errorOf(noRetry().accounts.get(h.ctx, id))
      expect(error).toMatchObject({
        code,
        retryable,
        details: { status, truoraCode: 10000 + status, truoraMessage: `simulated ${status}` }
      })
      expect(error.message).toMatch(/^[A-Z].*\.$/)
    })
  }

  it('keeps Truora message for a 400 from the real route and reads a string code', async () => {
    h.sim.faults.next(1, {
      status: 400,
      body: '{"code":"11400","http_code":"400","message":"invalid parameter: start_key"}'
    })
    const error = await errorOf(h.client.accounts.listPage(h.ctx, { startKey: 'x' }))
    expect(error).toMatchObject({
      code: 'invalid_input',
      details: { status: 400, truoraCode: 11400, truoraMessage: 'invalid parameter: start_key' }
    })
    expect(error.message).toContain('invalid parameter: start_key')
  })

  it('answers unauthorized for a key the simulator does not know', async () => {
    const error = await errorOf(h.client.accounts.get({ apiKey: 'an-unknown-operator-key' }, id))
    expect(error).toMatchObject({ code: 'unauthorized', details: { status: 401, truoraCode: 10401 } })
  })

  it('treats "max rate limit reached" in the message as a rate limit, whatever the status and case', async () => {
    h.sim.faults.next(1, {
      status: 400,
      body: '{"code":10400,"http_code":400,"message":"MAX RATE LIMIT REACHED"}'
    })
    const error = await errorOf(noRetry().accounts.get(h.ctx, id))
    expect(error.code).toBe('rate_limited')
  })

  it('reads an error body sent with status 200 as the error it describes', async () => {
    h.sim.faults.next(1, {
      status: 200,
      body: '{"code":10404,"http_code":404,"message":"The account was not found"}'
    })
    const error = await errorOf(h.client.accounts.get(h.ctx, id))
    expect(error).toMatchObject({ code: 'not_found', details: { truoraCode: 10404 } })
  })

  it('keeps the status decisive for a 503 HTML page, with an excerpt', async () => {
    h.sim.faults.next(1, {
      status: 503,
      body: '<html><body><h1>503 Service Unavailable</h1>\n\n</body></html>'
    })
    const error = await errorOf(noRetry().accounts.get(h.ctx, id))
    expect(error).toMatchObject({
      code: 'server',
      details: { status: 503, excerpt: '<html><body><h1>503 Service Unavailable</h1> </body></html>' }
    })
  })
})

describe('unreadable answers', () => {
  it('answers bad_response with the status and an excerpt for truncated JSON', async () => {
    h.sim.faults.next(1, { malformed: true })
    const error = await errorOf(h.client.accounts.get(h.ctx, id))
    expect(error).toMatchObject({
      code: 'bad_response',
      retryable: false,
      details: { status: 200, excerpt: '{"accounts":[{"account_id":"ACC' }
    })
  })

  it('answers bad_response for an HTML page with status 200 (a captive portal), excerpt shortened', async () => {
    h.sim.faults.next(1, {
      status: 200,
      body: `<html><title>Hotel Wi-Fi login</title>${'x'.repeat(400)}</html>`
    })
    const error = await errorOf(h.client.accounts.get(h.ctx, id))
    expect(error.code).toBe('bad_response')
    expect(error.details.excerpt.startsWith('<html><title>Hotel Wi-Fi login</title>')).toBe(true)
    expect(error.details.excerpt.length).toBeLessThanOrEqual(121)
  })

  it('answers bad_response for JSON that is not an account', async () => {
    h.sim.faults.next(1, { status: 200, body: '{"first_name":"José"}' })
    expect((await errorOf(h.client.accounts.get(h.ctx, id))).code).toBe('bad_response')
  })
})

describe('network failures', () => {
  it('answers offline (nothing sent) while the simulator is stopped, at once and without retrying', async () => {
    await h.sim.stop()
    // Kept-alive sockets of earlier tests die with the server; a request that meets one gets a reset
    // (and is rightly retried). Used up first, so the request under test meets the refusal itself.
    for (let i = 0; i < 3; i++) await fetch(h.sim.url).catch(() => undefined)
    try {
      const error = await errorOf(h.client.accounts.get(h.ctx, id))
      expect(error).toMatchObject({
        code: 'offline',
        retryable: true,
        details: { cause: 'ECONNREFUSED', sent: 'no' }
      })
      expect(h.sleeps).toEqual([])
    } finally {
      await h.sim.start()
    }
    expect((await h.client.accounts.get(h.ctx, id)).ok).toBe(true)
  })

  it('answers offline (maybe sent) for a reset connection', async () => {
    h.sim.faults.next(1, { reset: true })
    const error = await errorOf(noRetry().accounts.get(h.ctx, id))
    expect(error).toMatchObject({ code: 'offline', details: { sent: 'maybe' } })
  })

  it('answers timeout when Truora does not answer within timeoutMs', async () => {
    h.sim.faults.next(1, { hang: true })
    const error = await errorOf(
      h.clientWith({ timeoutMs: 150, retry: { attempts: 1 } }).accounts.get(h.ctx, id)
    )
    expect(error).toMatchObject({ code: 'timeout', retryable: true, details: { sent: 'maybe' } })
  })

  it('classifies DNS failures and Chromium net errors as offline with nothing sent', () => {
    const dns = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND api.example'), { code: 'ENOTFOUND' })
    })
    expect(networkError(dns)).toMatchObject({ code: 'offline', details: { cause: 'ENOTFOUND', sent: 'no' } })
    expect(networkError(new Error('net::ERR_INTERNET_DISCONNECTED'))).toMatchObject({
      code: 'offline',
      details: { sent: 'no' }
    })
    expect(networkError(new Error('net::ERR_CONNECTION_RESET'))).toMatchObject({
      code: 'offline',
      details: { sent: 'maybe' }
    })
    expect(networkError(new Error('net::ERR_TIMED_OUT'))).toMatchObject({ code: 'timeout' })
    expect(
      networkError(Object.assign(new TypeError('bad arg'), { code: 'ERR_INVALID_ARG_TYPE' }))
    ).toBeUndefined()
  })
})

describe('cancellation', () => {
  it('answers cancelled when the caller aborts a request in flight', async () => {
    h.sim.faults.next(1, { hang: true })
    const controller = new AbortController()
    const pending = h.client.accounts.get({ ...h.ctx, signal: controller.signal }, id)
    while (h.sim.count() === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    controller.abort()
    const error = await errorOf(pending)
    expect(error).toMatchObject({ code: 'cancelled', retryable: false })
    expect(h.sim.count()).toBe(1)
  })

  it('sends nothing when the signal is already aborted', async () => {
    const error = await errorOf(h.client.accounts.validations({ ...h.ctx, signal: AbortSignal.abort() }, id))
    expect(error).toMatchObject({ code: 'cancelled', details: { sent: 'no' } })
    expect(h.sim.count()).toBe(0)
  })
})

describe('never throws', () => {
  it('turns a bad endpoint setting into an internal error value', async () => {
    const broken = createTruoraClient({
      fetch,
      endpoints: { validations: 'not a url', identity: 'x', account: 'y' }
    })
    const error = await errorOf(broken.accounts.get(h.ctx, id))
    expect(error.code).toBe('internal')
  })
})
