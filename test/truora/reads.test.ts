// Reads against the simulator: accounts, validations, processes and results, as received.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTruoraClient } from '../../src/main/truora/client'
import { harness, type Harness } from '../support/truora-harness'

let h: Harness
beforeAll(async () => {
  h = await harness({ accounts: 30, pageSize: 10, seed: 11 })
})
afterAll(async () => {
  await h.close()
})

async function simJson(api: 'validations' | 'identity', path: string): Promise<any> {
  const response = await fetch(`${h.sim.endpoints[api]}${path}`, { headers: { 'Truora-API-Key': h.sim.key } })
  return response.json()
}

describe('accounts.get', () => {
  it('returns the account exactly as Truora sent it, accents included', async () => {
    const expected = h.sim.accounts()[4]!
    const result = await h.client.accounts.get(h.ctx, expected.account_id)
    expect(result).toEqual({ ok: true, data: expected })
  })

  it('sends the key header and asks the validations host', async () => {
    h.sim.resetRequests()
    await h.client.accounts.get(h.ctx, h.sim.accounts()[0]!.account_id)
    expect(h.sim.requests).toHaveLength(1)
    expect(h.sim.requests[0]).toMatchObject({
      method: 'GET',
      api: 'validations',
      headers: { 'truora-api-key': '<key>', accept: 'application/json' }
    })
  })

  it('refuses "." and ".." as IDs instead of letting URL parsing reach another resource', async () => {
    h.sim.resetRequests()
    for (const id of ['..', '.', ' ']) {
      const result = await h.client.accounts.get(h.ctx, id)
      expect(result.ok ? 'ok' : result.error.code).toBe('invalid_input')
    }
    expect(h.sim.count()).toBe(0)
  })

  it('escapes IDs in the path', async () => {
    h.sim.resetRequests()
    const result = await h.client.accounts.get(h.ctx, 'a/b?c')
    expect(result.ok ? 'ok' : result.error.code).toBe('not_found')
    expect(h.sim.requests[0]!.path).toBe('/v1/accounts/a%2Fb%3Fc')
  })
})

describe('validations', () => {
  it('lists an account validation history and reads one validation with details', async () => {
    const account = h.sim.accounts()[3]!
    const listed = await h.client.accounts.validations(h.ctx, account.account_id)
    const expected = await simJson('validations', `/accounts/${account.account_id}/validations`)
    expect(listed).toEqual({ ok: true, data: expected.validations })
    const first = expected.validations[0]
    const one = await h.client.validations.get(h.ctx, first.validation_id)
    expect(one.ok && one.data).toMatchObject({ ...first, details: expect.any(Object) })
    expect(h.sim.requests.at(-1)!.query).toEqual({ show_details: 'true' })
  })

  it('answers not_found for an unknown account or validation', async () => {
    const account = await h.client.accounts.validations(h.ctx, 'no-such-account')
    const validation = await h.client.validations.get(h.ctx, 'VLD0000000000000000000000000000000a')
    expect(account.ok ? 'ok' : account.error.code).toBe('not_found')
    expect(validation.ok ? 'ok' : validation.error.code).toBe('not_found')
  })
})

describe('identity', () => {
  it('lists processes on the identity host and reads a full result with its unknown fields', async () => {
    let checked = 0
    for (const account of h.sim.accounts()) {
      h.sim.resetRequests()
      const processes = await h.client.identity.processes(h.ctx, account.account_id)
      expect(h.sim.requests[0]).toMatchObject({
        api: 'identity',
        path: '/v1/processes/',
        query: { search: account.account_id }
      })
      const expected = await simJson('identity', `/processes/?search=${account.account_id}`)
      expect(processes).toEqual({ ok: true, data: expected.processes })
      for (const process of expected.processes) {
        const result = await h.client.identity.result(h.ctx, process.process_id)
        expect(result.ok && result.data).toMatchObject({
          ...process,
          validations: expect.any(Array),
          ip_address: expect.any(String),
          devices_info: expect.any(Object)
        })
        checked++
      }
    }
    expect(checked).toBeGreaterThan(3)
  })

  it('answers an empty list for an account without processes, and not_found for an unknown process', async () => {
    const none = await h.client.identity.processes(h.ctx, 'nobody-has-this-id')
    expect(none).toEqual({ ok: true, data: [] })
    const missing = await h.client.identity.result(h.ctx, 'IDP0000000000000000000000000000000a')
    expect(missing.ok ? 'ok' : missing.error.code).toBe('not_found')
  })
})

describe('checkKey', () => {
  it('asks for a one-item list and answers ok for a good key, unauthorized for a bad one', async () => {
    h.sim.resetRequests()
    expect(await h.client.checkKey(h.ctx)).toEqual({ ok: true, data: null })
    expect(h.sim.requests[0]).toMatchObject({ method: 'GET', path: '/v1/accounts', query: { limit: '1' } })
    const bad = await h.client.checkKey({ apiKey: 'someone-elses-key-123' })
    expect(bad.ok ? 'ok' : bad.error.code).toBe('unauthorized')
  })
})

describe('webToken.create', () => {
  it('posts the documented form to the account host and builds the identity link', async () => {
    h.sim.resetRequests()
    const clockClient = createTruoraClient({
      fetch,
      endpoints: h.sim.endpoints,
      now: () => new Date('2026-03-01T10:00:00Z')
    })
    const result = await clockClient.webToken.create(h.ctx, {
      accountId: 'crm-001',
      flowId: 'IPF0a1b2c',
      redirectUrl: 'https://example.com/back'
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const token = new URL(result.data.link).searchParams.get('token')
    expect(result.data.link.startsWith('https://identity.truora.com/?token=')).toBe(true)
    expect(token).toMatch(/^eyJ/)
    expect(result.data).toMatchObject({
      accountId: 'crm-001',
      flowId: 'IPF0a1b2c',
      expiresAt: '2026-03-01T12:00:00.000Z'
    })
    expect(h.sim.requests).toHaveLength(1)
    expect(h.sim.requests[0]).toMatchObject({
      method: 'POST',
      api: 'account',
      path: '/v1/api-keys',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: {
        key_type: 'web',
        grant: 'digital-identity',
        api_key_version: '1',
        country: 'ALL',
        redirect_url: 'https://example.com/back',
        flow_id: 'IPF0a1b2c',
        account_id: 'crm-001'
      }
    })
  })

  it('passes on a 400 as invalid_input with Truora message, without retrying', async () => {
    h.sim.resetRequests()
    const result = await h.client.webToken.create(h.ctx, {
      accountId: 'crm-001',
      flowId: 'IPF0a1b2c',
      redirectUrl: 'not a url'
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toMatchObject({
      code: 'invalid_input',
      details: { status: 400, truoraCode: 10400, truoraMessage: 'invalid parameter: redirect_url' }
    })
    expect(h.sim.count({ method: 'POST' })).toBe(1)
  })
})
