// Retries, counted on the simulator: GETs retried on 503, 429 and resets, never on 4xx; POSTs never;
// Retry-After honoured through the injected sleep (which returns at once: no wall-clock waits).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTruoraClient } from '../../src/main/truora/client'
import type { Fault } from '../../tools/sim/index'
import { harness, type Harness } from '../support/truora-harness'

let h: Harness
let id: string
beforeAll(async () => {
  h = await harness(
    { accounts: 5 },
    { retry: { attempts: 4, baseDelayMs: 100, maxDelayMs: 1_000, maxTotalMs: 10_000 } }
  )
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

const gets = () => h.sim.count({ method: 'GET' })
const posts = () => h.sim.count({ method: 'POST' })

describe('GET retries', () => {
  const transient: [string, Fault][] = [
    ['503', { status: 503 }],
    ['429', { rateLimit: true }],
    ['a reset', { reset: true }]
  ]
  for (const [name, fault] of transient) {
    it(`retries after ${name} and succeeds`, async () => {
      h.sim.faults.next(2, fault)
      const result = await h.client.accounts.get(h.ctx, id)
      expect(result.ok).toBe(true)
      expect(gets()).toBe(3)
      expect(h.sleeps).toHaveLength(2)
    })

    it(`gives up after the configured attempts on ${name}`, async () => {
      h.sim.faults.next(10, fault)
      const result = await h.client.accounts.get(h.ctx, id)
      expect(result.ok).toBe(false)
      expect(gets()).toBe(4)
    })
  }

  it('retries a timed-out GET', async () => {
    h.sim.faults.next(1, { hang: true })
    const result = await h.clientWith({ timeoutMs: 150 }).accounts.get(h.ctx, id)
    expect(result.ok).toBe(true)
    expect(gets()).toBe(2)
  })

  for (const status of [400, 401, 403, 404, 409, 410]) {
    it(`never retries a ${status}`, async () => {
      h.sim.faults.next(5, { status })
      const result = await h.client.accounts.get(h.ctx, id)
      expect(result.ok).toBe(false)
      expect(gets()).toBe(1)
      expect(h.sleeps).toEqual([])
    })
  }

  it('never retries an unreadable answer', async () => {
    h.sim.faults.next(5, { malformed: true })
    await h.client.accounts.get(h.ctx, id)
    expect(gets()).toBe(1)
  })

  it('retries each page of a list on its own', async () => {
    h.sim.configure({ pageSize: 2 })
    try {
      h.sim.faults.next(1, { status: 503 })
      const page1 = await h.client.accounts.listPage(h.ctx)
      h.sim.faults.next(1, { status: 503 })
      const page2 = await h.client.accounts.listPage(h.ctx, {
        startKey: page1.ok ? page1.data.nextKey : undefined
      })
      expect(page2.ok && page2.data.items.map((a) => a.account_id)).toEqual(
        h.sim
          .accounts()
          .slice(2, 4)
          .map((a) => a.account_id)
      )
      expect(gets()).toBe(4)
    } finally {
      h.sim.configure({ pageSize: 10 })
    }
  })

  it('backs off exponentially with jitter, within the policy bounds', async () => {
    h.sim.faults.next(3, { status: 503 })
    await h.client.accounts.get(h.ctx, id)
    expect(h.sleeps).toHaveLength(3)
    const [first, second, third] = h.sleeps as [number, number, number]
    expect(first).toBeGreaterThanOrEqual(50)
    expect(first).toBeLessThanOrEqual(100)
    expect(second).toBeGreaterThanOrEqual(100)
    expect(second).toBeLessThanOrEqual(200)
    expect(third).toBeGreaterThanOrEqual(200)
    expect(third).toBeLessThanOrEqual(400)
  })
})

describe('Retry-After', () => {
  it('sleeps exactly what Retry-After says on a 429', async () => {
    h.sim.faults.next(2, { rateLimit: true, retryAfter: 3 })
    const result = await h.client.accounts.get(h.ctx, id)
    expect(result.ok).toBe(true)
    expect(gets()).toBe(3)
    expect(h.sleeps).toEqual([3000, 3000])
  })

  it('honours Retry-After on a 503 too', async () => {
    h.sim.faults.next(1, { status: 503, retryAfter: 2 })
    await h.client.accounts.get(h.ctx, id)
    expect(h.sleeps).toEqual([2000])
  })

  it('does not retry when Retry-After is beyond the total time budget, and passes it on', async () => {
    h.sim.faults.next(1, { rateLimit: true, retryAfter: 120 })
    const result = await h.client.accounts.get(h.ctx, id)
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'rate_limited',
      retryable: true,
      details: { status: 429, retryAfterSeconds: 120 }
    })
    expect(gets()).toBe(1)
    expect(h.sleeps).toEqual([])
  })

  it('stops at once when cancelled during the wait between attempts', async () => {
    const controller = new AbortController()
    const client = createTruoraClient({
      fetch,
      endpoints: h.sim.endpoints,
      // The operator cancels while the client waits to retry: the sleep rejects, as the contract says.
      sleep: async (_ms, signal) => {
        controller.abort()
        if (signal?.aborted) throw signal.reason
      }
    })
    h.sim.faults.next(5, { status: 503 })
    const result = await client.accounts.get({ ...h.ctx, signal: controller.signal }, id)
    expect(result.ok ? null : result.error.code).toBe('cancelled')
    expect(gets()).toBe(1)
  })
})

