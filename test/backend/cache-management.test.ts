import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openOperatorCache } from '../support/cache-files'
import { backendFixture, type BackendFixture } from '../support/backend-fixture'

describe('cache.stats, cache.clear and cache.export', () => {
  let f: BackendFixture
  let operatorId: string
  beforeEach(async () => {
    f = await backendFixture()
    operatorId = await f.addOperator()
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

  it('exports accounts with their history as CSV and JSON to the file the operator chose', async () => {
    const csv = await f.backend.cache.export({ format: 'csv' })
    if (!csv.ok) throw new Error(csv.error.message)
    expect(csv.data).toMatchObject({ format: 'csv', accounts: 5 })
    expect(csv.data.fileName).toMatch(/^truora-accounts-.*\.csv$/)
    const csvText = await readFile(join(f.exportsDir, csv.data.fileName), 'utf8')
    expect(Buffer.byteLength(csvText)).toBe(csv.data.bytes)
    const lines = csvText.trim().split('\r\n')
    expect(lines).toHaveLength(6)
    expect(lines[0]).toContain('account_id,first_name,last_name')
    const first = f.sim.accounts()[0]!
    expect(csvText).toContain(first.account_id)
    const json = await f.backend.cache.export({ format: 'json' })
    if (!json.ok) throw new Error(json.error.message)
    const parsed = JSON.parse(await readFile(join(f.exportsDir, json.data.fileName), 'utf8')) as {
      accounts: { account: { account_id: string }; validations: unknown[] }[]
    }
    expect(parsed.accounts).toHaveLength(5)
    expect(parsed.accounts.every((entry) => Array.isArray(entry.validations))).toBe(true)
    // Nothing else is left beside them (no partial file).
    expect((await readdir(f.exportsDir)).sort()).toEqual([csv.data.fileName, json.data.fileName].sort())
  })

  it('streams a large export in pieces that still make one valid JSON document and one CSV row per account', async () => {
    const ids = Array.from({ length: 2_345 }, (_, n) => `bulk-${n}`)
    await f.backend.cache.stats()
    const { dataKey } = await f.secretsOf(operatorId)
    await f.restart(async () => {
      const { store } = await openOperatorCache(f.dataDir, operatorId, dataKey)
      store.accounts.putMany(
        ids.map((account_id) => ({ account_id, first_name: 'Lía' })),
        f.clock.now.toISOString()
      )
      await store.close()
    })
    const json = await f.backend.cache.export({ format: 'json' })
    if (!json.ok) throw new Error(json.error.message)
    expect(json.data.accounts).toBe(2_345 + 5)
    const parsed = JSON.parse(await readFile(join(f.exportsDir, json.data.fileName), 'utf8')) as {
      accounts: { account: { account_id: string } }[]
    }
    expect(new Set(parsed.accounts.map((entry) => entry.account.account_id))).toEqual(
      new Set([
        ...ids,
        ...f.sim
          .accounts()
          .slice(0, 5)
          .map((a) => a.account_id)
      ])
    )
    const csv = await f.backend.cache.export({ format: 'csv' })
    if (!csv.ok) throw new Error(csv.error.message)
    expect((await readFile(join(f.exportsDir, csv.data.fileName), 'utf8')).trim().split('\r\n')).toHaveLength(
      1 + 2_345 + 5
    )
  })

  it('writes nothing when the operator cancels the save dialog, and says it was cancelled', async () => {
    f.chooseExportFile = async () => undefined
    const cancelled = await f.backend.cache.export({ format: 'csv' })
    expect(cancelled.ok ? 'exported' : cancelled.error.code).toBe('cancelled')
    await expect(readdir(f.exportsDir)).rejects.toThrow()
  })

  it('fails clearly, naming no path, when the chosen folder cannot be written, and leaves no partial file', async () => {
    const blocked = join(f.exportsDir, 'not-a-folder')
    await mkdir(f.exportsDir, { recursive: true })
    await writeFile(blocked, 'a file where the folder should be')
    f.chooseExportFile = async (name) => join(blocked, name)
    const failed = await f.backend.cache.export({ format: 'json' })
    expect(failed.ok ? 'exported' : failed.error).toMatchObject({
      code: 'internal',
      details: { reason: 'disk', errno: 'ENOTDIR' }
    })
    expect(failed.ok ? '' : failed.error.message).toMatch(/could not be written \(ENOTDIR\)/)
    expect(failed.ok ? '' : failed.error.message).not.toContain(f.exportsDir)
    expect(await readdir(f.exportsDir)).toEqual(['not-a-folder'])
  })

  it('clears the cache but keeps the outbox unless told otherwise', async () => {
    await f.sim.stop()
    await f.backend.accounts.get('ACCnotcached')
    const queued = await f.backend.accounts.create({ account_id: 'keep-me' })
    expect(queued.ok && queued.data.status).toBe('queued')
    const cleared = await f.backend.cache.clear()
    expect(cleared.ok && cleared.data).toMatchObject({ accounts: 0, validations: 0, outbox: 1 })
    // Only the queued creation is left, listed as pending.
    const search = await f.backend.accounts.search({ text: '' })
    expect(search.ok && search.data.hits.map((hit) => hit.pending !== undefined)).toEqual([true])
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
    const row = (await readFile(join(f.exportsDir, csv.data.fileName), 'utf8'))
      .split('\r\n')
      .find((line) => line.startsWith('csv-injection-1,'))
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`)
    expect(row).toContain(`"Pérez, ""Pepe"""`)
  })

  it('exports values of any shape Truora sent — {"toString": 1} included — as text, in CSV and JSON', async () => {
    const odd = { toString: 1, valueOf: 1 }
    f.sim.faults.next(1, {
      status: 200,
      body: JSON.stringify({
        account_id: 'odd-1',
        first_name: odd,
        last_name: ['Pérez', { toString: 1 }],
        country: { toString: 1 },
        creation_date: odd,
        email: true,
        phone_number: 573001234567
      })
    })
    expect((await f.backend.accounts.get('odd-1')).ok).toBe(true)
    f.sim.faults.next(1, {
      status: 200,
      body: JSON.stringify({
        validations: [
          { validation_id: 'VLDodd', creation_date: odd, validation_status: odd },
          {
            validation_id: 'VLDodd2',
            creation_date: '2026-01-01T00:00:00Z',
            validation_status: { toString: 1 }
          }
        ]
      })
    })
    expect((await f.backend.accounts.validations('odd-1')).ok).toBe(true)

    const csv = await f.backend.cache.export({ format: 'csv' })
    if (!csv.ok) throw new Error(`${csv.error.code}: ${csv.error.message}`)
    const row = (await readFile(join(f.exportsDir, csv.data.fileName), 'utf8'))
      .split('\r\n')
      .find((line) => line.startsWith('odd-1,'))
    expect(row).toContain('"{""toString"":1,""valueOf"":1}"')
    expect(row).toContain('"[""Pérez"",{""toString"":1}]"')
    expect(row).toContain(',true,')
    expect(row).toContain(',573001234567,')
    const json = await f.backend.cache.export({ format: 'json' })
    if (!json.ok) throw new Error(`${json.error.code}: ${json.error.message}`)
    const parsed = JSON.parse(await readFile(join(f.exportsDir, json.data.fileName), 'utf8')) as {
      accounts: { account: Record<string, unknown> }[]
    }
    expect(parsed.accounts.find((entry) => entry.account.account_id === 'odd-1')?.account.first_name).toEqual(
      odd
    )
    // The search index took the account in too.
    const found = await f.backend.accounts.search({ text: 'odd-1' })
    expect(found.ok && found.data.hits.map((hit) => hit.account.account_id)).toEqual(['odd-1'])
  })

  it('rejects an unknown export format', async () => {
    const bad = await f.backend.cache.export({ format: 'xlsx' } as never)
    expect(bad.ok ? 'exported' : bad.error.code).toBe('invalid_input')
  })
})
