// Handing the identity-process link to the person (Persona, Onfido, Sumsub: DESIGN.md §9): from the
// top of the account, a dialog whose QR code — read back from a screenshot with a QR decoder — is
// exactly the link; a countdown to its expiry; WhatsApp to the account's phone through main's
// allow-list; the account's phone and e-mail passed to Truora's web-token call; the flow remembered
// and offered as a choice; this session's links listed on the account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { message, messageStart } from '../support/e2e-messages'
import { decodeQrFromPng } from '../support/qr-decode'

const FLOW = 'IPF0a1b2c3d4e5f60718293a4b5c6d7e8f9'

describe.each<HostLocale>(['es', 'en'])('identity link hand-off by QR code and WhatsApp (%s)', (locale) => {
  let host: Host
  let accountId: string
  let phone: string
  let email: string

  beforeAll(async () => {
    host = await startHost({ locale })
    await host.fixture.addOperator('Ana Field')
    const account = host.fixture.sim.accounts().find((a) => a.phone_number && a.email && a.first_name)!
    accountId = account.account_id
    phone = account.phone_number!
    email = account.email!
  })
  afterAll(async () => {
    await host?.close()
  })

  it('shows a QR code that decodes to exactly the link, with its countdown', async () => {
    const { page } = host
    // The link's expiry is the Backend's time + 2 h. The Backend's clock has run while the host was set
    // up (seconds on a loaded machine): the page reads the same time, or "2:00:00" would read 2:00:03.
    await page.clock.setSystemTime(host.now())
    await host.open(`/accounts/${accountId}`)
    await page.getByTestId('account').waitFor()
    await page.getByTestId('start-process').click()
    const dialog = page.getByTestId('process-link-dialog')
    await dialog.waitFor()
    await page.fill('#process-flow', FLOW)
    await page.fill('#process-redirect', 'https://example.com/done')
    await host.screenshot('handoff-form')
    expect(await host.axe()).toEqual([])
    await page.getByTestId('process-link-submit').click()
    const qr = page.getByTestId('qr-code')
    await qr.waitFor()
    // Decoded and laid out before the screenshot: the image must be complete.
    await expect
      .poll(() =>
        qr.evaluate((node) => {
          const image = node as unknown as { complete: boolean; naturalWidth: number }
          return image.complete && image.naturalWidth > 0
        })
      )
      .toBe(true)
    const link = await dialog.locator('input[readonly]').inputValue()
    expect(link).toMatch(/^https:\/\/identity\.truora\.com\/\?token=ey/)
    // Long enough to need a large code: a link with a web token runs to ~500 characters.
    expect(link.length).toBeGreaterThan(300)

    const shot = await host.screenshot('handoff-qr')
    expect(await decodeQrFromPng(shot)).toBe(link)
    expect(await page.getByTestId('link-expiry').textContent()).toMatch(/1:59:\d\d|2:00:00/)
    expect(await page.getByTestId('link-expiry').textContent()).toContain(
      messageStart(locale, 'handoff.expiresIn')
    )
    expect(await host.axe()).toEqual([])

    // The account's phone (E.164) and e-mail went with the web-token call.
    const request = host.fixture.sim.requests.find((r) => r.method === 'POST' && r.path === '/v1/api-keys')
    expect(request?.body).toMatchObject({ flow_id: FLOW, account_id: accountId, phone, emails: email })
  })

  it('sends the link by WhatsApp to the account phone, through the allow-list', async () => {
    const { page } = host
    const link = await page.getByTestId('process-link-dialog').locator('input[readonly]').inputValue()
    await page.getByTestId('send-whatsapp').click()
    await expect.poll(() => host.openedInBrowser.length).toBe(1)
    const sent = new URL(host.openedInBrowser[0]!)
    expect(`${sent.origin}${sent.pathname}`).toBe(`https://wa.me/${phone.replace(/\D/g, '')}`)
    expect(sent.searchParams.get('text')).toBe(message(locale, 'handoff.whatsappMessage', { link }))
  })

  it('lists the link on the account, remembers the flow and offers it as a choice', async () => {
    const { page } = host
    await page.getByTestId('process-link-close').click()
    const listed = page.getByTestId('session-links')
    await listed.waitFor()
    expect(await listed.textContent()).toContain(FLOW)
    await host.screenshot('handoff-session-links')
    await listed.getByRole('button', { name: message(locale, 'handoff.showQr') }).click()
    await page.getByTestId('qr-code').waitFor()
    await page.getByRole('button', { name: message(locale, 'handoff.another') }).click()
    expect(await page.inputValue('#process-flow')).toBe(FLOW)
    expect(await page.inputValue('#process-redirect')).toBe('https://example.com/done')
    const choice = page.getByTestId('flow-choice').filter({ hasText: FLOW })
    expect(await choice.getAttribute('aria-pressed')).toBe('true')
    expect(host.problems).toEqual([])
  })
})
