// The simulator over real loopback HTTP: shapes, auth, pagination, determinism, stop/start. Creating
// accounts and web tokens: create.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type Simulator } from '../../tools/sim/index'
import { call, networkErrorOf, RFC3339 } from '../support/sim-http'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator({ accounts: 10, pageSize: 3, seed: 7, key: 'test-key-0123456789' })
})
afterAll(async () => {
  await sim.close()
})

async function walk(first: string): Promise<{ ids: string[]; pages: number; nexts: string[] }> {
  const ids: string[] = []
  const nexts: string[] = []
  let path: string | undefined = first
  let pages = 0
  while (path !== undefined) {
    const page = await call(sim, 'validations', path)
    expect(page.status).toBe(200)
    ids.push(...page.json.accounts.map((a: { account_id: string }) => a.account_id))
    pages++
    path = page.json.next
    if (path !== undefined) nexts.push(path)
  }
  return { ids, pages, nexts }
}

describe('shapes', () => {
  it('serves an account page with accounts, self and a /v1 next path', async () => {
    const page = await call(sim, 'validations', '/v1/accounts')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('application/json')
    expect(page.json.self).toBe('/v1/accounts')
    expect(page.json.next).toMatch(/^\/v1\/accounts\?start_key=[A-Za-z0-9_-]+$/)
    expect(page.json.accounts).toHaveLength(3)
    for (const account of page.json.accounts) {
      expect(account.account_id).toMatch(/^(ACC[0-9a-f]{32}|[a-zA-Z0-9_.-]+)$/)
      expect(account.creation_date).toMatch(RFC3339)
    }
  })

  it('serves one account, and the Truora error body for an unknown one', async () => {
    const [first] = sim.accounts()
    const found = await call(sim, 'validations', `/v1/accounts/${first!.account_id}`)
    expect(found.json).toEqual(first)
    const missing = await call(sim, 'validations', '/v1/accounts/nobody-here')
    expect(missing.status).toBe(404)
    expect(missing.json).toEqual({ code: 10404, http_code: 404, message: expect.any(String) })
  })

  it('serves validations without details in lists and with them on show_details=true', async () => {
    const account = sim.accounts()[2]!
    const list = await call(sim, 'validations', `/v1/accounts/${account.account_id}/validations`)
    expect(list.status).toBe(200)
    expect(list.json.validations.length).toBeGreaterThanOrEqual(1)
    const item = list.json.validations[0]
    expect(item).toMatchObject({
      account_id: account.account_id,
      validation_id: expect.stringMatching(/^VLD[0-9a-f]{32}$/)
    })
    expect(item.details).toBeUndefined()
    const full = await call(sim, 'validations', `/v1/validations/${item.validation_id}?show_details=true`)
    expect(full.json).toMatchObject({ ...item, details: expect.any(Object) })
    const bare = await call(sim, 'validations', `/v1/validations/${item.validation_id}`)
    expect(bare.json.details).toBeUndefined()
    expect(
      (await call(sim, 'validations', '/v1/validations/VLD00000000000000000000000000000000')).status
    ).toBe(404)
  })

  it('serves processes by account search and their full results on the identity host', async () => {
    let found: any
    for (const account of sim.accounts()) {
      const list = await call(sim, 'identity', `/v1/processes/?search=${account.account_id}`)
      expect(list.status).toBe(200)
      expect(list.json.self).toBe('/v1/processes/')
      if (list.json.processes.length > 0) found = list.json.processes[0]
    }
    expect(found).toMatchObject({
      process_id: expect.stringMatching(/^IDP/),
      flow_id: expect.stringMatching(/^IPF/),
      status: expect.any(String)
    })
    expect(found.validations).toBeUndefined()
    const result = await call(sim, 'identity', `/v1/processes/${found.process_id}/result`)
    expect(result.json).toMatchObject({
      ...found,
      validations: expect.any(Array),
      ip_address: expect.any(String)
    })
    for (const validation of result.json.validations)
      expect(validation.identity_process_id).toBe(found.process_id)
    expect(
      (await call(sim, 'identity', '/v1/processes/IDP00000000000000000000000000000000/result')).status
    ).toBe(404)
    expect((await call(sim, 'identity', '/v1/processes/?search=nobody')).json.processes).toEqual([])
  })

  it('answers each API only on its own host prefix', async () => {
    expect((await call(sim, 'identity', '/v1/accounts')).status).toBe(404)
    expect((await call(sim, 'validations', '/v1/processes/?search=x')).status).toBe(404)
    const unprefixed = await fetch(`${sim.url}/v1/accounts`, { headers: { 'Truora-API-Key': sim.key } })
    expect(unprefixed.status).toBe(404)
  })
})

