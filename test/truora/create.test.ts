// Creating accounts without ever creating one twice: GET before POST for a known ID, one POST, and a
// lost answer resolved by looking the account up. Counted on the simulator.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { harness, type Harness } from '../support/truora-harness'

let h: Harness
beforeAll(async () => {
  h = await harness({ accounts: 5 })
})
afterEach(() => {
  h.sim.faults.clear()
  h.sim.resetRequests()
  h.sleeps.length = 0
})
afterAll(async () => {
  await h.close()
})

const posts = () => h.sim.count({ method: 'POST' })
const short = () => h.clientWith({ timeoutMs: 150 })
let serial = 0
const freshId = () => `agent7.case-${++serial}`

describe('accounts.create', () => {
  it('posts the fields as a form and returns the account with its generated ID', async () => {
    const result = await h.client.accounts.create(h.ctx, {
      first_name: 'María',
      last_name: 'Fernández',
      country: 'CO',
      phone_number: '+573001234567',
      document_type: 'national-id'
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data).toMatchObject({
      account_id: expect.stringMatching(/^ACC/),
      first_name: 'María',
      last_name: 'Fernández'
    })
    expect(h.sim.requests).toHaveLength(1)
    expect(h.sim.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/accounts',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: {
        first_name: 'María',
        last_name: 'Fernández',
        country: 'CO',
        phone_number: '+573001234567',
        document_type: 'national-id'
      }
    })
    expect(h.sim.accounts().at(-1)).toEqual(result.data)
  })

  it('looks a chosen ID up first, then posts once', async () => {
    const id = freshId()
    const result = await h.client.accounts.create(h.ctx, {
      account_id: id,
      email: 'joao.conceicao@example.com'
    })
    expect(result.ok && result.data.account_id).toBe(id)
    expect(h.sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /v1/accounts/${id}`,
      'POST /v1/accounts'
    ])
  })

  it('answers conflict with the existing account and sends no POST when the ID exists', async () => {
    const existing = h.sim.accounts()[2]!
    const result = await h.client.accounts.create(h.ctx, { account_id: existing.account_id })
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'conflict',
      details: { account: existing }
    })
    expect(posts()).toBe(0)
  })

  it('answers conflict when the POST itself gets a 409', async () => {
    h.sim.faults.next(1, { status: 409 }, { method: 'POST' })
    const result = await h.client.accounts.create(h.ctx, { account_id: freshId() })
    expect(result.ok ? null : result.error).toMatchObject({ code: 'conflict', details: { status: 409 } })
    expect(posts()).toBe(1)
  })

  it('sends nothing when the first lookup finds Truora unreachable or slow', async () => {
    await h.sim.stop()
    try {
      const offline = await h.client.accounts.create(h.ctx, { account_id: freshId() })
      expect(offline.ok ? null : offline.error).toMatchObject({
        code: 'offline',
        details: { outcome: 'not_sent' }
      })
    } finally {
      await h.sim.start()
    }
    h.sim.faults.next(10, { hang: true }, { method: 'GET' })
    const slow = await short().accounts.create(h.ctx, { account_id: freshId() })
    expect(slow.ok ? null : slow.error).toMatchObject({ code: 'timeout', details: { outcome: 'not_sent' } })
    expect(posts()).toBe(0)
  })

  it('passes a 400 on as invalid_input with Truora message, marked not created', async () => {
    const result = await h.client.accounts.create(h.ctx, { document_issue_date: 'yesterday' })
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'invalid_input',
      details: {
        status: 400,
        truoraMessage: 'invalid parameter: document_issue_date',
        outcome: 'not_created'
      }
    })
  })

  it('answers offline, not sent, when the POST cannot connect', async () => {
    await h.sim.stop()
    try {
      const result = await h.client.accounts.create(h.ctx, { first_name: 'Lúcio' })
      expect(result.ok ? null : result.error).toMatchObject({
        code: 'offline',
        details: { sent: 'no', outcome: 'not_sent' }
      })
    } finally {
      await h.sim.start()
    }
  })
})

describe('a POST whose answer is lost', () => {
  it('with a known ID: a lookup finds the account created, after a reset', async () => {
    const id = freshId()
    h.sim.faults.next(1, { afterProcessing: 'reset' }, { method: 'POST' })
    const result = await h.client.accounts.create(h.ctx, { account_id: id, first_name: 'Sebastião' })
    expect(result).toEqual({
      ok: true,
      data: expect.objectContaining({ account_id: id, first_name: 'Sebastião' })
    })
    expect(h.sim.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET'])
  })

  it('with a known ID: a lookup finds the account created, after a timeout', async () => {
    const id = freshId()
    h.sim.faults.next(1, { afterProcessing: 'hang' }, { method: 'POST' })
    const result = await short().accounts.create(h.ctx, { account_id: id })
    expect(result.ok && result.data.account_id).toBe(id)
    expect(posts()).toBe(1)
  })

  it('with a known ID: a lookup that finds nothing returns the original error, not created', async () => {
    h.sim.faults.next(1, { hang: true }, { method: 'POST' })
    const result = await short().accounts.create(h.ctx, { account_id: freshId() })
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'timeout',
      details: { outcome: 'not_created' }
    })
    expect(posts()).toBe(1)
  })

  it('with a known ID: when the lookup cannot reach Truora either, the outcome is unknown', async () => {
    // The first GET (before the POST) goes through; every GET after the lost POST breaks.
    h.sim.faults.next(1, { latencyMs: 0 }, { method: 'GET' })
    h.sim.faults.next(10, { reset: true }, { method: 'GET' })
    h.sim.faults.next(1, { afterProcessing: 'reset' }, { method: 'POST' })
    const id = freshId()
    const result = await h.client.accounts.create(h.ctx, { account_id: id })
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'timeout',
      details: { outcome: 'unknown' }
    })
    expect(result.ok ? '' : result.error.message).toMatch(/before creating it again/)
    expect(posts()).toBe(1)
    expect(h.sim.accounts().some((a) => a.account_id === id)).toBe(true)
  })

  it('without an ID: timeout with outcome unknown and advice to check first', async () => {
    h.sim.faults.next(1, { afterProcessing: 'hang' }, { method: 'POST' })
    const before = h.sim.accounts().length
    const result = await short().accounts.create(h.ctx, { first_name: 'Ximena' })
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'timeout',
      details: { outcome: 'unknown' }
    })
    expect(result.ok ? '' : result.error.message).toMatch(/may or may not have been created/)
    expect(h.sim.accounts()).toHaveLength(before + 1)
    expect(posts()).toBe(1)
  })

  it('without an ID: a reset after sending is offline with outcome unknown', async () => {
    h.sim.faults.next(1, { afterProcessing: 'reset' }, { method: 'POST' })
    const result = await h.client.accounts.create(h.ctx, { first_name: 'Ximena' })
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'offline',
      details: { sent: 'maybe', outcome: 'unknown' }
    })
  })

  it('a 2xx answer that cannot be read, with a known ID, is resolved by a lookup', async () => {
    const id = freshId()
    h.sim.faults.next(1, { malformed: true }, { method: 'POST' })
    const ghost = await h.client.accounts.create(h.ctx, { account_id: id })
    // The malformed fault answers before processing, so nothing was created: the lookup says so.
    expect(ghost.ok ? null : ghost.error).toMatchObject({
      code: 'bad_response',
      details: { outcome: 'not_created' }
    })
    expect(posts()).toBe(1)
  })
})
