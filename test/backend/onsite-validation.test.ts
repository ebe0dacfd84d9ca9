// On-site validation end to end through the real Backend, the simulator on loopback and the real
// keychain, online: capture → create → upload (without the key) → the result followed into the
// account's history; expired links replaced; a creation whose answer was lost checked; images deleted
// once Truora has them, never plaintext; bad input refused. Offline captures: onsite-offline.test.ts.
import { describe, expect, it } from 'vitest'
import { eventually, type BackendFixture } from '../support/backend-fixture'
import { asCall, captureInput, plaintextImages, sha256 } from '../support/onsite-images'
import { onsiteBackend } from '../support/onsite-backend'

let f: BackendFixture
let operatorId: string
const { validationPosts, onsiteList, captureFiles, settled, openedAccount } = onsiteBackend((fixture, id) => {
  f = fixture
  operatorId = id
})

describe('online', () => {
  it('creates, uploads each image once without the key, follows the result into the history, deletes the images', async () => {
    const accountId = await openedAccount()
    const input = captureInput(accountId, 'document')
    const captured = await f.backend.onsite.capture(asCall(input))
    if (!captured.ok) throw new Error(captured.error.message)
    expect(captured.data).toMatchObject({
      accountId,
      type: 'document-validation',
      sides: ['front', 'reverse']
    })

    // Finished: out of the on-site list, in the account's history with Truora's result.
    await settled(async () => (await onsiteList()).length === 0)
    const created = f.sim.createdValidations()
    expect(created).toHaveLength(1)
    const [only] = created
    expect(only!.validation).toMatchObject({ account_id: accountId, validation_status: 'success' })
    expect(only!.uploads.map((upload) => [upload.side, upload.sha256, upload.puts])).toEqual([
      ['front', sha256(input.images[0]!.bytes), 1],
      ['reverse', sha256(input.images[1]!.bytes), 1]
    ])
    expect(
      f.sim.requests.find((r) => r.method === 'POST' && r.path === '/v1/validations')?.body
    ).toMatchObject({
      type: 'document-validation',
      account_id: accountId,
      country: 'CO',
      document_type: 'national-id',
      user_authorized: 'true'
    })
    // The key went to the API, never to an upload link.
    const uploads = f.sim.requests.filter((request) => request.path.startsWith('/uploads/'))
    expect(uploads).toHaveLength(2)
    expect(uploads.every((request) => request.headers['truora-api-key'] === undefined)).toBe(true)
    const history = await f.backend.accounts.validations(accountId)
    const mine =
      history.ok && history.data.data.find((v) => v.validation_id === only!.validation.validation_id)
    expect(mine).toMatchObject({ validation_status: 'success', type: 'document-validation' })
    expect(await captureFiles()).toEqual([])
    expect(await plaintextImages(f.dataDir, Object.values(input.markers))).toEqual([])
    const activity = await f.backend.activity.list()
    const actions = activity.ok ? activity.data.entries.map((entry) => entry.action) : []
    expect(actions).toEqual(expect.arrayContaining(['validation_captured', 'validation_sent']))
  })

  it('keeps a declined result with its reason, for the timeline’s words', async () => {
    f.sim.configureOnsite({ outcome: { status: 'failure', declinedReason: 'face_not_detected' } })
    const accountId = await openedAccount(1)
    const captured = await f.backend.onsite.capture(asCall(captureInput(accountId, 'face')))
    expect(captured.ok).toBe(true)
    await settled(async () => (await onsiteList()).length === 0)
    const history = await f.backend.accounts.validations(accountId)
    const face =
      history.ok && history.data.data.find((v) => v.type === 'face-recognition' && v.declined_reason)
    expect(face).toMatchObject({
      validation_status: 'failure',
      failure_status: 'declined',
      declined_reason: 'face_not_detected'
    })
  })

  it('replaces a validation whose link answers 403 with a new one; the images go once, to the new one', async () => {
    const accountId = await openedAccount(2)
    f.sim.faults.next(1, { status: 403 }, { method: 'PUT', pathPrefix: '/uploads/' })
    const input = captureInput(accountId, 'passport')
    expect((await f.backend.onsite.capture(asCall(input))).ok).toBe(true)
    await settled(async () => (await onsiteList()).length === 0)
    const created = f.sim.createdValidations()
    expect(created).toHaveLength(2)
    expect(created[0]!.uploads).toEqual([])
    expect(created[1]!.uploads.map((upload) => [upload.side, upload.sha256])).toEqual([
      ['front', sha256(input.images[0]!.bytes)]
    ])
  })

  it('does not try a link older than 15 minutes by the Backend’s clock: a new validation instead', async () => {
    const accountId = await openedAccount(3)
    f.sim.faults.next(1, { status: 503 }, { method: 'PUT', pathPrefix: '/uploads/' })
    const captured = await f.backend.onsite.capture(asCall(captureInput(accountId, 'face')))
    if (!captured.ok) throw new Error(captured.error.message)
    await eventually(async () => (await onsiteList())[0]?.error?.code === 'server')
    f.clock.advance(16 * 60_000)
    await f.unlock(operatorId)
    await f.backend.onsite.retry(captured.data.id)
    await settled(async () => (await onsiteList()).length === 0)
    const created = f.sim.createdValidations()
    expect(created).toHaveLength(2)
    // One PUT to the first link (the 503); none after it was 16 minutes old.
    expect(f.sim.count({ method: 'PUT', pathPrefix: '/uploads/' })).toBe(2)
    expect(created[1]!.uploads).toHaveLength(1)
  })

  it('checks a creation whose answer was lost: the shell it made is recorded as replaced, the images go once', async () => {
    const accountId = await openedAccount(4)
    f.sim.faults.next(1, { afterProcessing: 'hang' }, { method: 'POST', pathPrefix: '/v1/validations' })
    const captured = await f.backend.onsite.capture(asCall(captureInput(accountId, 'face')))
    if (!captured.ok) throw new Error(captured.error.message)
    await eventually(async () => (await onsiteList())[0]?.error?.code === 'timeout', 10_000)
    const [lost] = f.sim.createdValidations()
    // The result is held back, so the item can be seen waiting for it with what it learned.
    f.sim.configureOnsite({ resultAfterPolls: 1_000 })
    await f.backend.onsite.retry(captured.data.id)
    const waiting = await settled(async () => {
      const item = (await onsiteList())[0]
      return item?.step === 'awaiting_result' ? item : undefined
    })
    expect(waiting.replaced).toEqual([lost!.validation.validation_id])
    expect(waiting.validationId).not.toBe(lost!.validation.validation_id)
    const created = f.sim.createdValidations()
    expect(created).toHaveLength(2)
    expect(created[0]!.validation.validation_id).toBe(lost!.validation.validation_id)
    expect(created[0]!.uploads).toEqual([])
    expect(created[1]!.uploads).toHaveLength(1)
    expect(validationPosts()).toBe(2)
  })
})

