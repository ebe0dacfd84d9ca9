// Reflow (DESIGN.md §1 promise 5 "at any zoom", WCAG 1.4.10): every view at a 640 px-wide window and at 200 %
// zoom (a 1366 px window: 683 CSS px, drawn at twice the pixels) scrolls only downwards — no element reaches
// past the right edge, the page and the content area never scroll sideways — and axe finds nothing serious.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { accountWithHistory } from '../support/sim-history'
import { message } from '../support/e2e-messages'

/** The little of the DOM the check below reads (this project type-checks without the DOM library). */
interface InPageElement {
  tagName: string
  id: string
  classList: ArrayLike<string> & Iterable<string>
  scrollWidth: number
  clientWidth: number
  getBoundingClientRect(): { left: number; right: number; width: number; height: number }
  closest(selector: string): InPageElement | null
}
interface InPageDocument {
  documentElement: InPageElement
  querySelectorAll(selector: string): Iterable<InPageElement>
}

/** What overflows sideways: the page, the content area, any scroller, or an element past the edge. */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: InPageDocument }).document
    const width = doc.documentElement.clientWidth
    const name = (element: InPageElement) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
        element.classList.length > 0 ? `.${[...element.classList].join('.')}` : ''
      }`
    const found: string[] = []
    for (const scroller of [
      doc.documentElement,
      ...doc.querySelectorAll('#main, .results-scroll, .json, .toasts')
    ])
      if (scroller.scrollWidth > scroller.clientWidth) found.push(`${name(scroller)} scrolls sideways`)
    for (const element of doc.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || element.closest('.visually-hidden, .skip-link')) continue
      if (box.right > width + 0.5 || box.left < -0.5)
        found.push(`${name(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} of ${width}`)
    }
    return found
  })
}

function contentScrollTop(page: Page): Promise<number> {
  return page.locator('#main').evaluate((main) => main.scrollTop)
}

const SIZES = [
  ['640 px wide', { width: 640, height: 720 }, 1],
  ['200 % zoom', { width: 683, height: 384 }, 2]
] as const

describe.each(
  (['es', 'en'] as HostLocale[]).flatMap((locale) => SIZES.map((size) => [locale, ...size] as const))
)('reflow (%s, %s)', (locale, sizeName, viewport, deviceScaleFactor) => {
  let host: Host
  let accountId: string
  let processId: string
  const tag = sizeName.replace(/\W+/g, '')
  beforeAll(async () => {
    host = await startHost({ locale, viewport, deviceScaleFactor })
    await host.fixture.addOperator('Ana Field de Souza Pereira')
    const subject = await accountWithHistory(host.fixture.sim)
    accountId = subject.accountId
    processId = subject.processes[0]!.process_id
    for (const account of host.fixture.sim.accounts().slice(0, 12))
      await host.fixture.backend.accounts.get(account.account_id)
    // One creation waiting in the outbox, so its row is laid out too.
    await host.fixture.sim.stop()
    await host.fixture.backend.accounts.create({ account_id: 'reflow-queued-1', first_name: 'Fila' })
    await host.fixture.sim.start()
    host.fixture.sim.faults.share(1, { status: 503 }, { method: 'POST', pathPrefix: '/v1/accounts' })
  })
  afterAll(async () => {
    await host?.close()
  })

  it('search, with results, filters and the lookup card, scrolls only downwards', async () => {
    const { page } = host
    await host.open('/')
    await page.getByTestId('results').waitFor()
    await page.getByRole('button', { name: message(locale, 'search.filters') }).click()
    await page.fill('#search-box', accountId)
    await page.locator('[data-testid="lookup"][data-state="found"]').waitFor()
    expect(await sidewaysOverflow(page)).toEqual([])
    // The connectivity badge and the filters are on screen, not pushed off it.
    for (const testId of ['connectivity']) {
      const box = (await page.getByTestId(testId).boundingBox())!
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width)
    }
    await host.screenshot(`reflow-${tag}-search`)
    expect(await host.axe()).toEqual([])
  })

  it('the account view, with a drill-down open, scrolls only downwards', async () => {
    const { page } = host
    await host.open(`/accounts/${accountId}`)
    await page.getByTestId('timeline').waitFor()
    await page.getByRole('button', { name: message(locale, 'account.detailsOf', { id: processId }) }).click()
    await page.getByTestId('raw-json').waitFor()
    expect(await sidewaysOverflow(page)).toEqual([])
    await host.screenshot(`reflow-${tag}-account`)
    expect(await host.axe()).toEqual([])
  })

  it('the identity-link hand-off, with its QR code, scrolls only downwards', async () => {
    const { page } = host
    await host.open(`/accounts/${accountId}`)
    await page.getByTestId('start-process').click()
    await page.fill('#process-flow', 'IPF0123456789abcdef')
    await page.fill('#process-redirect', 'https://example.com/done')
    await page.getByTestId('process-link-submit').click()
    await page.getByTestId('qr-code').waitFor()
    expect(await sidewaysOverflow(page)).toEqual([])
    await host.screenshot(`reflow-${tag}-handoff`)
    expect(await host.axe()).toEqual([])
    await page.getByTestId('process-link-close').click()
  })

  it('a pending account scrolls only downwards', async () => {
    const listed = await host.fixture.backend.outbox.list()
    const item = listed.ok ? listed.data[0] : undefined
    if (!item) throw new Error('the queued creation is not in the outbox')
    await host.open(`/pending/${item.id}`)
    await host.page.getByTestId('pending-note').waitFor()
    expect(await sidewaysOverflow(host.page)).toEqual([])
    await host.screenshot(`reflow-${tag}-pending`)
    expect(await host.axe()).toEqual([])
  })

  for (const [name, route, ready] of [
    ['create', '/create', '[data-testid="create-form"]'],
    ['outbox', '/outbox', '[data-testid="outbox-list"]'],
    ['settings', '/settings', '[data-testid="sync-panel"]'],
    ['not-found', '/no-such-page', 'h1']
  ] as const) {
    it(`${name} scrolls only downwards`, async () => {
      await host.open(route)
      await host.page.locator(ready).first().waitFor()
      // Opened at the top, its title in sight, wherever the view before was scrolled to.
      await expect.poll(() => contentScrollTop(host.page)).toBe(0)
      expect(await sidewaysOverflow(host.page)).toEqual([])
      await host.screenshot(`reflow-${tag}-${name}`)
      expect(await host.axe()).toEqual([])
    })
  }

  it('a view opened from the navigation starts at the top; Back returns to where the last one was', async () => {
    const { page } = host
    await host.open('/settings')
    await page.getByTestId('sync-panel').waitFor()
    const scrolled = await page.locator('#main').evaluate((main) => {
      main.scrollTop = main.scrollHeight
      return main.scrollTop
    })
    expect(scrolled).toBeGreaterThan(0)
    // The scroll event comes with the next frame; the app records the place from it.
    await page.evaluate(() => {
      const inPage = globalThis as unknown as { requestAnimationFrame(done: () => void): void }
      const frame = (done: () => void): void => inPage.requestAnimationFrame(done)
      return new Promise<void>((done) => frame(() => frame(done)))
    })
    await page.getByRole('link', { name: message(locale, 'nav.outbox') }).click()
    await page.getByTestId('outbox-list').waitFor()
    await expect.poll(() => contentScrollTop(page)).toBe(0)
    await page.keyboard.press('Alt+ArrowLeft')
    await page.getByTestId('sync-panel').waitFor()
    await expect.poll(() => contentScrollTop(page)).toBe(scrolled)
  })

  it('had no page errors', () => {
    expect(host.problems).toEqual([])
  })
})
