// Creating accounts (the create form and the outbox view; DESIGN.md §5 "Outbox"): online it is created at
// Truora and opened; a second time the same ID is a conflict with a link to the existing account; offline it
// waits in the outbox, shown with a count in the navigation, and is sent when the network returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually } from '../support/backend-fixture'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { message, messageStart } from '../support/e2e-messages'

describe.each<HostLocale>(['es', 'en'])('create online, conflict, offline outbox (%s)', (locale) => {
  let host: Host
  const onlineId = `crm-${locale}-001`
  const offlineId = `crm-${locale}-002`
  const simHas = (id: string) => host.fixture.sim.accounts().some((account) => account.account_id === id)

  beforeAll(async () => {
    host = await startHost({ locale })
    await host.fixture.addOperator('Ana Field')
  })
  afterAll(async () => {
    await host?.close()
  })

  async function chooseOwnId(id: string): Promise<void> {
    const { page } = host
    await host.open('/create')
    await page.locator('#id-mode-own').check()
    await page.fill('#create-account_id', id)
  }

  it('creates an account with every field and opens it', async () => {
    const { page } = host
    await chooseOwnId(onlineId)
    await page.fill('#create-first_name', 'María José')
    await page.fill('#create-last_name', 'Restrepo Gil')
    await page.fill('#create-email', 'mj.restrepo@example.com')
    await page.locator('#create-country').pressSequentially('Colom')
    await page.getByRole('option', { name: /Colombia/ }).click()
    expect(await page.getByTestId('phone-hint').textContent()).toContain('+57')
    await page.selectOption('#create-document_type', 'national-id')
    await page.fill('#create-document_number', '1032456789')
    // Typed in the UI language's order, whatever the browser's locale: 1 March 2015.
    await page.fill('#create-document_issue_date', locale === 'en' ? '03/01/2015' : '01/03/2015')
    await page.fill('#create-phone_number', '3001234567')
    await page.fill('#create-twitter_user', 'mjrestrepo')
    await host.screenshot('create-form')
    expect(await host.axe()).toEqual([])

    await page.getByRole('button', { name: message(locale, 'create.submit') }).click()
    await page.waitForURL(new RegExp(`#/accounts/${onlineId}$`))
    await page.getByTestId('account').waitFor()
    expect(await page.locator('h1').textContent()).toBe('María José Restrepo Gil')
    // Confirmed on the view it opened (a change of view clears confirmations from before it).
    await page.getByText(message(locale, 'create.created', { id: onlineId })).waitFor()
    const created = host.fixture.sim.accounts().find((account) => account.account_id === onlineId)
    expect(created).toMatchObject({
      country: 'CO',
      document_type: 'national-id',
      document_number: '1032456789',
      document_issue_date: '2015-03-01',
      email: 'mj.restrepo@example.com',
      twitter_user: 'mjrestrepo'
    })
  })

  it('meets an existing ID with a conflict and a link to that account', async () => {
    const { page } = host
    await chooseOwnId(onlineId)
    await page.fill('#create-first_name', 'Otra Persona')
    await page.getByRole('button', { name: message(locale, 'create.submit') }).click()
    const error = page.getByTestId('create-error')
    await error.waitFor()
    expect(await error.textContent()).toContain(message(locale, 'create.conflict'))
    // The last creation's "created" confirmation went with its view: it would contradict this one.
    expect(await page.getByText(message(locale, 'create.created', { id: onlineId })).count()).toBe(0)
    await host.screenshot('create-conflict')
    await error.getByRole('link', { name: message(locale, 'create.openExisting') }).click()
    await page.waitForURL(new RegExp(`#/accounts/${onlineId}$`))
  })

  it('offline, keeps the account in the outbox and counts it in the navigation', async () => {
    const { page } = host
    await host.fixture.sim.stop()
    await chooseOwnId(offlineId)
    await page.fill('#create-first_name', 'Pedro')
    await page.fill('#create-last_name', 'Sin Red')
    // Offline, its label says "save to send later" once the app knows it.
    await page.locator('[data-testid="create-form"] button[type="submit"]').click()
    const queued = page.getByTestId('create-queued')
    await queued.waitFor()
    expect(await queued.textContent()).toContain(message(locale, 'create.queued'))
    await expect.poll(() => page.getByTestId('outbox-count').textContent()).toContain('1')
    await host.screenshot('create-queued')

    await page.getByTestId('nav-outbox').click()
    const list = page.getByTestId('outbox-list')
    await list.waitFor()
    expect(await list.textContent()).toContain('Pedro Sin Red')
    expect(await list.textContent()).toContain(offlineId)
    expect(await list.textContent()).toContain(messageStart(locale, 'outbox.attempts'))
    expect(simHas(offlineId)).toBe(false)
    await host.screenshot('outbox-pending')
    expect(await host.axe()).toEqual([])
  })

  it('sends it when the network returns, and the outbox empties', async () => {
    const { page } = host
    await host.fixture.sim.start()
    await page.getByTestId('outbox-empty').waitFor({ timeout: 20_000 })
    await eventually(() => simHas(offlineId), 5_000)
    expect(await page.getByTestId('outbox-count').count()).toBe(0)
    await host.screenshot('outbox-sent')
    expect(host.problems).toEqual([])
  })

  it('keeps a creation Truora refused as failed, with its reason, until the operator discards it', async () => {
    const { page } = host
    const refusedId = `crm-${locale}-003`
    await host.fixture.sim.stop()
    await chooseOwnId(refusedId)
    await page.fill('#create-first_name', 'Rechazada')
    await page.locator('[data-testid="create-form"] button[type="submit"]').click()
    await page.getByTestId('create-queued').waitFor()
    host.fixture.sim.faults.next(1, { status: 400 }, { method: 'POST', pathPrefix: '/v1/accounts' })
    await host.fixture.sim.start()
    await page.getByTestId('nav-outbox').click()
    const failed = page.locator('[data-testid="outbox-list"] li[data-state="failed"]')
    await failed.waitFor({ timeout: 20_000 })
    expect(await failed.textContent()).toContain(message(locale, 'outbox.refused'))
    // Sending the same data again cannot change Truora's answer: no retry, only discard.
    expect(await failed.getByRole('button', { name: message(locale, 'outbox.retry') }).count()).toBe(0)
    expect(await page.getByTestId('outbox-count').textContent()).toContain('1')
    await host.screenshot('outbox-failed')
    expect(await host.axe()).toEqual([])

    await failed.getByRole('button', { name: message(locale, 'outbox.discard') }).click()
    const dialog = page.getByRole('alertdialog')
    expect(await dialog.textContent()).toContain(message(locale, 'outbox.discardTitle'))
    await dialog.getByRole('button', { name: message(locale, 'outbox.discardConfirm') }).click()
    await page.getByTestId('outbox-empty').waitFor()
    expect(simHas(refusedId)).toBe(false)
    expect(host.problems).toEqual([])
  })
})
