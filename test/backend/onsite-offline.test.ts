// On-site validation offline, through the real Backend, the simulator on loopback and the real
// keychain: captures sealed at once, queued across a restart and sent once, after their account's
// creation; stopped with a discarded account; held while locked; images deleted by retention and when
// no queued validation names them, never plaintext. Online: onsite-validation.test.ts.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { capturesFolderOf } from '../../src/main/workspace/operator-paths'
import { eventually, type BackendFixture } from '../support/backend-fixture'
import { asCall, captureInput, plaintextImages, sha256 } from '../support/onsite-images'
import { onsiteBackend } from '../support/onsite-backend'

let f: BackendFixture
let operatorId: string
const { validationPosts, onsiteList, captureFiles, settled, goOffline, openedAccount } = onsiteBackend(
  (fixture, id) => {
    f = fixture
    operatorId = id
  }
)

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