describe('auth', () => {
  it('answers 401 with the error body for a missing or unknown key and records only a redaction', async () => {
    sim.resetRequests()
    const missing = await call(sim, 'validations', '/v1/accounts', { key: null })
    const wrong = await call(sim, 'validations', '/v1/accounts', { key: 'not-the-key' })
    expect(missing.status).toBe(401)
    expect(wrong.json).toMatchObject({ code: 10401, http_code: 401 })
    await call(sim, 'validations', '/v1/accounts')
    expect(sim.requests.map((r) => r.headers['truora-api-key'])).toEqual([undefined, '<other>', '<key>'])
    expect(JSON.stringify(sim.requests)).not.toContain(sim.key)
    expect(JSON.stringify(sim.requests)).not.toContain('not-the-key')
  })

  it('accepts keys added later', async () => {
    expect((await call(sim, 'validations', '/v1/accounts', { key: 'second-operator-key' })).status).toBe(401)
    sim.addKey('second-operator-key')
    expect((await call(sim, 'validations', '/v1/accounts', { key: 'second-operator-key' })).status).toBe(200)
  })
})

describe('pagination', () => {
  it('walks every account over four pages by following next, the last page without next', async () => {
    const walked = await walk('/v1/accounts')
    expect(walked.pages).toBe(4)
    expect(walked.ids).toEqual(
      sim
        .accounts()
        .slice(0, 10)
        .map((a) => a.account_id)
    )
    expect(new Set(walked.nexts).size).toBe(3)
  })

  it('honours limit and carries it on in next', async () => {
    const page = await call(sim, 'validations', '/v1/accounts?limit=4')
    expect(page.json.accounts).toHaveLength(4)
    expect(page.json.next).toContain('limit=4')
    const second = await call(sim, 'validations', page.json.next)
    expect(second.json.accounts[0].account_id).toBe(sim.accounts()[4]!.account_id)
    expect((await call(sim, 'validations', '/v1/accounts?limit=0')).status).toBe(400)
  })

  it('rejects a start_key it did not issue', async () => {
    const forged = Buffer.from('salt:3').toString('base64url')
    const answer = await call(sim, 'validations', `/v1/accounts?start_key=${forged}`)
    expect(answer.status).toBe(400)
    expect(answer.json.message).toContain('start_key')
  })

  it('writes next as a full URL or a bare key, or answers a bare array, when configured', async () => {
    try {
      sim.configure({ nextStyle: 'url' })
      const byUrl = await call(sim, 'validations', '/v1/accounts')
      expect(byUrl.json.next).toMatch(new RegExp(`^${sim.endpoints.validations}/accounts\\?start_key=`))
      expect((await call(sim, 'validations', byUrl.json.next)).json.accounts[0].account_id).toBe(
        sim.accounts()[3]!.account_id
      )
      sim.configure({ nextStyle: 'key' })
      const byKey = await call(sim, 'validations', '/v1/accounts')
      expect(byKey.json.next).toMatch(/^[A-Za-z0-9_-]+$/)
      const second = await call(sim, 'validations', `/v1/accounts?start_key=${byKey.json.next}`)
      expect(second.json.accounts[0].account_id).toBe(sim.accounts()[3]!.account_id)
      sim.configure({ listStyle: 'array' })
      const array = await call(sim, 'validations', '/v1/accounts')
      expect(array.json.map((a: { account_id: string }) => a.account_id)).toEqual(
        sim.accounts().map((a) => a.account_id)
      )
    } finally {
      sim.configure({ nextStyle: 'path', listStyle: 'envelope' })
    }
  })
})

describe('determinism', () => {
  it('gives the same data for the same seed and different data for another', async () => {
    const twin = await startSimulator({ accounts: 10, pageSize: 3, seed: 7 })
    const other = await startSimulator({ accounts: 10, pageSize: 3, seed: 8 })
    try {
      const id = twin.accounts()[5]!.account_id
      const [mine, theirs] = await Promise.all([
        call(sim, 'validations', `/v1/accounts/${id}/validations`),
        call(twin, 'validations', `/v1/accounts/${id}/validations`)
      ])
      expect(theirs.json).toEqual(mine.json)
      expect(twin.accounts()).toEqual(sim.accounts().slice(0, 10))
      expect(other.accounts().map((a) => a.account_id)).not.toEqual(twin.accounts().map((a) => a.account_id))
    } finally {
      await Promise.all([twin.close(), other.close()])
    }
  })
})

describe('stop and start', () => {
  it('refuses connections while stopped and comes back on the same port with the same data', async () => {
    const before = sim.accounts()
    const port = sim.port
    await sim.stop()
    expect(await networkErrorOf(call(sim, 'validations', '/v1/accounts'))).toBe('ECONNREFUSED')
    await sim.start()
    expect(sim.port).toBe(port)
    expect((await call(sim, 'validations', '/v1/accounts')).status).toBe(200)
    expect(sim.accounts()).toEqual(before)
  })

  it('cannot start again once closed', async () => {
    const once = await startSimulator({ accounts: 1 })
    await once.close()
    await expect(once.start()).rejects.toThrow('closed')
    expect(await networkErrorOf(call(once, 'validations', '/v1/accounts'))).toBe('ECONNREFUSED')
  })
})
