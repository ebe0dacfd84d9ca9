// The simulator over real loopback HTTP, creating: accounts (a generated or a caller-chosen ID, 409 for
// one that exists, 400 for what Truora refuses) and web tokens on the account host. The rest of what
// it serves: simulator.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type Simulator } from '../../tools/sim/index'
import { call, RFC3339 } from '../support/sim-http'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator({ accounts: 10, pageSize: 3, seed: 7, key: 'test-key-0123456789' })
})
afterAll(async () => {
  await sim.close()
})

describe('creating accounts', () => {
  const form = (fields: Record<string, string>) => ({ method: 'POST', form: fields })

  it('creates an account with a generated ACC id and echoes the fields', async () => {
    const created = await call(
      sim,
      'validations',
      '/v1/accounts',
      form({ first_name: 'João', last_name: 'Conceição', country: 'BR' })
    )
    expect(created.status).toBe(200)
    expect(created.json).toMatchObject({
      account_id: expect.stringMatching(/^ACC[0-9a-f]{32}$/),
      first_name: 'João',
      last_name: 'Conceição',
      client_id: expect.stringMatching(/^TCI/)
    })
    expect(created.json.creation_date).toMatch(RFC3339)
    expect((await call(sim, 'validations', `/v1/accounts/${created.json.account_id}`)).json).toEqual(
      created.json
    )
    expect(sim.accounts().at(-1)).toEqual(created.json)
    expect(
      (await call(sim, 'validations', `/v1/accounts/${created.json.account_id}/validations`)).json.validations
    ).toEqual([])
  })

  it('creates an empty account from an empty POST', async () => {
    const created = await call(sim, 'validations', '/v1/accounts', { method: 'POST' })
    expect(created.status).toBe(200)
    expect(created.json.account_id).toMatch(/^ACC/)
  })

  it('keeps a caller-chosen id and answers 409 when it exists', async () => {
    const first = await call(
      sim,
      'validations',
      '/v1/accounts',
      form({ account_id: 'crm.user-42', email: 'maria.fernandez@example.com' })
    )
    expect(first.json.account_id).toBe('crm.user-42')
    const again = await call(sim, 'validations', '/v1/accounts', form({ account_id: 'crm.user-42' }))
    expect(again.status).toBe(409)
    expect(again.json).toMatchObject({ code: 10409, http_code: 409 })
    const seeded = sim.accounts()[0]!.account_id
    expect((await call(sim, 'validations', '/v1/accounts', form({ account_id: seeded }))).status).toBe(409)
  })

  it('answers 400 for a malformed account_id, a bad or unknown field, or a non-form body', async () => {
    const cases: Record<string, string>[] = [
      { account_id: 'has space' },
      { document_type: 'licence' },
      { country: 'Colombia' },
      { email: 'nope' },
      { nickname: 'x' }
    ]
    for (const fields of cases) {
      const answer = await call(sim, 'validations', '/v1/accounts', form(fields))
      expect(answer.status, JSON.stringify(fields)).toBe(400)
      expect(answer.json.http_code).toBe(400)
    }
    const json = await call(sim, 'validations', '/v1/accounts', {
      method: 'POST',
      body: '{"first_name":"Ana"}',
      contentType: 'application/json'
    })
    expect(json.status).toBe(400)
  })

  it('issues a web token on the account host, and 400 when a field is missing', async () => {
    const fields = {
      key_type: 'web',
      grant: 'digital-identity',
      api_key_version: '1',
      country: 'ALL',
      flow_id: 'IPF123',
      redirect_url: 'https://example.com/done',
      account_id: 'crm.user-42'
    }
    const token = await call(sim, 'account', '/v1/api-keys', form(fields))
    expect(token.json).toEqual({
      api_key: expect.stringMatching(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/),
      message: 'API key created successfully'
    })
    const claims = JSON.parse(Buffer.from(token.json.api_key.split('.')[1], 'base64url').toString())
    expect(claims).toMatchObject({ account_id: 'crm.user-42', flow_id: 'IPF123', key_type: 'web' })
    expect(claims.exp - claims.iat).toBe(7200)
    const { flow_id: _omitted, ...missing } = fields
    const bad = await call(sim, 'account', '/v1/api-keys', form(missing))
    expect(bad.status).toBe(400)
    expect(bad.json.message).toContain('flow_id')
  })
})
