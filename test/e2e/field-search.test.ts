// Finding anything by any Truora ID (Truora's dashboard matches process and flow IDs exactly,
// DESIGN.md §9): a cached process, validation or flow ID finds its account and opens the right detail;
// online, a process ID not cached is asked of Truora; "Truora has no account with the ID …" only for a
// whole account ID, never for part of a document number. Then the process PDF: made while Truora
// polls, saved where the agent chooses, opened, and found again offline.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IdentityProcess, Validation } from '@shared/domain/truora-records'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { message } from '../support/e2e-messages'
import { historyOf } from '../support/sim-history'

describe.each<HostLocale>(['es', 'en'])('search by Truora IDs and the process PDF (%s)', (locale) => {
  let host: Host
  let accountId: string
  let completed: IdentityProcess
  let validation: Validation
  let uncached: { accountId: string; process: IdentityProcess }
  const opened: string[] = []

  beforeAll(async () => {
    host = await startHost({
      locale,
      backend: {
        pdfPollDelaysMs: [300, 300, 300],
        openFile: async (path) => {
          opened.push(path)
          return { ok: true, data: null }
        }
      }
    })
    await host.fixture.addOperator('Ana Field')
    const accounts = host.fixture.sim.accounts()
    for (const account of accounts) {
      const history = await historyOf(host.fixture.sim, account.account_id)
      const done = history.processes.find((p) => p.status === 'success' && p.flow_id)
      if (done && history.validations.length > 0 && accountId === undefined) {
        accountId = account.account_id
        completed = done
        validation = history.validations[0]!
      } else if (history.processes.length > 0 && accountId !== undefined && !uncached) {
        uncached = { accountId: account.account_id, process: history.processes[0]! }
      }
      if (accountId && uncached) break
    }
    const { backend } = host.fixture
    for (const read of [backend.accounts.get, backend.accounts.validations, backend.accounts.processes]) {
      const result = await read(accountId)
      if (!result.ok) throw new Error(result.error.message)
    }
  })
  afterAll(async () => {
    await host?.close()
  })

  const firstRow = () => host.page.locator('[data-testid="results"] [role="listitem"]').first()

  it('finds the account by a cached process ID and opens that process', async () => {
    const { page } = host
    await host.open('/')
    await page.fill('#search-box', completed.process_id)
    await firstRow().getByTestId('row-truora-id').waitFor()
    expect(await firstRow().textContent()).toContain(completed.process_id)
    expect(await firstRow().textContent()).toContain(message(locale, 'search.matched.process'))
    await host.screenshot('search-process-id')
    expect(await host.axe()).toEqual([])
    await firstRow().getByRole('link').click()
    await page.waitForURL(new RegExp(`#/accounts/${accountId}\\?process=${completed.process_id}$`))
    const detail = page.getByTestId('detail')
    await detail.waitFor()
    expect(await detail.locator('h2').first().textContent()).toContain(completed.process_id)
  })

  it('finds it by a validation ID and by a flow ID, exactly', async () => {
    const { page } = host
    await host.open('/')
    await page.fill('#search-box', validation.validation_id.toLowerCase())
    // The ID as Truora wrote it, found from the lower-case text typed.
    await expect
      .poll(() => firstRow().getByTestId('row-truora-id').textContent())
      .toContain(validation.validation_id)
    expect(await firstRow().textContent()).toContain(message(locale, 'search.matched.validation'))
    await page.fill('#search-box', completed.flow_id!)
    await expect
      .poll(() => firstRow().getByTestId('row-truora-id').textContent())
      .toContain(completed.flow_id!)
    expect(await firstRow().textContent()).toContain(message(locale, 'search.matched.flow'))
    // Part of an ID is not an ID: nothing, and no "no account" card.
    await page.fill('#search-box', completed.process_id.slice(0, 14))
    await expect
      .poll(() => page.getByTestId('search-status').textContent())
      .toContain(completed.process_id.slice(0, 14))
    expect(await page.getByTestId('lookup').count()).toBe(0)
  })

  it('asks Truora for a process ID it has not cached, and leads to its account', async () => {
    const { page } = host
    await page.fill('#search-box', uncached.process.process_id)
    const card = page.getByTestId('lookup-history')
    await card.waitFor()
    expect(await card.textContent()).toContain(uncached.accountId)
    // Titled by what was searched, and no "no cached account matches" under the account it found.
    expect(await page.locator('#lookup-heading').textContent()).toBe(
      message(locale, 'search.lookupHeadingProcess')
    )
    expect((await page.getByTestId('search-status').textContent())?.trim()).toBe('')
    await host.screenshot('search-process-at-truora')
    expect(await host.axe()).toEqual([])
    await card.getByTestId('lookup-open').click()
    await page.waitForURL(new RegExp(`#/accounts/${uncached.accountId}\\?process=`))
    await page.getByTestId('detail').waitFor()
  })

  it('says "no account" only for a whole account ID, not for part of a document number', async () => {
    const { page } = host
    await host.open('/')
    const account = host.fixture.sim.accounts().find((a) => a.account_id === accountId)!
    const part = account.document_number!.replace(/\D/g, '').slice(1, 6)
    await page.fill('#search-box', part)
    await expect.poll(() => page.getByTestId('search-status').textContent()).not.toBe('')
    await page.waitForTimeout(600)
    expect(await page.getByTestId('lookup').count()).toBe(0)
    await page.fill('#search-box', `crm-no-such-${locale}`)
    const card = page.getByTestId('lookup')
    await card.waitFor()
    await expect
      .poll(() => card.textContent())
      .toContain(message(locale, 'search.lookupNotFound', { id: `crm-no-such-${locale}` }))
  })

  it('gets the process PDF with progress, saves it, opens it, and finds it again offline', async () => {
    const { page } = host
    await host.open(`/accounts/${accountId}?process=${completed.process_id}`)
    const pdf = page.getByTestId('process-pdf')
    await pdf.waitFor()
    await pdf.getByTestId('pdf-get').click()
    await pdf.getByTestId('pdf-progress').waitFor()
    await host.screenshot('pdf-progress')
    await pdf.getByTestId('pdf-ready').waitFor({ timeout: 10_000 })
    expect(await host.axe()).toEqual([])
    await pdf.getByTestId('pdf-save').click()
    const saved = join(host.fixture.exportsDir, `truora-process-${completed.process_id}.pdf`)
    await expect
      .poll(() =>
        readFile(saved).then(
          (b) => b.subarray(0, 5).toString(),
          () => ''
        )
      )
      .toBe('%PDF-')
    await pdf.getByTestId('pdf-open').click()
    await expect.poll(() => opened.length).toBe(1)
    const file = host.fixture.sim.requests.find((r) => r.path.startsWith('/files/'))
    expect(file?.headers['truora-api-key']).toBeUndefined()

    await host.fixture.sim.stop()
    await page.reload()
    const again = page.getByTestId('process-pdf')
    await again.waitFor({ timeout: 10_000 })
    await again.getByTestId('pdf-get').click()
    const kept = again.getByTestId('pdf-ready')
    await kept.waitFor()
    expect(await kept.textContent()).toContain(message(locale, 'pdf.keptOffline').split('(')[0]!.trim())
    await host.screenshot('pdf-offline')
    expect(await host.axe()).toEqual([])
    await host.fixture.sim.start()
    expect(host.problems).toEqual([])
  })
})
