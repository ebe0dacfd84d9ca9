// On-site validation end to end through the real Backend, the simulator on loopback and the real
// keychain: capture → create → upload (without the key) → the result followed into the account's
// history; expired links replaced; offline captures sealed, queued across a restart and sent once, after
// their account's creation; images deleted once Truora has them and by retention, never plaintext.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { OnsiteValidation } from '../../src/shared/onsite'
import { capturesFolderOf } from '../../src/main/workspace/operator-paths'
import { backendFixture, eventually, type BackendFixture } from '../support/backend-fixture'
import { asCall, captureInput, plaintextImages, sha256 } from '../support/onsite-images'

let f: BackendFixture
let operatorId: string
beforeEach(async () => {
  f = await backendFixture({ backend: { onsite: { pollBaseMs: 20, pollMaxMs: 100 } } })
  operatorId = await f.addOperator()
})
afterEach(async () => {
  await f.close()
})

const validationPosts = () => f.sim.count({ method: 'POST', pathPrefix: '/v1/validations' })
const onsiteList = async (): Promise<OnsiteValidation[]> => {
  const listed = await f.backend.onsite.list()
  if (!listed.ok) throw new Error(listed.error.message)
  return listed.data
}
const captureFiles = async () =>
  (await readdir(capturesFolderOf(f.dataDir, operatorId)).catch(() => [])).sort()
/**
 * `eventually`, with the Backend's clock running: the fixture's stands still, and the outbox waits for
 * its own times (a retry's backoff, the next read of a result). The operator stays active meanwhile.
 */
async function settled<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  return eventually(async () => {
    f.clock.advance(1_000)
    await f.backend.session.reportActivity()
    return check()
  }, timeoutMs)
}

async function goOffline(): Promise<void> {
  await f.sim.stop()
  await f.backend.accounts.get('ACCnotcached')
}

/** A seeded account with its validations cached, as after the operator opened it. */
async function openedAccount(index = 0): Promise<string> {
  const id = f.sim.accounts()[index]!.account_id
  expect((await f.backend.accounts.get(id)).ok).toBe(true)
  expect((await f.backend.accounts.validations(id)).ok).toBe(true)
  return id
}

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

