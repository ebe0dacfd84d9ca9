// An account's verdict at a glance (DESIGN.md §1 promise 5: every screen says what is true now): the latest
// status and its date at the top of the account view, the history filterable by kind and status, and the raw
// JSON masking document numbers, phones and e-mails until the agent reveals them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IdentityProcess, Validation } from '@shared/domain/truora-records'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { message } from '../support/e2e-messages'
import { accountWithHistory } from '../support/sim-history'

/** The simulator writes Truora's three statuses as they are (tools/sim/history.ts). */
const statusKind = (status: string | undefined): string => status ?? 'unknown'

describe.each<HostLocale>(['es', 'en'])('an account’s verdict at a glance (%s)', (locale) => {
  let host: Host
  let accountId: string
  let validations: Validation[]
  let processes: IdentityProcess[]
  beforeAll(async () => {
    host = await startHost({ locale })
    await host.fixture.addOperator('Ana Field')
    ;({ accountId, validations, processes } = await accountWithHistory(host.fixture.sim))
  })
  afterAll(async () => {
    await host?.close()
  })

  it('shows the latest status and its date at the top', async () => {
    const { page } = host
    await host.open(`/accounts/${accountId}`)
    await page.getByTestId('timeline').waitFor()
    const entries = [
      ...validations.map((v) => ({ date: v.creation_date!, status: v.validation_status })),
      ...processes.map((p) => ({ date: p.creation_date!, status: p.status }))
    ].sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
    const newest = entries[0]!
    const verdict = page.getByTestId('verdict')
    await expect.poll(() => verdict.getAttribute('data-status')).toBe(statusKind(newest.status))
    expect(await verdict.textContent()).toContain(message(locale, `status.${statusKind(newest.status)}`))
    expect(await verdict.textContent()).toContain(
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
        Date.parse(newest.date.replace(/(\.\d{3})\d+/, '$1'))
      )
    )
    // It sits above the account's cards, beside its name.
    const verdictBox = (await verdict.boundingBox())!
    const cards = (await page.getByTestId('account').boundingBox())!
    expect(verdictBox.y).toBeLessThan(cards.y)
    await host.screenshot('verdict')
    expect(await host.axe()).toEqual([])
  })

  it('filters the history by kind and by status', async () => {
    const { page } = host
    const items = page.locator('[data-testid="timeline"] > li')
    expect(await items.count()).toBe(validations.length + processes.length)
    await page.selectOption('#timeline-kind', 'process')
    await expect.poll(() => items.count()).toBe(processes.length)
    expect(await page.locator('[data-testid="timeline"] > li[data-kind="validation"]').count()).toBe(0)
    await page.selectOption('#timeline-kind', '')
    const status = statusKind(validations[0]!.validation_status)
    const matching = [
      ...validations.map((v) => statusKind(v.validation_status)),
      ...processes.map((p) => statusKind(p.status))
    ].filter((kind) => kind === status).length
    await page.selectOption('#timeline-status', status)
    await expect.poll(() => items.count()).toBe(matching)
    expect(await page.getByTestId('timeline-count').textContent()).toContain(
      message(locale, 'account.historyShown', {
        shown: matching,
        total: validations.length + processes.length
      })
    )
    await host.screenshot('verdict-filtered')
    expect(await host.axe()).toEqual([])
    await page.selectOption('#timeline-status', '')
  })

  it('masks personal data in the raw JSON until the agent reveals it', async () => {
    const { page } = host
    const account = host.fixture.sim.accounts().find((item) => item.account_id === accountId)!
    const process = processes[0]!
    await page
      .getByRole('button', { name: message(locale, 'account.detailsOf', { id: process.process_id }) })
      .click()
    const json = page.getByTestId('raw-json')
    await expect
      .poll(async () => JSON.parse((await json.textContent()) ?? '{}').process_id)
      .toBe(process.process_id)
    const masked = (await json.textContent())!
    expect(masked).not.toContain(account.document_number!)
    expect(JSON.parse(masked).document_number).toMatch(/^•+.{3}$/)
    await host.screenshot('verdict-json-masked')
    expect(await host.axe()).toEqual([])

    await page.getByTestId('reveal-json').click()
    await expect.poll(() => json.textContent()).toContain(account.document_number!)
    expect(await page.getByTestId('reveal-json').getAttribute('aria-pressed')).toBe('true')
    await page.getByTestId('reveal-json').click()
    await expect.poll(() => json.textContent()).not.toContain(account.document_number!)
    expect(host.problems).toEqual([])
  })
})
