// Paging against the simulator: every style of `next`, bare arrays, empty lists and bad links.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { generateHistory } from '../../tools/sim/seed'
import { harness, type Harness } from '../support/truora-harness'

let h: Harness
beforeAll(async () => {
  h = await harness({ accounts: 25, pageSize: 10, seed: SEED })
})
afterEach(() => {
  h.sim.configure({ nextStyle: 'path', listStyle: 'envelope', pageSize: 10 })
  h.sim.faults.clear()
  h.sim.resetRequests()
})
afterAll(async () => {
  await h.close()
})

async function mirror(limit?: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = []
  let startKey: string | undefined
  let pages = 0
  do {
    const page = await h.client.accounts.listPage(h.ctx, { startKey, limit })
    if (!page.ok) throw new Error(`page failed: ${page.error.code}`)
    ids.push(...page.data.items.map((a) => a.account_id))
    startKey = page.data.nextKey
    pages++
  } while (startKey !== undefined)
  return { ids, pages }
}

const SEED = 5
const firstAccountId = (): string => h.sim.accounts()[0]!.account_id

/** A seeded account whose history has at least `min` validations (seed.ts decides which). */
function accountWithValidations(min: number): { id: string; count: number } {
  const accounts = h.sim.accounts()
  for (let i = 0; i < accounts.length; i++) {
    const count = generateHistory(accounts[i]!, i, SEED).validations.length
    if (count >= min) return { id: accounts[i]!.account_id, count }
  }
  throw new Error(`no seeded account has ${min} validations`)
}

describe('accounts.listPage', () => {
  for (const style of ['path', 'url', 'key'] as const) {
    it(`walks all accounts over three pages when next is a ${style}`, async () => {
      h.sim.configure({ nextStyle: style })
      const walked = await mirror()
      expect(walked.pages).toBe(3)
      expect(walked.ids).toEqual(h.sim.accounts().map((a) => a.account_id))
      expect(h.sim.count({ pathPrefix: '/v1/accounts' })).toBe(3)
    })
  }

  it('passes limit on and gives no nextKey on the last page', async () => {
    const walked = await mirror(7)
    expect(walked.pages).toBe(4)
    expect(h.sim.requests.every((r) => r.query.limit === '7')).toBe(true)
    const last = await h.client.accounts.listPage(h.ctx, { limit: 100 })
    expect(last.ok && last.data.items).toHaveLength(25)
    expect(last.ok && 'nextKey' in last.data).toBe(false)
  })

  it('reads a bare top-level array as one page', async () => {
    h.sim.configure({ listStyle: 'array' })
    const page = await h.client.accounts.listPage(h.ctx)
    expect(page.ok && page.data.items.map((a) => a.account_id)).toEqual(
      h.sim.accounts().map((a) => a.account_id)
    )
    expect(page.ok && page.data.nextKey).toBeUndefined()
  })

  it('answers bad_response for a next link without a start_key', async () => {
    h.sim.faults.next(1, { status: 200, body: '{"accounts":[],"next":"/v1/accounts?cursor=abc"}' })
    const page = await h.client.accounts.listPage(h.ctx)
    expect(page.ok ? 'ok' : page.error.code).toBe('bad_response')
  })
})

describe('full lists (validations, processes)', () => {
  for (const style of ['path', 'url', 'key'] as const) {
    it(`collects a validation history over three or more pages of one when next is a ${style}`, async () => {
      const account = accountWithValidations(3)
      const whole = await h.client.accounts.validations(h.ctx, account.id)
      expect(whole.ok && whole.data).toHaveLength(account.count)
      h.sim.configure({ nextStyle: style, pageSize: 1 })
      h.sim.resetRequests()
      const paged = await h.client.accounts.validations(h.ctx, account.id)
      expect(paged).toEqual(whole)
      expect(h.sim.count()).toBe(account.count)
      expect(new Set(h.sim.requests.map((r) => r.query.start_key)).size).toBe(account.count)
    })
  }

  it('keeps an empty list empty in one request', async () => {
    const created = await h.client.accounts.create(h.ctx, { first_name: 'Inês' })
    expect(created.ok).toBe(true)
    h.sim.resetRequests()
    const list = await h.client.accounts.validations(h.ctx, created.ok ? created.data.account_id : '')
    expect(list).toEqual({ ok: true, data: [] })
    expect(h.sim.count()).toBe(1)
  })

  it('refuses a full-URL next on another host, so the key is never sent there', async () => {
    const body = JSON.stringify({
      validations: [{ validation_id: 'VLD1' }],
      next: 'https://elsewhere.example/v1/accounts/x/validations?start_key=abc'
    })
    h.sim.faults.next(1, { status: 200, body })
    const list = await h.client.accounts.validations(h.ctx, firstAccountId())
    expect(list.ok ? 'ok' : list.error.code).toBe('bad_response')
    expect(list.ok ? '' : list.error.message).toContain('another host')
  })

  it('stops on a next that repeats a page instead of looping', async () => {
    const body = JSON.stringify({ processes: [], next: 'same-key' })
    h.sim.faults.next(2, { status: 200, body })
    const list = await h.client.identity.processes(h.ctx, firstAccountId())
    expect(list.ok ? 'ok' : list.error.code).toBe('bad_response')
    expect(h.sim.count()).toBe(2)
  })

  it('stops when next is empty and skips items without an ID', async () => {
    const body = JSON.stringify({
      processes: [{ process_id: 'IDP1', account_id: 'acc-x' }, { status: 'success' }, 'junk'],
      next: ''
    })
    h.sim.faults.next(1, { status: 200, body })
    const list = await h.client.identity.processes(h.ctx, 'acc-x')
    expect(list).toEqual({ ok: true, data: [{ process_id: 'IDP1', account_id: 'acc-x' }] })
  })
})
