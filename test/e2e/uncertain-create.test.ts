// A creation whose answer was lost (DESIGN.md §5 "Outbox": an interrupted send is checked, never
// blindly repeated): Truora took the POST but its answer never came, so
// the account may exist. The create form and the outbox tell the operator, in their language, to
// search for the person before creating again — never "try again" — and take them to that search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { message } from '../support/e2e-messages'

describe.each<HostLocale>(['es', 'en'])('a creation whose answer was lost (%s)', (locale) => {
  let host: Host
  const documentNumber = locale === 'es' ? '1032456001' : '1032456002'
  beforeAll(async () => {
    host = await startHost({ locale })
    await host.fixture.addOperator('Ana Field')
  })
  afterAll(async () => {
    await host?.close()
  })

  const posts = () => host.fixture.sim.count({ method: 'POST', pathPrefix: '/v1/accounts' })

  it('says on the form to search for the person before creating again, and searches for them', async () => {
    const { page } = host
    await host.open('/create')
    await page.fill('#create-first_name', 'Lucía')
    await page.fill('#create-last_name', 'Sin Respuesta')
    await page.fill('#create-document_number', documentNumber)
    // Truora creates the account, then the answer is lost (the request times out).
    host.fixture.sim.faults.next(
      1,
      { afterProcessing: 'hang' },
      { method: 'POST', pathPrefix: '/v1/accounts' }
    )
    const before = posts()
    await page.getByRole('button', { name: message(locale, 'create.submit') }).click()
    const error = page.getByTestId('create-error')
    await error.waitFor({ timeout: 15_000 })
    expect(await page.getByTestId('create-unknown').textContent()).toContain(
      message(locale, 'create.unknownOutcome')
    )
    expect(await error.textContent()).toContain(message(locale, 'create.unknownOutcomeHint'))
    // Never the generic "try again" of a timeout.
    expect(await error.textContent()).not.toContain(message(locale, 'errors.timeout'))
    // Sent once, and not again on its own.
    expect(posts()).toBe(before + 1)
    expect(
      host.fixture.sim.accounts().filter((account) => account.document_number === documentNumber)
    ).toHaveLength(1)
    await host.screenshot('create-unknown-outcome')
    expect(await host.axe()).toEqual([])

    await page.getByTestId('create-search-person').click()
    await page.waitForURL(/#\/$/)
    expect(await page.inputValue('#search-box')).toBe(documentNumber)
  })

  it('says the same in the outbox for a queued creation whose sending was lost', async () => {
    const { page } = host
    await host.fixture.sim.stop()
    await host.open('/create')
    await page.fill('#create-first_name', 'Mateo')
    await page.fill('#create-last_name', 'Reintento Incierto')
    // Its label says "save to send later" once the app knows it is offline.
    await page.locator('[data-testid="create-form"] button[type="submit"]').click()
    await page.getByTestId('create-queued').waitFor()
    host.fixture.sim.faults.next(
      1,
      { afterProcessing: 'hang' },
      { method: 'POST', pathPrefix: '/v1/accounts' }
    )
    await host.fixture.sim.start()
    await page.getByTestId('nav-outbox').click()
    const uncertain = page
      .getByTestId('outbox-error')
      .filter({ hasText: message(locale, 'outbox.uncertain') })
    await uncertain.waitFor({ timeout: 20_000 })
    expect(await uncertain.textContent()).toContain(message(locale, 'outbox.uncertain'))
    const item = page.locator('[data-testid="outbox-list"] li', { hasText: 'Mateo Reintento Incierto' })
    expect(await item.textContent()).not.toContain(message(locale, 'errors.timeout'))
    // Not plain "failed": it may exist. Once the person is not found, it can be sent again.
    expect((await item.getByTestId('outbox-state').textContent())?.trim()).toBe(
      message(locale, 'outbox.needsChecking')
    )
    expect(await item.getByTestId('outbox-retry').count()).toBe(1)
    await host.screenshot('outbox-uncertain')
    expect(await host.axe()).toEqual([])
    await item.getByTestId('outbox-search-person').click()
    await page.waitForURL(/#\/$/)
    expect(await page.inputValue('#search-box')).toBe('Mateo Reintento Incierto')
    expect(host.problems).toEqual([])
  })
})
