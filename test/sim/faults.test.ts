// Fault injection over real loopback HTTP: every fault kind, matching, counting and clearing.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type Simulator } from '../../tools/sim/index'
import { call, networkErrorOf } from '../support/sim-http'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator({ accounts: 20, pageSize: 5 })
})
afterEach(() => {
  sim.faults.clear()
  sim.resetRequests()
})
afterAll(async () => {
  await sim.close()
})

const accounts = () => call(sim, 'validations', '/v1/accounts')

describe('faults', () => {
  it('answers the next n requests with a status, raw body and Retry-After, then recovers', async () => {
    sim.faults.next(2, { status: 503, body: '<html><body>Service Unavailable</body></html>', retryAfter: 7 })
    const first = await accounts()
    expect(first.status).toBe(503)
    expect(first.headers.get('retry-after')).toBe('7')
    expect(first.headers.get('content-type')).toContain('text/html')
    expect(first.text).toContain('<html>')
    expect((await accounts()).status).toBe(503)
    expect((await accounts()).status).toBe(200)
  })

  it('uses the Truora error body when no raw body is given', async () => {
    sim.faults.next(1, { status: 502 })
    expect((await accounts()).json).toEqual({ code: 10502, http_code: 502, message: 'Bad Gateway' })
  })

  it('applies a rule only to matching method, path and API', async () => {
    sim.faults.next(1, { status: 500 }, { method: 'POST', pathPrefix: '/v1/accounts', api: 'validations' })
    expect((await accounts()).status).toBe(200)
    expect((await call(sim, 'identity', '/v1/processes/?search=x')).status).toBe(200)
    expect((await call(sim, 'validations', '/v1/accounts', { method: 'POST' })).status).toBe(500)
    expect((await call(sim, 'validations', '/v1/accounts', { method: 'POST' })).status).toBe(200)
  })

  it('hits an exact, evenly spread share of requests', async () => {
    sim.faults.share(0.25, { status: 503 })
    const statuses: number[] = []
    for (let i = 0; i < 20; i++) statuses.push((await accounts()).status)
    expect(statuses.filter((s) => s === 503)).toHaveLength(5)
    expect(statuses.slice(0, 4).filter((s) => s === 503)).toHaveLength(1)
  })

  it('answers 429 "Max rate limit reached" with Retry-After', async () => {
    sim.faults.next(1, { rateLimit: true, retryAfter: 3 })
    const answer = await accounts()
    expect(answer.status).toBe(429)
    expect(answer.headers.get('retry-after')).toBe('3')
    expect(answer.json).toMatchObject({ http_code: 429, message: 'Max rate limit reached' })
  })

  it('sends a truncated JSON body with status 200', async () => {
    sim.faults.next(1, { malformed: true })
    const answer = await accounts()
    expect(answer.status).toBe(200)
    expect(answer.json).toBeUndefined()
    expect(() => JSON.parse(answer.text)).toThrow()
  })

  it('resets the connection without an answer and without processing a POST', async () => {
    sim.faults.next(1, { reset: true }, { method: 'POST' })
    const before = sim.accounts().length
    const code = await networkErrorOf(
      call(sim, 'validations', '/v1/accounts', { method: 'POST', form: { account_id: 'reset-me' } })
    )
    expect(['ECONNRESET', 'UND_ERR_SOCKET']).toContain(code)
    expect(sim.accounts()).toHaveLength(before)
    expect(sim.count({ method: 'POST' })).toBe(1)
  })

  it('never answers a hung request: the client gives up', async () => {
    sim.faults.next(1, { hang: true })
    const code = await networkErrorOf(
      call(sim, 'validations', '/v1/accounts', { signal: AbortSignal.timeout(150) })
    )
    expect(code).toBe('TimeoutError')
    expect((await accounts()).status).toBe(200)
  })

  it('creates the account and then loses the answer (reset or hang)', async () => {
    sim.faults.next(1, { afterProcessing: 'reset' }, { method: 'POST' })
    const reset = await networkErrorOf(
      call(sim, 'validations', '/v1/accounts', { method: 'POST', form: { account_id: 'lost-answer-1' } })
    )
    expect(['ECONNRESET', 'UND_ERR_SOCKET']).toContain(reset)
    expect((await call(sim, 'validations', '/v1/accounts/lost-answer-1')).status).toBe(200)

    sim.faults.next(1, { afterProcessing: 'hang' }, { method: 'POST' })
    const hung = await networkErrorOf(
      call(sim, 'validations', '/v1/accounts', {
        method: 'POST',
        form: { account_id: 'lost-answer-2' },
        signal: AbortSignal.timeout(150)
      })
    )
    expect(hung).toBe('TimeoutError')
    expect((await call(sim, 'validations', '/v1/accounts/lost-answer-2')).status).toBe(200)
  })

  it('delays answers by a per-request or global latency, keeping them correct', async () => {
    sim.faults.next(1, { latencyMs: 1000 }, { pathPrefix: '/v1/accounts/' })
    const order: string[] = []
    const slow = call(sim, 'validations', `/v1/accounts/${sim.accounts()[0]!.account_id}`).then((a) =>
      order.push(`slow ${a.status}`)
    )
    const fast = accounts().then((a) => order.push(`fast ${a.status}`))
    await Promise.all([slow, fast])
    expect(order).toEqual(['fast 200', 'slow 200'])
    sim.faults.latencyMs = 20
    expect((await accounts()).status).toBe(200)
  })

  it('clear() removes pending rules and the global latency', async () => {
    sim.faults.next(5, { status: 500 })
    sim.faults.latencyMs = 50
    sim.faults.clear()
    expect(sim.faults.latencyMs).toBe(0)
    expect((await accounts()).status).toBe(200)
  })

  it('counts and records every request, faulted or not', async () => {
    sim.faults.next(1, { status: 503 })
    await accounts()
    await accounts()
    await call(sim, 'identity', '/v1/processes/?search=abc')
    expect(sim.count()).toBe(3)
    expect(sim.count({ method: 'GET', pathPrefix: '/v1/accounts' })).toBe(2)
    expect(sim.count({ api: 'identity' })).toBe(1)
    expect(sim.requests[2]).toMatchObject({
      method: 'GET',
      api: 'identity',
      path: '/v1/processes/',
      query: { search: 'abc' }
    })
  })
})
