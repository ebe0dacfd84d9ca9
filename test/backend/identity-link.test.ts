import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backendFixture, type BackendFixture } from '../support/backend-fixture'

describe('starting an identity process: the web-token link, and opening it', () => {
  let f: BackendFixture
  // Stands in for Electron's shell.openExternal: the only part of this story that needs Electron.
  const opened: string[] = []
  beforeEach(async () => {
    opened.length = 0
    f = await backendFixture({
      backend: {
        openInBrowser: async (url) => {
          opened.push(url)
          return { ok: true, data: null }
        }
      }
    })
    await f.addOperator()
  })
  afterEach(async () => {
    await f.close()
  })

  it('creates a web token for the account and gives the identity link, valid about two hours', async () => {
    const accountId = f.sim.accounts()[1]!.account_id
    const link = await f.backend.accounts.processLink({
      accountId,
      flowId: 'IPF0123456789abcdef',
      redirectUrl: 'https://example.com/done'
    })
    if (!link.ok) throw new Error(link.error.message)
    expect(link.data.link).toMatch(/^https:\/\/identity\.truora\.com\/\?token=ey/)
    expect(link.data).toMatchObject({ accountId, flowId: 'IPF0123456789abcdef' })
    const request = f.sim.requests.find((r) => r.method === 'POST' && r.path === '/v1/api-keys')
    expect(request?.body).toMatchObject({
      key_type: 'web',
      grant: 'digital-identity',
      api_key_version: '1',
      country: 'ALL',
      account_id: accountId,
      flow_id: 'IPF0123456789abcdef',
      redirect_url: 'https://example.com/done'
    })
    expect((await f.backend.links.open(link.data.link)).ok).toBe(true)
    expect(opened).toEqual([link.data.link])
  })

  it('refuses a redirect that is not https, before any request', async () => {
    const before = f.sim.count()
    const link = await f.backend.accounts.processLink({
      accountId: 'abc',
      flowId: 'IPF01',
      redirectUrl: 'http://example.com'
    })
    expect(link.ok ? 'created' : link.error.code).toBe('invalid_input')
    expect(f.sim.count()).toBe(before)
  })

  it('opens only https links to Truora', async () => {
    for (const url of [
      'http://identity.truora.com/?token=x',
      'https://identity.truora.com.evil.example/?token=x',
      'https://evil.example/',
      'file:///etc/passwd',
      'javascript:alert(1)'
    ]) {
      const result = await f.backend.links.open(url)
      expect(result.ok ? 'opened' : result.error.code).not.toBe('opened')
    }
    expect(opened).toEqual([])
  })
})
