// The simulator's validations endpoints over real loopback HTTP (TRUORA_API.md "Validations API"):
// POST /v1/validations answers presigned upload links served by the simulator itself, which take the
// raw image without a key, expire, and can be faulted; the validation stays pending until its images
// are in, then moves to the configured outcome.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startSimulator, type Simulator } from '../../tools/sim/index'
import { call } from '../support/sim-http'

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2048, 7)])

let sim: Simulator
let clock = new Date('2026-11-26T12:00:00Z')
beforeAll(async () => {
  sim = await startSimulator({ accounts: 5, key: 'test-key-0123456789', now: () => clock })
})
afterAll(async () => {
  await sim.close()
})
beforeEach(() => {
  clock = new Date('2026-11-26T12:00:00Z')
  sim.faults.clear()
  sim.configureOnsite({ uploadTtlMs: 15 * 60_000, resultAfterPolls: 1, outcome: { status: 'success' } })
})

const documentForm = (accountId: string, documentType = 'national-id') => ({
  type: 'document-validation',
  account_id: accountId,
  country: 'CO',
  document_type: documentType,
  user_authorized: 'true'
})

function put(url: string, body: Buffer, contentType = 'image/jpeg', key?: string) {
  return fetch(url, {
    method: 'PUT',
    headers: { 'Content-Type': contentType, ...(key ? { 'Truora-API-Key': key } : {}) },
    body
  })
}

describe('POST /v1/validations', () => {
  it('answers a document validation with front and back links on the simulator, pending', async () => {
    const answer = await call(sim, 'validations', '/v1/validations', {
      method: 'POST',
      form: documentForm('onsite-1')
    })
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({
      validation_id: expect.stringMatching(/^VLD[0-9a-f]{32}$/),
      account_id: 'onsite-1',
      validation_status: 'pending',
      instructions: {
        front_url: expect.stringMatching(new RegExp(`^${sim.url}/uploads/[0-9a-f]+\\?X-Sim-Expires=`)),
        reverse_url: expect.stringMatching(/\/uploads\//)
      }
    })
    // The account did not exist: one is made for the caller's own ID.
    expect(sim.accounts().some((account) => account.account_id === 'onsite-1')).toBe(true)
  })

  it('asks a passport for its front only, and a face for one file link', async () => {
    const passport = await call(sim, 'validations', '/v1/validations', {
      method: 'POST',
      form: documentForm('onsite-2', 'passport')
    })
    expect(Object.keys(passport.json.instructions)).toEqual(['front_url'])
    const face = await call(sim, 'validations', '/v1/validations', {
      method: 'POST',
      form: { type: 'face-recognition', account_id: 'onsite-2', user_authorized: 'true' }
    })
    expect(Object.keys(face.json.instructions)).toEqual(['file_upload_link'])
  })

  it.each([
    ['no consent', { user_authorized: 'false' }],
    ['another type', { type: 'background-check' }],
    ['a bad account ID', { account_id: 'no spaces' }],
    ['no document type', { document_type: undefined }],
    ['an unknown field', { selfie: 'yes' }]
  ])('refuses %s with 400 in Truora’s error shape', async (_label, change) => {
    const form = Object.fromEntries(
      Object.entries({ ...documentForm('onsite-3'), ...change }).filter(([, value]) => value !== undefined)
    ) as Record<string, string>
    const answer = await call(sim, 'validations', '/v1/validations', { method: 'POST', form })
    expect(answer.status).toBe(400)
    expect(answer.json).toMatchObject({ code: 10400, http_code: 400 })
  })

  it('needs the key like every API call', async () => {
    const answer = await call(sim, 'validations', '/v1/validations', {
      method: 'POST',
      key: null,
      form: documentForm('onsite-4')
    })
    expect(answer.status).toBe(401)
  })
})

describe('uploads and the result', () => {
  async function created(form = documentForm('onsite-5')) {
    const answer = await call(sim, 'validations', '/v1/validations', { method: 'POST', form })
    return answer.json as { validation_id: string; instructions: Record<string, string> }
  }

  it('takes the images without a key, then moves pending → success after one more read', async () => {
    const { validation_id: id, instructions } = await created()
    expect((await put(instructions.front_url!, JPEG)).status).toBe(200)
    const half = await call(sim, 'validations', `/v1/validations/${id}?show_details=true`)
    expect(half.json.validation_status).toBe('pending')
    expect((await put(instructions.reverse_url!, JPEG, 'image/png')).status).toBe(200)
    const first = await call(sim, 'validations', `/v1/validations/${id}?show_details=true`)
    expect(first.json.validation_status).toBe('pending')
    const second = await call(sim, 'validations', `/v1/validations/${id}?show_details=true`)
    expect(second.json.validation_status).toBe('success')
    const stored = sim.createdValidations().find((item) => item.validation.validation_id === id)!
    expect(stored.uploads.map((upload) => [upload.side, upload.bytes, upload.puts])).toEqual([
      ['front', JPEG.length, 1],
      ['reverse', JPEG.length, 1]
    ])
    // The upload requests carried no key.
    const uploads = sim.requests.filter((request) => request.path.startsWith('/uploads/'))
    expect(uploads.length).toBeGreaterThanOrEqual(2)
    expect(uploads.every((request) => request.headers['truora-api-key'] === undefined)).toBe(true)
    // It is listed in the account's history.
    const list = await call(sim, 'validations', '/v1/accounts/onsite-5/validations')
    expect(list.json.validations.map((v: { validation_id: string }) => v.validation_id)).toContain(id)
  })

  it('declines with the configured reason', async () => {
    sim.configureOnsite({
      resultAfterPolls: 0,
      outcome: { status: 'failure', declinedReason: 'face_not_detected' }
    })
    const { validation_id: id, instructions } = await created({
      type: 'face-recognition',
      account_id: 'onsite-6',
      user_authorized: 'true'
    } as never)
    await put(instructions.file_upload_link!, JPEG)
    const read = await call(sim, 'validations', `/v1/validations/${id}?show_details=true`)
    expect(read.json).toMatchObject({
      validation_status: 'failure',
      failure_status: 'declined',
      declined_reason: 'face_not_detected'
    })
  })

  it('answers 403 to an expired link, and to a link it never gave', async () => {
    const { instructions } = await created()
    clock = new Date(clock.getTime() + 15 * 60_000 + 1_000)
    const expired = await put(instructions.front_url!, JPEG)
    expect(expired.status).toBe(403)
    expect(await expired.text()).toContain('Request has expired')
    const unknown = await put(`${sim.url}/uploads/abcdef0123`, JPEG)
    expect(unknown.status).toBe(403)
  })

  it('refuses a body that is not an image or is empty', async () => {
    const { instructions } = await created()
    expect((await put(instructions.front_url!, JPEG, 'text/plain')).status).toBe(400)
    expect((await put(instructions.front_url!, Buffer.alloc(0))).status).toBe(400)
  })

  it('faults uploads on demand: 403, then 503', async () => {
    const { instructions } = await created()
    sim.faults.next(1, { status: 403 }, { method: 'PUT', pathPrefix: '/uploads/' })
    sim.faults.next(1, { status: 503 }, { method: 'PUT', pathPrefix: '/uploads/' })
    expect((await put(instructions.front_url!, JPEG)).status).toBe(403)
    expect((await put(instructions.front_url!, JPEG)).status).toBe(503)
    expect((await put(instructions.front_url!, JPEG)).status).toBe(200)
  })
})
