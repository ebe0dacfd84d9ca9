// Settings → operators in real Chromium against the real Backend and keychain: removal names the
// queued creations it would delete before anything is deleted (none → the ordinary confirmation);
// removing the unlocked operator locks the app; and a keychain entry that cannot be read is said as
// such, with "Try again", never "remove and add again".
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { message } from '../support/e2e-messages'

/** A vue-i18n plural message ("one | many") in the form for `count`. */
function plural(locale: HostLocale, key: string, count: number): string {
  const forms = message(locale, key, { count }).split(' | ')
  return (count === 1 ? forms[0] : forms[forms.length - 1])!
}

describe.each<HostLocale>(['es', 'en'])('operators in Settings (%s)', (locale) => {
  let host: Host
  beforeAll(async () => {
    host = await startHost({ locale })
  })
  afterAll(async () => {
    await host?.close()
  })

  it('names the queued creations a removal deletes, and removes only once that is confirmed', async () => {
    const { page, fixture } = host
    const ana = await fixture.addOperator('Ana Field')
    const beto = await fixture.addOperator('Beto Office')
    await fixture.sim.stop()
    for (const id of ['e2e-queued-1', 'e2e-queued-2']) {
      const created = await fixture.backend.accounts.create({ account_id: id })
      expect(created.ok && created.data.status).toBe('queued')
    }
    await host.open('/settings')
    const anaRow = page.getByRole('listitem').filter({ hasText: 'Ana Field' })
    await anaRow.getByRole('button', { name: message(locale, 'settings.remove') }).click()
    const dialog = page.getByTestId('confirm-dialog')
    await dialog.getByText(plural(locale, 'settings.removeQueued', 2), { exact: false }).waitFor()
    await host.screenshot('operator-remove-queued')
    expect(await host.axe()).toEqual([])
    // Cancelled: nothing is gone.
    await dialog.getByRole('button', { name: message(locale, 'settings.cancel') }).click()
    await dialog.waitFor({ state: 'detached' })
    expect((await fixture.keychain.entries()).map((entry) => entry.account)).toContain(`${ana}:vault`)

    await anaRow.getByRole('button', { name: message(locale, 'settings.remove') }).click()
    await dialog.getByRole('button', { name: plural(locale, 'settings.removeConfirmQueued', 2) }).click()
    // Ana was the one unlocked: removing her locks the app, and the lock screen offers Beto.
    const lock = page.getByTestId('lock-screen')
    await lock.waitFor()
    await expect.poll(() => lock.textContent()).not.toContain('Ana Field')
    expect((await fixture.keychain.entries()).map((entry) => entry.account)).toEqual([`${beto}:vault`])
    await fixture.sim.start()
    await host.unlockInPage('Beto Office')

    // Nothing queued: the ordinary confirmation, with no word of lost creations.
    await host.open('/settings')
    const betoRow = page.getByRole('listitem').filter({ hasText: 'Beto Office' })
    await betoRow.getByRole('button', { name: message(locale, 'settings.remove') }).click()
    await dialog.waitFor()
    expect((await dialog.textContent()) ?? '').toContain(message(locale, 'settings.removeBody'))
    expect((await dialog.textContent()) ?? '').not.toContain(
      plural(locale, 'settings.removeQueued', 1).slice(0, 12)
    )
    await dialog.getByRole('button', { name: message(locale, 'settings.removeConfirm') }).click()
    // The last operator gone: back to the first-run setup.
    await page.waitForURL(/#\/setup$/)
    expect(await fixture.keychain.entries()).toEqual([])
    expect(host.problems).toEqual([])
  })

  it('says the keychain lost the wrapped keys, offers "Try again", and clears once they are back', async () => {
    const { page, fixture } = host
    const carla = await fixture.addOperator('Carla Norte')
    const account = `${carla}:vault`
    const wrapped = (await fixture.keychain.getPassword(fixture.keychain.service, account))!
    await fixture.keychain.deletePassword(fixture.keychain.service, account)

    // Added behind the page's back: it learns by evt:operator-changed. Navigating before it has would
    // meet the router's "no operator yet" guard and land on the setup.
    await page.getByText(message(locale, 'nav.operator', { name: 'Carla Norte' })).waitFor()
    await host.open('/settings')
    const notice = page.getByTestId('keychain-problem')
    await notice.getByText(message(locale, 'errors.keychain.secrets_missing')).waitFor()
    // Whose keychain, on a line of its own: not "Carla Norte The keychain is open…".
    const lines = await notice.locator('p').allTextContents()
    expect(lines.map((line) => line.trim())).toEqual([
      message(locale, 'settings.keychainProblemFor', { name: 'Carla Norte' }),
      message(locale, 'errors.keychain.secrets_missing')
    ])
    await host.screenshot('operator-keychain-problem')
    expect(await host.axe()).toEqual([])

    // Restored (a keychain backup, say): "Try again" reads it and the notice goes.
    await fixture.keychain.setPassword(fixture.keychain.service, account, wrapped)
    await notice.getByRole('button', { name: message(locale, 'settings.tryAgain') }).click()
    await notice.waitFor({ state: 'detached' })
    await page
      .getByTestId('toast')
      .filter({ hasText: message(locale, 'settings.keychainReadable') })
      .waitFor()
    expect(host.problems).toEqual([])
  })
})
