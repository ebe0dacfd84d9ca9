// An account's history is read from the cache only when it is opened (docs/architecture.md "The operator's cache":
// history parts on demand), and that works offline after a restart: the search row shows the latest
// status kept beside the account, and the validations, processes, a process result and a validation
// come from the cache, labelled with their age.
import { describe, expect, it } from 'vitest'
import { latestStatus } from '../../src/main/accounts/latest-status'
import { stripPresignedUrls } from '../../src/main/cache/presigned-urls'
import type { BackendFixture } from '../support/backend-fixture'
import { eachTestWithOperator } from '../support/each-test-backend'
import { accountWithHistory } from '../support/sim-history'

describe('history read from the cache on demand, offline after a restart', () => {
  let f: BackendFixture
  eachTestWithOperator((fixture) => {
    f = fixture
  })

  it('answers the search row, the lists, a process result and a validation from the cache', async () => {
    const { accountId, validations, processes } = await accountWithHistory(f.sim)
    const fetchedAt = f.clock.now.toISOString()
    expect((await f.backend.accounts.get(accountId)).ok).toBe(true)
    expect((await f.backend.accounts.validations(accountId)).ok).toBe(true)
    expect((await f.backend.accounts.processes(accountId)).ok).toBe(true)
    const processId = processes[0]!.process_id
    const validationId = validations[0]!.validation_id
    expect((await f.backend.processes.result(processId)).ok).toBe(true)
    expect((await f.backend.validations.get(validationId)).ok).toBe(true)

    const backend = await f.restart()
    await f.sim.stop()
    const found = await backend.accounts.search({ text: accountId })
    if (!found.ok) throw new Error(found.error.message)
    expect(found.data.hits[0]).toMatchObject({
      account: { account_id: accountId },
      fetchedAt,
      latestStatus: latestStatus(validations, processes)
    })
    const cachedValidations = await backend.accounts.validations(accountId)
    // As cached: without the presigned links, which expire (src/main/cache/presigned-urls.ts).
    expect(cachedValidations.ok && cachedValidations.data.data).toEqual(stripPresignedUrls(validations))
    expect(cachedValidations.ok && cachedValidations.data.freshness).toMatchObject({
      source: 'cache',
      fetchedAt
    })
    const cachedProcesses = await backend.accounts.processes(accountId)
    expect(cachedProcesses.ok && cachedProcesses.data.data).toEqual(stripPresignedUrls(processes))
    const result = await backend.processes.result(processId)
    expect(result.ok && result.data.data.process_id).toBe(processId)
    expect(result.ok && result.data.freshness.source).toBe('cache')
    const validation = await backend.validations.get(validationId)
    expect(validation.ok && validation.data.data.validation_id).toBe(validationId)
    // Not cached, offline: said plainly.
    const other = await backend.accounts.validations(
      f.sim.accounts().find((a) => a.account_id !== accountId)!.account_id
    )
    expect(other.ok ? 'cached' : other.error.code).toBe('offline')
  })
})