describe('offline', () => {
  it('seals the images at once, queues across a restart, and sends once when the network returns', async () => {
    const accountId = await openedAccount()
    await goOffline()
    const input = captureInput(accountId, 'document')
    const captured = await f.backend.onsite.capture(asCall(input))
    if (!captured.ok) throw new Error(captured.error.message)
    expect(captured.data.step).toBe('queued')
    expect(captured.data.imagesKept).toBe(true)
    expect(await captureFiles()).toEqual([
      `${captured.data.id}.front.sealed`,
      `${captured.data.id}.reverse.sealed`
    ])
    expect(await plaintextImages(f.dataDir, Object.values(input.markers))).toEqual([])

    await f.restart()
    expect((await onsiteList()).map((item) => [item.id, item.step, item.imagesKept])).toEqual([
      [captured.data.id, 'queued', true]
    ])
    expect(await captureFiles()).toHaveLength(2)
    await f.sim.start()
    await settled(async () => (await onsiteList()).length === 0)
    expect(validationPosts()).toBe(1)
    expect(f.sim.uploads().map((upload) => upload.sha256)).toEqual(input.images.map((i) => sha256(i.bytes)))
    expect(await captureFiles()).toEqual([])
  })

  it('runs after the creation of its account when that is queued too, with the ID Truora generated', async () => {
    await goOffline()
    const queued = await f.backend.accounts.create({ first_name: 'Rosa', last_name: 'Quispe', country: 'PE' })
    if (!queued.ok || queued.data.status !== 'queued') throw new Error('not queued')
    const captured = await f.backend.onsite.capture(
      asCall(captureInput(undefined, 'face', 'ROSA', { afterCreation: queued.data.item.id }))
    )
    if (!captured.ok) throw new Error(captured.error.message)
    expect(captured.data.step).toBe('waiting_account')
    expect(captured.data.accountId).toBeUndefined()
    await f.sim.start()
    await settled(async () => (await onsiteList()).length === 0)
    const posts = f.sim.requests.filter((request) => request.method === 'POST').map((request) => request.path)
    expect(posts).toEqual(['/v1/accounts', '/v1/validations'])
    const generated = f.sim.accounts().find((account) => account.first_name === 'Rosa')!.account_id
    expect(f.sim.createdValidations()[0]!.validation.account_id).toBe(generated)
  })

  it('links a capture for an ID still queued to that creation by itself', async () => {
    await goOffline()
    const queued = await f.backend.accounts.create({ account_id: 'crm-onsite-9', first_name: 'Tomás' })
    expect(queued.ok && queued.data.status).toBe('queued')
    const captured = await f.backend.onsite.capture(asCall(captureInput('crm-onsite-9', 'face')))
    expect(captured.ok && captured.data.step).toBe('waiting_account')
  })

  it('stops a validation whose account was discarded, and deletes its images when it is discarded', async () => {
    await goOffline()
    const queued = await f.backend.accounts.create({ account_id: 'crm-onsite-10', first_name: 'Ana' })
    if (!queued.ok || queued.data.status !== 'queued') throw new Error('not queued')
    const captured = await f.backend.onsite.capture(asCall(captureInput('crm-onsite-10', 'face')))
    if (!captured.ok) throw new Error(captured.error.message)
    await f.backend.outbox.discard(queued.data.item.id)
    const [stopped] = await onsiteList()
    expect(stopped).toMatchObject({ step: 'failed', error: { details: { reason: 'account_discarded' } } })
    expect(await captureFiles()).toHaveLength(1)
    expect((await f.backend.onsite.discard(captured.data.id)).ok).toBe(true)
    expect(await onsiteList()).toEqual([])
    expect(await captureFiles()).toEqual([])
    await f.sim.start()
    expect(validationPosts()).toBe(0)
  })

  it('sends nothing while the session is locked, and goes on at the unlock', async () => {
    const accountId = await openedAccount()
    await goOffline()
    expect((await f.backend.onsite.capture(asCall(captureInput(accountId, 'face')))).ok).toBe(true)
    await f.backend.session.lock()
    await f.sim.start()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(validationPosts()).toBe(0)
    await f.unlock(operatorId)
    await settled(async () => (await onsiteList()).length === 0)
    expect(validationPosts()).toBe(1)
  })

  it('forgets images captured before the retention cut-off, and says so on the validation', async () => {
    const accountId = await openedAccount()
    await goOffline()
    const captured = await f.backend.onsite.capture(asCall(captureInput(accountId, 'face')))
    if (!captured.ok) throw new Error(captured.error.message)
    f.clock.advance(31 * 24 * 60 * 60_000)
    await f.unlock(operatorId)
    await f.backend.preferences.update({ retentionDays: 30 })
    const [forgotten] = await eventually(async () => {
      const items = await onsiteList()
      return items[0]?.step === 'failed' ? items : undefined
    })
    expect(forgotten).toMatchObject({ imagesKept: false, error: { details: { reason: 'retention' } } })
    expect(await captureFiles()).toEqual([])
  })

  it('removes sealed images no queued validation names when the cache opens', async () => {
    const accountId = await openedAccount()
    await goOffline()
    const captured = await f.backend.onsite.capture(asCall(captureInput(accountId, 'face')))
    if (!captured.ok) throw new Error(captured.error.message)
    const stray = join(
      capturesFolderOf(f.dataDir, operatorId),
      '0b0e5d3c-aaaa-4bbb-8ccc-1234567890ab.face.sealed'
    )
    await f.restart(() => writeFile(stray, 'left by a capture the app never queued'))
    await eventually(async () => ((await captureFiles()).length === 1 ? true : undefined))
    expect(await captureFiles()).toEqual([`${captured.data.id}.face.sealed`])
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
