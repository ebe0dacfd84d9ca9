// Never a duplicate without a word (MetaMap and Sumsub flag duplicate persons, DESIGN.md §9): an
// untouched form asks before making an empty account; the same person's document (typed another way)
// shows the cached account beside the form and creating anyway takes one explicit confirmation; a
// creation queued offline is found by search as "pending", opens as such, and becomes the real
// account with a toast in the agent's language when the outbox sends it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Account } from '@shared/domain/truora-records'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { message } from '../support/e2e-messages'

describe.each<HostLocale>(['es', 'en'])('duplicates, empty accounts and pending creations (%s)', (locale) => {
  let host: Host
  let existing: Account
  const posts = () => host.fixture.sim.count({ method: 'POST', pathPrefix: '/v1/accounts' })
  const submit = () => host.page.locator('[data-testid="create-form"] button[type="submit"]').click()

  beforeAll(async () => {
    host = await startHost({ locale })
    await host.fixture.addOperator('Ana Field')
    existing = host.fixture.sim.accounts().find((a) => (a.document_number ?? '').length >= 6 && a.first_name)!
    const cached = await host.fixture.backend.accounts.get(existing.account_id)
    if (!cached.ok) throw new Error(cached.error.message)
  })
  afterAll(async () => {
    await host?.close()
  })

  it('asks before creating an empty account from an untouched form', async () => {
    const { page } = host
    await host.open('/create')
    const before = posts()
    await submit()
    const dialog = page.getByRole('alertdialog')
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain(message(locale, 'create.emptyTitle'))
    await host.screenshot('create-empty-confirm')
    expect(await host.axe()).toEqual([])
    await dialog.getByRole('button', { name: message(locale, 'outbox.cancel') }).click()
    expect(posts()).toBe(before)

    await submit()
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: message(locale, 'create.emptyConfirm') })
      .click()
    await page.waitForURL(/#\/accounts\/ACC/)
    expect(posts()).toBe(before + 1)
  })

  it('shows the cached account with the same document beside the form, and asks before a second one', async () => {
    const { page } = host
    await host.open('/create')
    const document = existing.document_number!
    // The same number written another way: lower case, dots between groups.
    const typed = `${document.slice(0, 2)}.${document.slice(2, 5)}.${document.slice(5)}`.toLowerCase()
    await page.fill('#create-first_name', 'Otra')
    await page.fill('#create-document_number', typed)
    const warning = page.getByTestId('duplicates')
    await warning.waitFor()
    const name = [existing.first_name, existing.last_name].filter(Boolean).join(' ')
    expect(await warning.textContent()).toContain(name)
    expect(await warning.textContent()).toContain(message(locale, 'duplicates.field.document'))
    await host.screenshot('create-duplicate')
    expect(await host.axe()).toEqual([])

    const before = posts()
    await submit()
    const dialog = page.getByRole('alertdialog')
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain(message(locale, 'duplicates.confirmTitle'))
    await dialog.getByRole('button', { name: message(locale, 'outbox.cancel') }).click()
    expect(posts()).toBe(before)

    await warning.getByTestId('duplicate-open').click()
    await page.waitForURL(new RegExp(`#/accounts/${existing.account_id}$`))
  })

  it('finds a creation queued offline by search as pending, and tells when it is sent', async () => {
    const { page } = host
    await host.fixture.sim.stop()
    await host.open('/create')
    await page.fill('#create-first_name', 'Conceição')
    await page.fill('#create-last_name', `Pendente ${locale}`)
    await page.fill('#create-email', `conceicao.${locale}@example.com`)
    await submit()
    await page.getByTestId('create-queued').waitFor()

    // A second try at the same person meets the queued one.
    await page.fill('#create-email', `CONCEICAO.${locale.toUpperCase()}@example.com`)
    const warning = page.getByTestId('duplicates')
    await warning.waitFor()
    expect(await warning.textContent()).toContain(message(locale, 'pending.chip'))

    await page.getByRole('link', { name: message(locale, 'nav.search') }).click()
    await page.fill('#search-box', 'conceicao pendente')
    const row = page.locator('[data-testid="results"] [role="listitem"]').filter({ hasText: 'Conceição' })
    await row.getByTestId('row-pending').waitFor()
    expect(await row.locator('mark').first().textContent()).toBe('Conceição')
    await host.screenshot('search-pending')
    expect(await host.axe()).toEqual([])
    await row.getByRole('link').click()
    await page.waitForURL(/#\/pending\//)
    await page.getByTestId('pending-note').waitFor()
    await host.screenshot('pending-account')
    expect(await host.axe()).toEqual([])

    await host.fixture.sim.start()
    await page.waitForURL(/#\/accounts\/ACC/, { timeout: 20_000 })
    const accountId = decodeURIComponent(page.url().split('/accounts/')[1]!)
    const toast = page.getByRole('status').filter({ hasText: accountId })
    await toast.first().waitFor()
    expect(await toast.first().textContent()).toContain(
      message(locale, 'outbox.sentToast', { id: accountId })
    )
    await host.screenshot('pending-sent')
    expect(host.problems).toEqual([])
  })
})
