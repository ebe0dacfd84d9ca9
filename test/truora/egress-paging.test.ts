// Hostile paging links against the real client, the simulator and a second ("evil") server on
// loopback: a `next` that resolves anywhere but the list's own API is refused before a request leaves,
// so the Truora-API-Key header never reaches another host or another API (DESIGN.md §6 "Egress").
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTransport } from '../../src/main/truora/transport'
import { harness, type Harness } from '../support/truora-harness'
import { startHostileServer, type HostileServer } from '../support/hostile-server'

let h: Harness
let evil: HostileServer
let accountId: string
beforeAll(async () => {
  h = await harness({ accounts: 5 })
  evil = await startHostileServer()
  accountId = h.sim.accounts()[0]!.account_id
})
afterEach(() => {
  h.sim.faults.clear()
  h.sim.resetRequests()
  evil.requests.length = 0
})
afterAll(async () => {
  await evil.close()
  await h.close()
})

interface LinkParts {
  /** The evil server's host:port. */
  evil: string
  /** The simulator's host:port. */
  sim: string
  /** The list's own API prefix and the other one behind the same port. */
  api: string
  other: string
  /** The list's path and a start_key. */
  rest: string
}

/** Hostile `next` links, as Truora's answer would carry them. */
const HOSTILE: [string, (parts: LinkParts) => string][] = [
  ['protocol-relative', (p) => `//${p.evil}/v1${p.rest}`],
  ['backslash', (p) => `/\\${p.evil}/v1${p.rest}`],
  ['double backslash', (p) => `\\\\${p.evil}/v1${p.rest}`],
  ['a tab after the slash', (p) => `/\t/${p.evil}/v1${p.rest}`],
  ['percent-encoded slashes', (p) => `/%2F%2F${p.evil}/v1${p.rest}`],
  ['percent-encoded dot segments', (p) => `/v1/%2e%2e/%2e%2e/${p.other}/v1${p.rest}`],
  ['another port', (p) => `http://${p.evil}/${p.api}/v1${p.rest}`],
  ['another host name for loopback', (p) => `http://localhost:${p.sim.split(':')[1]}/${p.api}/v1${p.rest}`],
  ['another scheme', (p) => `https://${p.sim}/${p.api}/v1${p.rest}`],
  ['another scheme, not HTTP', (p) => `ftp://${p.sim}/${p.api}/v1${p.rest}`],
  ['user info that looks like the API', (p) => `http://${p.sim}@${p.evil}/${p.api}/v1${p.rest}`],
  ['user info on the API itself', (p) => `http://user:pass@${p.sim}/${p.api}/v1${p.rest}`],
  ['a path outside the base prefix', (p) => `/${p.other}/v1${p.rest}`],
  ['a full URL outside the base prefix', (p) => `http://${p.sim}/${p.other}/v1${p.rest}`]
]

function hostileNext(
  build: (parts: LinkParts) => string,
  api: 'validations' | 'identity',
  path: string
): string {
  return build({
    evil: `127.0.0.1:${evil.port}`,
    sim: `127.0.0.1:${h.sim.port}`,
    api,
    other: api === 'validations' ? 'identity' : 'validations',
    rest: `${path}?start_key=k2`
  })
}

describe('a validation history whose next link points elsewhere', () => {
  it.each(HOSTILE)('%s: refused, and nothing more is sent', async (_name, build) => {
    const path = `/accounts/${accountId}/validations`
    h.sim.faults.next(1, {
      status: 200,
      body: JSON.stringify({
        validations: [{ validation_id: 'VLD1' }],
        next: hostileNext(build, 'validations', path)
      })
    })
    const list = await h.client.accounts.validations(h.ctx, accountId)
    expect(list.ok ? 'followed' : list.error).toMatchObject({
      code: 'bad_response',
      details: { reason: 'egress' }
    })
    expect(evil.requests).toEqual([])
    // The first page only: no second request, to this API or any other behind the same port.
    expect(h.sim.requests.map((request) => `${request.api ?? '-'} ${request.path}`)).toEqual([
      `validations /v1${path}`
    ])
  })
})

