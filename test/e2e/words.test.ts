// Words, not codes (DESIGN.md §3: the renderer's words come from `code` and `details`), with the browser's
// (the OS's) locale the other language: Truora's codes in the UI language with the raw code on hover and in
// the detail panel, a Brazilian document named as Brazil names it, sizes with plurals, no empty «» for a
// filters-only no-match, and dates typed and shown in the UI language's order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Account, IdentityProcess, Validation } from '@shared/domain/truora-records'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { message } from '../support/e2e-messages'
import { historyOf } from '../support/sim-history'

describe.each<HostLocale>(['es', 'en'])('words, not codes (%s)', (locale) => {
  const browserLocale: HostLocale = locale === 'es' ? 'en' : 'es'
  let host: Host
  let account: Account
  let declined: Validation | IdentityProcess
  const shot = (name: string) => host.screenshot(`${name}-ui-${locale}-browser`)

  beforeAll(async () => {
    host = await startHost({ locale: browserLocale, sim: { accounts: 150 } })
    await host.fixture.addOperator('Ana Field')
    // A Brazilian account whose history has a declined entry.
    for (const candidate of host.fixture.sim.accounts().filter((item) => item.country === 'BR')) {
      const history = await historyOf(host.fixture.sim, candidate.account_id)
      const found = [...history.validations, ...history.processes].find((entry) => entry.declined_reason)
      if (found) {
        account = candidate
        declined = found
        break
      }
    }
    expect(declined!).toBeDefined()
    for (const item of host.fixture.sim.accounts().slice(0, 20))
      await host.fixture.backend.accounts.get(item.account_id)
    // The operator picks the UI language; the browser keeps the other one.
    await host.open('/settings')
    await host.page.selectOption('#settings-language', locale)
    await host.page.locator('h1', { hasText: message(locale, 'settings.heading') }).waitFor()
  })
  afterAll(async () => {
    await host?.close()
  })

  it('names the history’s codes in words, with the raw code on hover and in the detail', async () => {
    const { page } = host
    await host.open(`/accounts/${account.account_id}`)
    await page.getByTestId('timeline').waitFor()
    const reason = declined.declined_reason!
    const words = page.locator(`.code-label[data-code="${reason}"]`).first()
    expect(await words.textContent()).toBe(message(locale, `declinedReasons.${reason}`))
    expect(await words.getAttribute('title')).toBe(reason)
    const timeline = (await page.getByTestId('timeline').textContent())!
    expect(timeline).not.toContain(reason)
    for (const type of ['face-recognition', 'document-validation'])
      if (timeline.includes(type)) throw new Error(`raw type ${type} shown`)
    // The document: Brazil's own name, not a Colombian one.
    expect(await page.getByTestId('account').textContent()).toContain('RG / CPF')
    expect(await page.getByTestId('account').textContent()).not.toContain('Cédula')
    await shot('words-timeline')
    expect(await host.axe()).toEqual([])

    const id = String('validation_id' in declined ? declined.validation_id : declined.process_id)
    await page.getByRole('button', { name: message(locale, 'account.detailsOf', { id }) }).click()
    const detail = page.getByTestId('detail-declined')
    await detail.waitFor()
    expect(await detail.textContent()).toContain(message(locale, `declinedReasons.${reason}`))
    expect(await detail.locator('.raw-code').textContent()).toBe(reason)
    await shot('words-detail')
    expect(await host.axe()).toEqual([])
  })

  it('says a filters-only search matched nothing without quoting an empty «»', async () => {
    const { page } = host
    await host.open('/')
    await page.getByTestId('results').waitFor()
    await page.getByRole('button', { name: message(locale, 'search.filters') }).click()
    await page.selectOption('#filter-country', 'FR')
    const status = page.getByTestId('search-status')
    await expect
      .poll(async () => (await status.textContent())?.trim())
      .toBe(message(locale, 'search.noMatchFilters'))
    expect(await status.textContent()).not.toMatch(/[«“]\s*[»”]/)
    await shot('words-no-match')
    await page.getByRole('button', { name: message(locale, 'search.clearFilters') }).click()
  })

  it('types and shows dates in the UI language’s order, not the browser’s', async () => {
    const { page } = host
    const from = page.locator('#filter-from')
    const pattern = locale === 'en' ? 'mm/dd/yyyy' : 'dd/mm/aaaa'
    expect(await from.getAttribute('placeholder')).toBe(pattern)
    expect(await from.getAttribute('type')).toBe('text')
    // 31 December 2025, which only reads as a date in the UI language's order.
    await from.fill(locale === 'en' ? '12/31/2025' : '31/12/2025')
    await from.blur()
    const expected = await host.fixture.backend.accounts.search({
      text: '',
      filters: { createdFrom: '2025-12-31' }
    })
    const total = expected.ok ? expected.data.total : -1
    expect(total).toBeGreaterThan(0)
    expect(total).toBeLessThan(20)
    await expect
      .poll(async () => (await page.getByTestId('search-status').textContent())?.trim())
      .toBe(message(locale, 'search.results', { count: total }).split(' | ')[total === 1 ? 1 : 2])
    expect(await from.inputValue()).toBe(locale === 'en' ? '12/31/2025' : '31/12/2025')
    await shot('words-dates')
    expect(await host.axe()).toEqual([])

    await host.open('/create')
    expect(await page.locator('#create-document_issue_date').getAttribute('placeholder')).toBe(pattern)
  })

  it('says sizes with their plural', async () => {
    const { page } = host
    await host.open('/settings')
    const size = page.locator('[data-testid="cache-stats"] .stat-value').nth(4)
    await size.waitFor()
    const stats = await host.fixture.backend.cache.stats()
    const bytes = stats.ok ? stats.data.bytes : 0
    expect(bytes).toBeGreaterThan(1024)
    expect(await size.textContent()).toMatch(/^\d+([.,]\d)? kB$/)
    // An emptied cache is a few bytes: "bytes", never "byte" or "B".
    await page.getByRole('button', { name: message(locale, 'settings.clearCache') }).click()
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: message(locale, 'settings.clearConfirm') })
      .click()
    await page
      .locator('[data-testid="cache-stats"] .stat-value')
      .first()
      .getByText('0', { exact: true })
      .waitFor()
    const after = await host.fixture.backend.cache.stats()
    const empty = after.ok ? after.data.bytes : -1
    await expect
      .poll(async () => (await size.textContent())?.trim())
      .toEqual(
        empty >= 1024
          ? expect.stringMatching(/ kB$/)
          : `${new Intl.NumberFormat(locale).format(empty)} ${empty === 1 ? 'byte' : 'bytes'}`
      )
    await shot('words-sizes')
    expect(host.problems).toEqual([])
  })
})
