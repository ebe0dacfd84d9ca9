// On-site validation in Chromium with its fake camera, es and en, under the app's own CSP header: from
// an account, the person's consent first, then the document's front and back with the live preview,
// the frame guide, take and retake; sent without the key and followed into the history. A face photo
// chosen from a file (the fallback when there is no camera) comes back declined, with its reason in
// words. Offline, the capture is saved and waits in the outbox, then goes when the network returns.
// Screenshots of each step; axe-clean.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHost, type Host, type HostLocale } from '../../tools/browser-host/host'
import { message } from '../support/e2e-messages'

describe.each<HostLocale>(['es', 'en'])('on-site validation with the laptop camera (%s)', (locale) => {
  let host: Host
  let folder = ''
  let photo = ''
  const accountOf = (index: number) => host.fixture.sim.accounts()[index]!

  beforeAll(async () => {
    host = await startHost({
      locale,
      fakeCamera: true,
      productionCsp: true,
      backend: { onsite: { pollBaseMs: 100, pollMaxMs: 400 } }
    })
    await host.fixture.addOperator('Ana Field')
    // A real JPEG for the file fallback, drawn by the browser itself.
    await host.open('/')
    // (A string: the page's DOM types are not this test's.)
    const base64 = await host.page.evaluate<string>(`(() => {
      const canvas = document.createElement('canvas')
      canvas.width = 480
      canvas.height = 640
      const context = canvas.getContext('2d')
      context.fillStyle = '#c8a27a'
      context.fillRect(0, 0, 480, 640)
      context.fillStyle = '#3b2a1a'
      context.beginPath()
      context.ellipse(240, 300, 150, 200, 0, 0, Math.PI * 2)
      context.fill()
      return canvas.toDataURL('image/jpeg', 0.9).split(',')[1]
    })()`)
    folder = await mkdtemp(join(tmpdir(), 'onsite-e2e-'))
    photo = join(folder, 'face.jpg')
    await writeFile(photo, Buffer.from(base64, 'base64'))
  })
  afterAll(async () => {
    await host?.close()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  async function openAccount(index: number): Promise<string> {
    const id = accountOf(index).account_id
    await host.open(`/accounts/${id}`)
    await host.page.getByTestId('account').waitFor()
    return id
  }

  async function consent(): Promise<void> {
    const { page } = host
    const dialog = page.getByTestId('capture-dialog')
    await dialog.waitFor()
    expect(await page.getByTestId('consent-continue').isDisabled()).toBe(true)
    await page.getByTestId('consent-given').check()
    await page.getByTestId('consent-continue').click()
  }

  /** Takes the photo (of the last side), sends it, and checks the result says the words of `said`. */
  async function takeAndSend(said: string): Promise<void> {
    const { page } = host
    await page.getByTestId('capture-take').click()
    await page.getByTestId('capture-preview').waitFor()
    await page.getByTestId('capture-send').click()
    await page.getByTestId('capture-result').waitFor()
    expect(await page.getByTestId('capture-result').textContent()).toContain(message(locale, said))
  }

  it('asks for consent, then captures front and back with the camera, and follows the result', async () => {
    const { page } = host
    const id = await openAccount(2)
    await page.getByTestId('validate-document').click()
    const dialog = page.getByTestId('capture-dialog')
    await dialog.waitFor()
    expect(await page.getByTestId('consent-text').textContent()).toContain(
      message(locale, 'onsite.consentDocument').slice(0, 40)
    )
    await page.selectOption('#onsite-document-type', 'national-id')
    await host.screenshot('onsite-consent')
    expect(await host.axe()).toEqual([])
    await consent()

    // The front: live preview with its guide, take, retake, take again.
    await page.getByTestId('capture-take').waitFor()
    // The fake camera's frames are playing in the preview.
    await expect
      .poll(() =>
        page.getByTestId('camera-video').evaluate((video) => (video as { videoWidth: number }).videoWidth)
      )
      .toBeGreaterThan(0)
    expect(await page.locator('.frame-guide.frame-document').count()).toBe(1)
    await host.screenshot('onsite-camera')
    expect(await host.axe()).toEqual([])
    await page.getByTestId('capture-take').click()
    await page.getByTestId('capture-preview').waitFor()
    await page.getByTestId('capture-retake').click()
    await page.getByTestId('capture-take').click()
    await page.getByTestId('capture-preview').waitFor()
    await host.screenshot('onsite-preview')
    await page.getByTestId('capture-next').click()

    // The back, then send.
    expect(await dialog.textContent()).toContain(message(locale, 'onsite.sides.reverse'))
    await takeAndSend('onsite.sending')
    await page.getByRole('button', { name: message(locale, 'onsite.close') }).click()

    // Truora has two JPEGs, sent without the key; the history shows the validation's result.
    await expect.poll(() => host.fixture.sim.uploads().length, { timeout: 15_000 }).toBe(2)
    const uploads = host.fixture.sim.requests.filter((request) => request.path.startsWith('/uploads/'))
    expect(uploads.every((request) => request.headers['truora-api-key'] === undefined)).toBe(true)
    expect(uploads.every((request) => request.headers['content-type'] === 'image/jpeg')).toBe(true)
    const [created] = host.fixture.sim.createdValidations()
    expect(created!.validation.account_id).toBe(id)
    const entry = page.locator(`[data-testid="timeline"] > li[data-kind="validation"]`, {
      hasText: created!.validation.validation_id
    })
    await expect.poll(() => entry.getAttribute('data-status'), { timeout: 15_000 }).toBe('success')
    // Finished, it leaves the on-site list (a moment after the history shows its result).
    await expect.poll(() => page.getByTestId('onsite-list').count()).toBe(0)
    await host.screenshot('onsite-result')
    expect(await host.axe()).toEqual([])
    expect(host.problems).toEqual([])
  })

  it('takes a face photo from a file, and shows a declined result’s reason in words', async () => {
    const { page } = host
    host.fixture.sim.configureOnsite({ outcome: { status: 'failure', declinedReason: 'face_not_detected' } })
    await openAccount(3)
    await page.getByTestId('validate-face').click()
    await consent()
    expect(await page.locator('.frame-guide.frame-face').count()).toBe(1)
    await page.getByTestId('capture-file').setInputFiles(photo)
    await page.getByTestId('capture-preview').waitFor()
    await page.getByTestId('capture-send').click()
    await page.getByTestId('capture-result').waitFor()
    await page.getByRole('button', { name: message(locale, 'onsite.close') }).click()
    const declined = page.locator('[data-testid="timeline"] > li[data-status="failure"]', {
      has: page.getByTestId('declined-reason')
    })
    await declined.first().waitFor({ timeout: 15_000 })
    expect(await declined.first().textContent()).toContain(
      message(locale, 'declinedReasons.face_not_detected')
    )
    await host.screenshot('onsite-declined')
    expect(await host.axe()).toEqual([])
    host.fixture.sim.configureOnsite({ outcome: { status: 'success' } })
  })

  it('refuses a file that is not a photo, in words', async () => {
    const { page } = host
    await openAccount(4)
    await page.getByTestId('validate-face').click()
    await consent()
    const text = join(folder, 'notes.jpg')
    await writeFile(text, 'not a photo at all '.repeat(50))
    await page.getByTestId('capture-file').setInputFiles(text)
    expect(await page.getByTestId('capture-problem').textContent()).toContain(
      message(locale, 'onsite.imageProblems.type')
    )
    expect(await page.getByTestId('capture-send').isDisabled()).toBe(true)
    await page.keyboard.press('Escape')
    await page.getByTestId('capture-dialog').waitFor({ state: 'detached' })
  })

  it('offline, saves the capture and shows it waiting in the outbox; it goes when the network returns', async () => {
    const { page } = host
    const before = host.fixture.sim.createdValidations().length
    const id = await openAccount(5)
    await host.fixture.sim.stop()
    await page.getByTestId('validate-face').click()
    await consent()
    await takeAndSend('onsite.savedOffline')
    await page.getByRole('button', { name: message(locale, 'onsite.close') }).click()
    expect(await page.getByTestId('onsite-step').textContent()).toContain(
      message(locale, 'onsite.steps.queued')
    )

    await page.getByTestId('nav-outbox').click()
    await page.locator('#outbox-onsite-heading').waitFor()
    const item = page.getByTestId('onsite-item')
    expect(await item.textContent()).toContain(id)
    expect(await page.getByTestId('outbox-count').textContent()).toContain('1')
    await host.screenshot('onsite-outbox-offline')
    expect(await host.axe()).toEqual([])

    await host.fixture.sim.start()
    await item.waitFor({ state: 'detached', timeout: 20_000 })
    expect(host.fixture.sim.createdValidations().length).toBe(before + 1)
    expect(host.problems).toEqual([])
  })

  it('right after a creation queued offline, captures the face; it goes after the account is created', async () => {
    const { page } = host
    const accountId = `crm-onsite-${locale}-1`
    await host.fixture.sim.stop()
    await host.open('/create')
    await page.locator('#id-mode-own').check()
    await page.fill('#create-account_id', accountId)
    await page.fill('#create-first_name', 'Rosa')
    await page.locator('[data-testid="create-form"] button[type="submit"]').click()
    const queued = page.getByTestId('create-queued')
    await queued.waitFor()
    await queued.getByTestId('validate-face').click()
    // The form left the country out: the operator chooses it in the dialog.
    await page.getByTestId('capture-dialog').waitFor()
    await page.selectOption('#onsite-country', 'PE')
    await consent()
    await takeAndSend('onsite.savedOffline')
    await host.screenshot('onsite-after-create')
    expect(await host.axe()).toEqual([])
    await page.getByRole('button', { name: message(locale, 'onsite.close') }).click()

    await page.getByTestId('nav-outbox').click()
    await page.locator('#outbox-onsite-heading').waitFor()
    expect(await page.getByTestId('onsite-step').textContent()).toContain(
      message(locale, 'onsite.steps.waiting_account')
    )
    await host.fixture.sim.start()
    await page.getByTestId('outbox-empty').waitFor({ timeout: 20_000 })
    const posts = host.fixture.sim.requests
      .filter((request) => request.method === 'POST' && JSON.stringify(request.body).includes(accountId))
      .map((request) => request.path)
    expect(posts).toEqual(['/v1/accounts', '/v1/validations'])
    expect(host.problems).toEqual([])
  })
})
