// Keyboard and the top bar (DESIGN.md §1 promise 5, "Clear") in the smallest common window, 1024×640: Enter
// in the search box opens the only (or the first exact) hit, opening an account moves focus to its heading,
// Alt+← goes back; the active key's "expires soon" warning stays in the top bar and on the operator; the
// pt-BR top bar fits; a toast never covers the control that raised it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { truoraStyleKey } from '../support/jwt'
import { message } from '../support/e2e-messages'

const DAY = 86_400_000
/** The hosts' clocks start here (tools/browser-host/host.ts). */
const CLOCK_START = Date.parse('2026-11-26T12:00:00Z')

describe.each<HostLocale>(['es', 'en'])('keyboard and the top bar (%s)', (locale) => {
  let host: Host
  const activeId = (): Promise<string> =>
    host.page.evaluate(
      () =>
        (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document
          .activeElement?.id ?? ''
    )
  beforeAll(async () => {
    // The operator's key expires in 10 days.
    const key = truoraStyleKey({ expiresAt: new Date(CLOCK_START + 10 * DAY) })
    host = await startHost({ locale, viewport: { width: 1024, height: 640 }, sim: { key } })
    await host.fixture.addOperator('Ana Field')
    for (const account of host.fixture.sim.accounts().slice(0, 15))
      await host.fixture.backend.accounts.get(account.account_id)
  })
  afterAll(async () => {
    await host?.close()
  })

  it('warns in the top bar and on the operator that the key expires in 10 days', async () => {
    const { page } = host
    await host.open('/')
    const top = page.getByTestId('key-expiry-top')
    await top.waitFor()
    expect((await top.textContent())?.trim()).toBe(
      message(locale, 'keyExpiry.soonShort', { count: 10 }).split(' | ')[2]
    )
    await top.click()
    await page.waitForURL(/#\/settings$/)
    const note = page.getByTestId('operator-list').getByTestId('key-expiry')
    expect(await note.textContent()).toMatch(
      new RegExp(message(locale, 'keyExpiry.soon').split('{date}')[0]!)
    )
    expect(await note.textContent()).toContain('10')
    await host.screenshot('key-expiry')
    expect(await host.axe()).toEqual([])
  })

  it('opens the only hit with Enter, puts focus on its heading, and goes back with Alt+←', async () => {
    const { page } = host
    const target = host.fixture.sim.accounts()[6]!
    await host.open('/')
    await page.getByTestId('results').waitFor()
    await page.fill('#search-box', target.document_number!)
    await page.press('#search-box', 'Enter')
    await page.waitForURL(new RegExp(`#/accounts/${target.account_id.replace('.', '\\.')}$`))
    await page.getByTestId('account').waitFor()
    expect(await activeId()).toBe('account-heading')
    await host.screenshot('keyboard-account-focused')
    await page.keyboard.press('Alt+ArrowLeft')
    await page.waitForURL(/#\/$/)
    expect(await page.inputValue('#search-box')).toBe(target.document_number)
  })

  it('opens the first exact hit among several, and nothing when none is exact', async () => {
    const { page } = host
    const target = host.fixture.sim.accounts()[2]!
    await page.fill('#search-box', target.account_id)
    await page.press('#search-box', 'Enter')
    await page.waitForURL(new RegExp(`#/accounts/${target.account_id.replace('.', '\\.')}$`))
    await page.keyboard.press('Alt+ArrowLeft')
    await page.waitForURL(/#\/$/)
    // Two letters match many names and no ID exactly: Enter stays on the search.
    await page.fill('#search-box', 'an')
    await page.press('#search-box', 'Enter')
    await page.waitForTimeout(400)
    expect(page.url()).toMatch(/#\/$/)
  })

  it('fits the pt-BR top bar at 1024 px, badge included', async () => {
    const { page } = host
    await host.open('/settings')
    await page.selectOption('#settings-language', 'pt-BR')
    await page.locator('h1', { hasText: message('pt-BR', 'settings.heading') }).waitFor()
    const fits = await page.evaluate(() => {
      interface Box {
        scrollWidth: number
        clientWidth: number
        querySelectorAll(selector: string): Iterable<{ getBoundingClientRect(): { right: number } }>
      }
      const doc = (
        globalThis as unknown as {
          document: { documentElement: Box; querySelector(selector: string): Box | null }
        }
      ).document
      const bar = doc.querySelector('.topbar')!
      const width = doc.documentElement.clientWidth
      return (
        bar.scrollWidth <= bar.clientWidth &&
        [...bar.querySelectorAll('*')].every((element) => element.getBoundingClientRect().right <= width)
      )
    })
    expect(fits).toBe(true)
    const badge = (await page.getByTestId('connectivity').boundingBox())!
    expect(badge.x + badge.width).toBeLessThanOrEqual(1024)
    await page.screenshot({ path: `test-results/keyboard-topbar-pt-BR-from-${locale}.png` })
    expect(await host.axe()).toEqual([])
    await page.selectOption('#settings-language', locale)
    await page.locator('h1', { hasText: message(locale, 'settings.heading') }).waitFor()
  })

  it('shows a toast where it covers nothing, the export button that raised it included', async () => {
    const { page } = host
    const button = page.getByRole('button', { name: message(locale, 'settings.exportCsv') })
    await button.scrollIntoViewIfNeeded()
    await button.click()
    const toast = page.getByTestId('toast').first()
    await toast.waitFor()
    const region = (await page.locator('.toasts').boundingBox())!
    const main = (await page.locator('#main').boundingBox())!
    const raised = (await button.boundingBox())!
    // The toasts are below the content area, not over it, and the button is still in view above them.
    expect(region.y).toBeGreaterThanOrEqual(main.y + main.height - 1)
    expect(raised.y + raised.height).toBeLessThanOrEqual(region.y + 1)
    expect(raised.y).toBeGreaterThanOrEqual(main.y)
    await host.screenshot('toast-below')
    expect(await host.axe()).toEqual([])
    expect(host.problems).toEqual([])
  })
})