describe('identity processes whose next link points elsewhere', () => {
  it.each(HOSTILE)('%s: refused, and nothing more is sent', async (_name, build) => {
    h.sim.faults.next(1, {
      status: 200,
      body: JSON.stringify({
        processes: [{ process_id: 'IDP1', account_id: accountId }],
        next: hostileNext(build, 'identity', '/processes/')
      })
    })
    const list = await h.client.identity.processes(h.ctx, accountId)
    expect(list.ok ? 'followed' : list.error.details?.reason).toBe('egress')
    expect(evil.requests).toEqual([])
    expect(h.sim.count()).toBe(1)
  })
})

describe('the account list, paged one request at a time', () => {
  it.each(HOSTILE)(
    '%s: its start_key is not taken from a link that points elsewhere',
    async (_name, build) => {
      h.sim.faults.next(1, {
        status: 200,
        body: JSON.stringify({
          accounts: [{ account_id: 'ACC1' }],
          next: hostileNext(build, 'validations', '/accounts')
        })
      })
      const page = await h.client.accounts.listPage(h.ctx)
      expect(page.ok ? page.data.nextKey : page.error.details?.reason).toBe('egress')
    }
  )
})

describe('the legitimate shapes still page', () => {
  const cases: [string, (simUrl: string) => string][] = [
    ['a documented /v1 path', () => '/v1/accounts/ID/validations?start_key=k2'],
    ['the path with the base prefix', () => '/validations/v1/accounts/ID/validations?start_key=k2'],
    [
      'a full URL on the same origin',
      (simUrl) => `${simUrl}/validations/v1/accounts/ID/validations?start_key=k2`
    ],
    ['a bare start_key', () => 'k2']
  ]
  it.each(cases)('%s', async (_name, link) => {
    const next = link(h.sim.url).replace('ID', accountId)
    h.sim.faults.next(1, {
      status: 200,
      body: JSON.stringify({ validations: [{ validation_id: 'VLD1' }], next })
    })
    h.sim.faults.next(1, { status: 200, body: JSON.stringify({ validations: [{ validation_id: 'VLD2' }] }) })
    const list = await h.client.accounts.validations(h.ctx, accountId)
    expect(list.ok && list.data.map((validation) => validation.validation_id)).toEqual(['VLD1', 'VLD2'])
    const second = h.sim.requests[1]!
    expect([second.api, second.path, second.query.start_key, second.headers['truora-api-key']]).toEqual([
      'validations',
      `/v1/accounts/${accountId}/validations`,
      'k2',
      '<key>'
    ])
  })
})

describe('every request the client sends', () => {
  it('goes only to the configured APIs: an address outside them is refused before it leaves', async () => {
    const transport = createTransport({ fetch: globalThis.fetch, endpoints: h.sim.endpoints })
    for (const url of [
      `${evil.url}/v1/accounts`,
      `${h.sim.url}/elsewhere/v1/accounts`,
      `http://127.0.0.1:${h.sim.port}@127.0.0.1:${evil.port}/validations/v1/accounts`
    ]) {
      const got = await transport.get(h.ctx, new URL(url), 'the account list')
      expect(got.ok ? 'sent' : got.error).toMatchObject({ code: 'internal', details: { reason: 'egress' } })
      const posted = await transport.post(h.ctx, new URL(url), { first_name: 'Ana' }, 'the new account')
      expect(posted.ok ? 'sent' : posted.error.details?.reason).toBe('egress')
    }
    expect(evil.requests).toEqual([])
    expect(h.sim.count()).toBe(0)
    const inside = await transport.get(h.ctx, transport.url('validations', '/accounts'), 'the account list')
    expect(inside.ok).toBe(true)
  })
})
