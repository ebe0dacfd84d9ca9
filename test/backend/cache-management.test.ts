import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backendFixture, type BackendFixture } from '../support/backend-fixture'

describe('cache.stats, cache.clear and cache.export', () => {
  let f: BackendFixture
  beforeEach(async () => {
    f = await backendFixture()
    await f.addOperator()
    for (const account of f.sim.accounts().slice(0, 5)) {
      await f.backend.accounts.get(account.account_id)
      await f.backend.accounts.validations(account.account_id)
    }
  })
  afterEach(async () => {
    await f.close()
  })

  it('counts what is cached and its size on disk', async () => {
    const stats = await f.backend.cache.stats()
    if (!stats.ok) throw new Error(stats.error.message)
    expect(stats.data).toMatchObject({ accounts: 5, outbox: 0 })
    expect(stats.data.validations).toBeGreaterThanOrEqual(5)
  })

  it('exports accounts with their history as CSV and JSON', async () => {
    const csv = await f.backend.cache.export({ format: 'csv' })
    if (!csv.ok) throw new Error(csv.error.message)
    const lines = csv.data.content.trim().split('\r\n')
    expect(lines).toHaveLength(6)
    expect(lines[0]).toContain('account_id,first_name,last_name')
    expect(csv.data.fileName).toMatch(/^truora-accounts-.*\.csv$/)
    const first = f.sim.accounts()[0]!
    expect(csv.data.content).toContain(first.account_id)
    const json = await f.backend.cache.export({ format: 'json' })
    if (!json.ok) throw new Error(json.error.message)
    const parsed = JSON.parse(json.data.content) as { accounts: { account: { account_id: string }; validations: unknown[] }[] }
    expect(parsed.accounts).toHaveLength(5)
    expect(parsed.accounts.every((entry) => Array.isArray(entry.validations))).toBe(true)
  })

  it('clears the cache but keeps the outbox unless told otherwise', async () => {
    await f.sim.stop()
    await f.backend.accounts.get('ACCnotcached')
    const queued = await f.backend.accounts.create({ account_id: 'keep-me' })
    expect(queued.ok && queued.data.status).toBe('queued')
    const cleared = await f.backend.cache.clear()
    expect(cleared.ok && cleared.data).toMatchObject({ accounts: 0, validations: 0, outbox: 1 })
    const search = await f.backend.accounts.search({ text: '' })
    expect(search.ok && search.data.total).toBe(0)
    const all = await f.backend.cache.clear({ keepOutbox: false })
    expect(all.ok && all.data.outbox).toBe(0)
  })

  it('exports text a spreadsheet would run as a formula as plain text, quoting commas and quotes', async () => {
    const created = await f.backend.accounts.create({
      account_id: 'csv-injection-1',
      first_name: '=HYPERLINK("http://evil.example","x")',
      last_name: 'Pérez, "Pepe"'
    })
    expect(created.ok && created.data.status).toBe('created')
    const csv = await f.backend.cache.export({ format: 'csv' })
    if (!csv.ok) throw new Error(csv.error.message)
    const row = csv.data.content.split('\r\n').find((line) => line.startsWith('csv-injection-1,'))
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`)
    expect(row).toContain(`"Pérez, ""Pepe"""`)
  })

  it('rejects an unknown export format', async () => {
    const bad = await f.backend.cache.export({ format: 'xlsx' } as never)
    expect(bad.ok ? 'exported' : bad.error.code).toBe('invalid_input')
  })
})
