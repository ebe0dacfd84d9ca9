// The outbox's ways forward (DESIGN.md §5 "failed items stay visible with Truora's error and a way
// forward"): a queued creation whose ID turned out to be taken links to the existing account; one
// without an ID whose answer was lost says to look for the person before retrying, and its discard
// dialog does not claim it was never sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { message } from '../support/e2e-messages'

describe.each<HostLocale>(['pt-BR', 'en'])('outbox ways forward (%s)', (locale) => {
  let host: Host
  beforeAll(async () => {
    host = await startHost({ locale })
    await host.fixture.addOperator('Ana Field')
  })
  afterAll(async () => {
    await host?.close()
  })

  it('links a conflict to the existing account and asks to look for an uncertain one first', async () => {
    const { page, fixture } = host
    const taken = fixture.sim.accounts()[3]!
    await fixture.sim.stop()
    await fixture.backend.accounts.get('ACCnotcached') // learns it is offline
    const queuedTaken = await fixture.backend.accounts.create({
      account_id: taken.account_id,
      first_name: 'Otra'
    })
    const queuedNoId = await fixture.backend.accounts.create({ first_name: 'Joana', last_name: 'Conceição' })
    expect([queuedTaken, queuedNoId].map((queued) => queued.ok && queued.data.status)).toEqual([
      'queued',
      'queued'
    ])
    // Back online: the taken ID is found before any POST; the POST without an ID reaches Truora,
    // which creates the account, and its answer never comes back.
    fixture.sim.faults.next(1, { afterProcessing: 'hang' }, { method: 'POST', pathPrefix: '/v1/accounts' })
    await fixture.sim.start()
    await host.open('/outbox')
    const failed = page.locator('[data-testid="outbox-list"] li[data-state="failed"]')
    await expect.poll(() => failed.count(), { timeout: 20_000 }).toBe(2)

    const conflict = failed.filter({ hasText: taken.account_id })
    expect(await conflict.getByTestId('outbox-error').textContent()).toBe(message(locale, 'outbox.conflict'))
    const uncertain = failed.filter({ hasText: 'Joana Conceição' })
    expect(await uncertain.getByTestId('outbox-error').textContent()).toBe(
      message(locale, 'outbox.uncertain')
    )
    expect(await uncertain.getByTestId('outbox-open-existing').count()).toBe(0)
    await host.screenshot('outbox-ways-forward')
    expect(await host.axe()).toEqual([])

    await uncertain.getByRole('button', { name: message(locale, 'outbox.discard') }).click()
    const dialog = page.getByRole('alertdialog')
    expect(await dialog.textContent()).toContain(
      message(locale, 'outbox.discardUncertainBody', { name: 'Joana Conceição' })
    )
    await dialog.getByRole('button', { name: message(locale, 'outbox.cancel') }).click()

    await conflict.getByRole('link', { name: message(locale, 'outbox.openExisting') }).click()
    await page.waitForURL(new RegExp(`#/accounts/${taken.account_id}$`))
    await page.getByTestId('account').waitFor()
    expect(host.problems).toEqual([])
  })
})