describe('POSTs are sent once', () => {
  const faults: [string, Fault][] = [
    ['503', { status: 503 }],
    ['500 with HTML', { status: 500, body: '<html>oops</html>' }],
    ['429', { rateLimit: true, retryAfter: 1 }],
    ['a reset', { reset: true }],
    ['a truncated body', { malformed: true }],
    ['a hang', { hang: true }],
    ['a lost answer', { afterProcessing: 'reset' }]
  ]
  for (const [name, fault] of faults) {
    it(`creating an account without an ID sends one POST under ${name}`, async () => {
      h.sim.faults.next(1, fault, { method: 'POST' })
      const result = await h.clientWith({ timeoutMs: 150 }).accounts.create(h.ctx, { first_name: 'Ramón' })
      expect(result.ok).toBe(false)
      expect(posts()).toBe(1)
      expect(h.sleeps).toEqual([])
    })

    it(`creating a web token sends one POST under ${name}`, async () => {
      h.sim.faults.next(1, fault, { method: 'POST' })
      const result = await h
        .clientWith({ timeoutMs: 150 })
        .webToken.create(h.ctx, { accountId: id, flowId: 'IPFabc', redirectUrl: 'https://example.com/' })
      expect(result.ok).toBe(false)
      expect(posts()).toBe(1)
    })
  }
})

describe('how long a read someone waits for may take', () => {
  it('gives up within the interactive budget, each attempt cut to fit, however long one attempt may be', async () => {
    // One attempt alone may take 60 s and three are allowed: without the budget this outlives the test.
    h.sim.faults.next(10, { hang: true })
    const client = h.clientWith({ timeoutMs: 60_000, interactiveBudgetMs: 400, retry: { attempts: 3 } })
    const result = await client.accounts.get(h.ctx, id)
    expect(result.ok ? 'ok' : result.error.code).toBe('timeout')
    expect(gets()).toBeLessThanOrEqual(2)
  })

  it('lets background work (the mirror) keep the longer policy and its retries', async () => {
    const client = h.clientWith({ timeoutMs: 200, interactiveBudgetMs: 300, retry: { attempts: 3 } })
    h.sim.faults.next(2, { hang: true })
    const waited = await client.accounts.get(h.ctx, id)
    expect(waited.ok ? 'ok' : waited.error.code).toBe('timeout')
    h.sim.faults.clear()
    h.sim.faults.next(2, { hang: true })
    const background = await client.accounts.get({ ...h.ctx, background: true }, id)
    expect(background.ok).toBe(true)
  })
})
