// Search → account → history drill-down → identity process link (the account and history views), in
// Chromium against the real Backend and the simulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Account, IdentityProcess, Validation } from '@shared/domain/truora-records'
import { eventually } from '../support/backend-fixture'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { message } from '../support/e2e-messages'
import { accountWithHistory } from '../support/sim-history'

describe.each<HostLocale>(['es', 'en'])('search, account and its history (%s)', (locale) => {
  let host: Host
  let account: Account
  let validations: Validation[]
  let processes: IdentityProcess[]
  beforeAll(async () => {
    host = await startHost({ locale })
    const subject = await accountWithHistory(host.fixture.sim)
    account = host.fixture.sim.accounts().find((item) => item.account_id === subject.accountId)!
    validations = subject.validations
    processes = subject.processes
    await host.fixture.addOperator('Ana Field')
    // Cache every account first (the "sync all" of Settings, driven here through the Backend).
    const started = await host.fixture.backend.sync.mirror()
    expect(started.ok).toBe(true)
    await eventually(async () => {
      const stats = await host.fixture.backend.cache.stats()
      return stats.ok && stats.data.accounts === host.fixture.sim.accounts().length
    }, 20_000)
  })
  afterAll(async () => {
    await host?.close()
  })

  it('finds the account by part of its name among the cached ones', async () => {
    const { page } = host
    await host.open('/')
    await page.getByTestId('results').waitFor()
    expect((await page.getByTestId('search-status').textContent())?.trim()).toBe(
      message(locale, 'search.results', { count: host.fixture.sim.accounts().length }).split(' | ')[2]
    )
    const name = `${account.first_name} ${account.last_name}`
    await page.fill('#search-box', account.last_name!.slice(0, 5))
    const row = page.getByRole('link', { name })
    await row.first().waitFor()
    await host.screenshot('search-results')
    expect(await host.axe()).toEqual([])
    await row.first().click()
    await page.waitForURL(new RegExp(`#/accounts/${account.account_id.replace('.', '\\.')}$`))
  })

  it('shows the account with its freshness and the merged history, newest first', async () => {
    const { page } = host
    await page.getByTestId('account').waitFor()
    expect(await page.locator('h1').textContent()).toBe(`${account.first_name} ${account.last_name}`)
    expect(await page.getByTestId('account').textContent()).toContain(account.account_id)
    // Masked until asked for.
    expect(await page.getByTestId('account').textContent()).not.toContain(account.document_number!)
    const items = page.locator('[data-testid="timeline"] > li')
    await expect.poll(() => items.count()).toBe(validations.length + processes.length)
    const dates = [...validations.map((v) => v.creation_date!), ...processes.map((p) => p.creation_date!)]
    const newest = dates.sort().at(-1)!
    const newestId = [
      ...validations.map((v) => [v.creation_date, v.validation_id]),
      ...processes.map((p) => [p.creation_date, p.process_id])
    ].find(([date]) => date === newest)![1]!
    expect(await items.first().textContent()).toContain(newestId)
    expect(await page.title()).toBe(`Truora Account Lookup — ${message(locale, 'views.account')}`)
    await host.screenshot('account')
    expect(await host.axe()).toEqual([])
  })

  it('keeps the copy buttons beside long IDs at their full size', async () => {
    const { page } = host
    const buttons = page.locator('[data-testid="account"] .facts dd > .icon-button')
    expect(await buttons.count()).toBeGreaterThan(0)
    const widths = await buttons.evaluateAll((found) =>
      found.map((button) => {
        // 1.9rem at the page's root font size (this project type-checks without the DOM library).
        const inPage = globalThis as unknown as {
          getComputedStyle(element: unknown): { fontSize: string }
          document: { documentElement: unknown }
        }
        const rootFontSize = parseFloat(inPage.getComputedStyle(inPage.document.documentElement).fontSize)
        return button.getBoundingClientRect().width / rootFontSize
      })
    )
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(1.89)
  })

  it('drills into a validation and a process result, with their raw JSON', async () => {
    const { page } = host
    const validation = validations[0]!
    await page
      .getByRole('button', { name: message(locale, 'account.detailsOf', { id: validation.validation_id }) })
      .click()
    const json = page.getByTestId('raw-json')
    await json.waitFor()
    expect(JSON.parse((await json.textContent())!)).toMatchObject({ validation_id: validation.validation_id })
    await host.screenshot('account-validation')
    expect(await host.axe()).toEqual([])

    const process = processes[0]!
    await page
      .getByRole('button', { name: message(locale, 'account.detailsOf', { id: process.process_id }) })
      .click()
    await expect
      .poll(async () => JSON.parse((await json.textContent()) ?? '{}').process_id)
      .toBe(process.process_id)
    await page
      .getByRole('button', {
        name: message(locale, 'copy.copyLabel', { what: message(locale, 'account.rawJson') })
      })
      .click()
    const copied = await page.evaluate(() =>
      (
        globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
      ).navigator.clipboard.readText()
    )
    expect(JSON.parse(copied).process_id).toBe(process.process_id)
  })

  it('starts an identity process and gives the link to copy, remembering the flow for next time', async () => {
    const { page } = host
    const flowId = processes[0]!.flow_id!
    await page.getByTestId('start-process').click()
    // The account's own flows are offered; choosing one fills the field.
    await page.getByTestId('flow-choice').filter({ hasText: flowId }).click()
    expect(await page.inputValue('#process-flow')).toBe(flowId)
    await page.fill('#process-redirect', 'http://insecure.example')
    await page.locator('#process-redirect').blur()
    expect(await page.locator('#process-redirect-error').textContent()).toBe(
      message(locale, 'validation.redirectUrl')
    )
    await page.fill('#process-redirect', 'https://example.com/done')
    await page.getByRole('button', { name: message(locale, 'processLink.submit') }).click()
    const link = page.getByTestId('link-handoff')
    await link.waitFor()
    const url = await link.locator('input').inputValue()
    expect(url).toMatch(/^https:\/\/identity\.truora\.com\/\?token=/)
    await host.screenshot('account-process-link')
    await page.reload()
    await page.getByTestId('start-process').click()
    await page.locator('#process-flow').waitFor()
    expect(await page.inputValue('#process-flow')).toBe(flowId)
    expect(await page.inputValue('#process-redirect')).toBe('https://example.com/done')
    expect(host.problems).toEqual([])
  })
})
