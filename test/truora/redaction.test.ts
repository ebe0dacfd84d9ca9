// The key never appears in a result, an error's details, a log line or anything the client lets
// escape, whatever fails (DESIGN.md §1 promise 2). Every check searches the serialised output.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTruoraClient } from '../../src/main/truora/client'
import { redact } from '../../src/main/truora/redact'
import type { Fault } from '../../tools/sim/index'
import { KEY, harness, type Harness } from '../support/truora-harness'

let h: Harness
let id: string
beforeAll(async () => {
  h = await harness({ accounts: 5 })
  id = h.sim.accounts()[0]!.account_id
})
afterEach(() => {
  h.sim.faults.clear()
  h.sim.resetRequests()
})
afterAll(async () => {
  await h.close()
})

/** The key's payload alone is also secret-looking enough to matter: check the middle part too. */
function expectNoKey(value: unknown): void {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  expect(text).not.toContain(KEY)
  expect(text).not.toContain(KEY.split('.')[1])
}

describe('redact', () => {
  it('removes the exact key, its URL-encoded form, JWT-looking strings and key header values', () => {
    const plain = 'op-key_with+slash/and=equals'
    expect(redact(`a ${plain} b ${encodeURIComponent(plain)}`, [plain])).toBe('a [redacted] b [redacted]')
    expect(redact(`token ${KEY} end`)).toBe('token [redacted] end')
    expect(redact('Truora-API-Key: abc123secret, next')).toBe('Truora-API-Key: [redacted], next')
    expect(redact('{"truora-api-key":"abc123secret"}')).toBe('{"truora-api-key":"[redacted]"}')
    expect(redact('nothing secret here', [plain])).toBe('nothing secret here')
  })
})

describe('the key stays out of results and logs', () => {
  const faults: [string, Fault][] = [
    [
      '400 echoing the key',
      { status: 400, body: JSON.stringify({ code: 10400, http_code: 400, message: `bad key ${KEY}` }) }
    ],
    [
      '401 echoing the key',
      { status: 401, body: JSON.stringify({ code: 10401, http_code: 401, message: `key ${KEY} expired` }) }
    ],
    ['HTML 502 with the key', { status: 502, body: `<html>upstream said Truora-API-Key: ${KEY}</html>` }],
    ['200 garbage with the key', { status: 200, body: `{"account_id": "${KEY}` }],
    ['429', { rateLimit: true, retryAfter: 1 }],
    ['reset', { reset: true }],
    ['hang', { hang: true }],
    ['malformed', { malformed: true }]
  ]
  for (const [name, fault] of faults) {
    it(`after ${name}`, async () => {
      h.logs.length = 0
      h.sim.faults.next(5, fault)
      const client = h.clientWith({ timeoutMs: 150 })
      const results = [
        await client.accounts.get(h.ctx, id),
        await client.accounts.create(h.ctx, { first_name: 'Óscar' }),
        await client.identity.processes(h.ctx, id),
        await client.webToken.create(h.ctx, {
          accountId: id,
          flowId: 'IPF1',
          redirectUrl: 'https://example.com/'
        })
      ]
      expect(results.some((r) => !r.ok)).toBe(true)
      expectNoKey(results)
      expect(h.logs.length).toBeGreaterThan(0)
      expectNoKey(h.logs)
    })
  }

  it('when fetch itself throws with the key in its message and stack', async () => {
    const leaky = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
      const key = new Headers(init?.headers).get('truora-api-key')
      throw new Error(
        `socket hang up while sending Truora-API-Key ${key} to ${input instanceof Request ? input.url : String(input)}`
      )
    }) as typeof fetch
    const logs: string[] = []
    const client = createTruoraClient({
      fetch: leaky,
      endpoints: h.sim.endpoints,
      log: (line) => logs.push(line)
    })
    const result = await client.accounts.get(h.ctx, id)
    expect(result.ok ? null : result.error.code).toBe('internal')
    expectNoKey(result)
    expectNoKey(logs)
  })

  it('when the key cannot be sent as a header value', async () => {
    const odd = `${KEY}\nsecond-line`
    const result = await h.client.accounts.get({ apiKey: odd }, id)
    expect(result.ok ? null : result.error.code).toBe('unauthorized')
    expectNoKey(result)
    expect(JSON.stringify(result)).not.toContain('second-line')
  })

  it('on success too: log lines say method, path, status and time only', async () => {
    h.logs.length = 0
    await h.client.accounts.get(h.ctx, id)
    expect(h.logs).toEqual([
      expect.stringMatching(new RegExp(`^truora GET /validations/v1/accounts/${id} -> 200 \\(\\d+ ms\\)$`))
    ])
  })

  it('the web token in a process link is the person’s token, never the operator key', async () => {
    const link = await h.client.webToken.create(h.ctx, {
      accountId: id,
      flowId: 'IPF1',
      redirectUrl: 'https://example.com/'
    })
    expect(link.ok).toBe(true)
    expectNoKey(link)
    expectNoKey(h.logs)
  })
})