describe('bad input changes nothing', () => {
  it.each([
    [
      'bytes that are not the declared image',
      (id: string) => {
        const input = asCall(captureInput(id, 'face'))
        input.images[0]!.bytes = new Uint8Array(Buffer.from('<svg>not a photo</svg>'.repeat(40)))
        return input
      }
    ],
    [
      'a document without its back',
      (id: string) => {
        const input = asCall(captureInput(id, 'document'))
        input.images = input.images.slice(0, 1)
        return input
      }
    ],
    [
      'no consent',
      (id: string) => ({ ...asCall(captureInput(id, 'face')), consent: { given: false } }) as never
    ],
    [
      'an image over the cap',
      (id: string) => {
        const input = asCall(captureInput(id, 'face'))
        input.images[0]!.bytes = new Uint8Array(9 * 1024 * 1024)
        return input
      }
    ]
  ])('%s → invalid_input, nothing written or sent', async (_label, make) => {
    const accountId = await openedAccount()
    const before = f.sim.count()
    const result = await f.backend.onsite.capture(make(accountId))
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid_input')
    expect(await onsiteList()).toEqual([])
    expect(await captureFiles()).toEqual([])
    expect(f.sim.count()).toBe(before)
  })

  it('refuses bytes on any other channel', async () => {
    const result = await f.backend.accounts.create(new Uint8Array(1024))
    expect(result.ok ? 'ok' : result.error.details?.reason).toBe('unsupported_type')
  })
})
