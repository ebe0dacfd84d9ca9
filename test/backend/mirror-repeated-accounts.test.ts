// A server that repeats accounts across pages (a list that shifts while it is walked, or a faulty
// one) must not make the sync say it holds more than it does: the status counts the accounts the walk
// had not seen, and that count is what the next sync estimates from. A server on loopback in front
// of the simulator repeats the first page's first five accounts at the top of every later page.
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { Account } from '@shared/domain/truora-records'
import { backendFixture, eventually, type BackendFixture } from '../support/backend-fixture'

const ACCOUNTS = 40
let f: BackendFixture
let firstPage: Account[] = []

/** The simulator's answers, with each later page's first five accounts replaced by the first page's. */
const repeatingFetch: typeof fetch = async (input, init) => {
  const answer = await globalThis.fetch(input, init)
  const url = input instanceof Request ? input.url : input.toString()
  if (!/\/v1\/accounts\?/.test(url) || (init?.method ?? 'GET') !== 'GET') return answer
  const body = (await answer.json()) as { accounts?: Account[] }
  const items = body.accounts ?? []
  if (!url.includes('start_key')) firstPage = items.slice(0, 5)
  else items.splice(0, 5, ...firstPage)
  const headers = new Headers(answer.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify(body), { status: answer.status, headers })
}

beforeEach(async () => {
  f = await backendFixture({
    sim: { accounts: ACCOUNTS },
    backend: { fetch: repeatingFetch, mirror: { pageSize: 10, historyPauseMs: 0 } }
  })
  await f.addOperator()
})
afterEach(async () => {
  await f.close()
})

it('counts the accounts it holds, not the rows it was sent', async () => {
  await f.backend.sync.mirror()
  const done = await eventually(async () => {
    const status = await f.backend.sync.status()
    return status.ok && status.data.state !== 'running' ? status.data : undefined
  }, 20_000)
  const stats = await f.backend.cache.stats()
  if (!stats.ok) throw new Error(stats.error.message)
  // 4 pages of 10, of which 3 × 5 repeated rows replaced accounts the walk never saw.
  expect(stats.data.accounts).toBe(ACCOUNTS - 15)
  expect(done.accounts).toBe(stats.data.accounts)
})
