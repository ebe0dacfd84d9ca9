// The "Secrets that never leak" story, its first half (test/security/no-leaks.test.ts): the first run
// (a mistyped key, a wrong passphrase), lookups online with every kind of history, Truora failing with
// answers that echo the key back, and creations online. Every call goes through ipc.ts, recorded by
// leak-story-recorder.ts.
import { expect } from 'vitest'
import type { CreateOutcome, OutboxItem } from '@shared/domain/outbox'
import type { Account } from '@shared/domain/truora-records'
import { REDACTED } from '../../src/main/truora/redact'
import { eventually, FIXTURE_PASSPHRASE } from './backend-fixture'
import { data, echoPage, errorOf, people, wrongKey, type LeakStory } from './leak-story-recorder'

const passphrase = FIXTURE_PASSPHRASE

/** `seeded`: the simulator's accounts as the story began. Returns the first operator's ID. */
export async function leakStoryOnline(story: LeakStory, seeded: Account[]): Promise<string> {
  const { f, call, snapshotKeychain } = story
  const { dataKeys } = story.evidence
  const key = f.sim.key
  const outbox = () => data(call<OutboxItem[]>('outbox:list'))
  /** The operator's data key (base64), unwrapped from their keychain entry with their passphrase. */
  const dataKeyOf = async (operatorId: string) => (await f.secretsOf(operatorId)).dataKey.toString('base64')

  // First run: a mistyped key is refused, the right one is stored.
  expect(await data(call('operators:list'))).toEqual({ operators: [], activeId: null })
  expect(await data(call('session:status'))).toMatchObject({ state: 'locked' })
  expect(
    (await errorOf(call('operators:add', { name: 'Agente de campo', apiKey: wrongKey, passphrase }))).code
  ).toBe('unauthorized')
  const first = (
    await data(
      call<{ operator: { id: string } }>('operators:add', {
        name: 'Agente de campo',
        apiKey: key,
        passphrase
      })
    )
  ).operator.id
  await snapshotKeychain('add')
  expect(await data(call('operators:active'))).toMatchObject({ id: first })
  dataKeys.push(await dataKeyOf(first))
  // Locked and unlocked again, a wrong passphrase on the way; a passphrase chosen twice is refused.
  expect(await data(call('session:lock'))).toMatchObject({ state: 'locked' })
  await snapshotKeychain('lock')
  expect((await errorOf(call('session:unlock', { operatorId: first, passphrase: key }))).code).toBe(
    'wrong_passphrase'
  )
  expect(await data(call('session:unlock', { operatorId: first, passphrase }))).toMatchObject({
    state: 'unlocked'
  })
  await snapshotKeychain('unlock')
  expect(
    (await errorOf(call('session:choose-passphrase', { operatorId: first, passphrase: `${key}` }))).code
  ).toBe('conflict')
  expect(await data(call('session:report-activity'))).toMatchObject({ state: 'unlocked' })
  expect(await data(call('preferences:update', { lockAfterMinutes: 30, retentionDays: 180 }))).toMatchObject({
    lockAfterMinutes: 30
  })
  expect(await data(call('preferences:get'))).toMatchObject({ retentionDays: 180 })

  // Lookup online: accounts, their history, one validation and one process result.
  for (const account of seeded.slice(0, 10)) {
    expect(await data(call('accounts:get', account.account_id))).toMatchObject({
      freshness: { source: 'network' }
    })
  }
  let validationId: string | undefined
  let processId: string | undefined
  let completedId: string | undefined
  for (const account of seeded.slice(0, 10)) {
    const validations = await data(
      call<{ data: { validation_id: string }[] }>('accounts:validations', account.account_id)
    )
    const processes = await data(
      call<{ data: { process_id: string; status?: string }[] }>('accounts:processes', account.account_id, {
        requestId: 'r-1'
      })
    )
    validationId ??= validations.data[0]?.validation_id
    processId ??= processes.data[0]?.process_id
    completedId ??= processes.data.find((p) => p.status === 'success')?.process_id
  }
  if (validationId === undefined || processId === undefined)
    throw new Error('the seeded accounts have no history')
  expect(await data(call('validations:get', validationId))).toMatchObject({
    data: { validation_id: validationId }
  })
  expect(await data(call('processes:result', processId))).toMatchObject({ data: { process_id: processId } })
  expect(await data(call('requests:cancel', 'r-1'))).toBe(false)
  // A completed process's PDF (fetched from a key-less file URL, kept sealed), saved and opened.
  if (completedId === undefined) throw new Error('no completed process among the seeded accounts')
  f.sim.configure({ pdf: { polls: 0 } })
  expect(await data(call('processes:pdf', completedId))).toMatchObject({ processId: completedId })
  await call('processes:save-pdf', completedId)
  await call('processes:open-pdf', completedId)
  expect(
    await data(call('accounts:duplicates', { document_number: seeded[0]!.document_number ?? '1' }))
  ).toBeInstanceOf(Array)

  // Truora failing, its answers echoing the key: a 500 error page (retried, then given up), a 401
  // whose message holds the key, a 2xx that is not JSON. Each error comes back with the key redacted.
  const [failing, unauthorized, garbled] = [seeded[13]!, seeded[14]!, seeded[15]!].map((a) => a.account_id)
  f.sim.faults.next(
    2,
    { status: 500, body: echoPage(key) },
    { method: 'GET', pathPrefix: `/v1/accounts/${failing}` }
  )
  const server = await errorOf(call('accounts:get', failing))
  expect(server.code).toBe('server')
  expect(server.details?.excerpt).toContain(REDACTED)
  const message401 = JSON.stringify({
    code: 10401,
    http_code: 401,
    message: `API key ${key} is not valid (Truora-API-Key: ${key})`
  })
  f.sim.faults.next(1, { status: 401, body: message401 }, { pathPrefix: '/v1/processes' })
  const refused = await errorOf(call('accounts:processes', unauthorized))
  expect(refused.code).toBe('unauthorized')
  expect(refused.details?.truoraMessage).toContain(REDACTED)
  f.sim.faults.next(
    1,
    { status: 200, body: `upstream said: ${key}` },
    { pathPrefix: `/v1/accounts/${garbled}/validations` }
  )
  const unreadable = await errorOf(call('accounts:validations', garbled))
  expect(unreadable.code).toBe('bad_response')
  expect(unreadable.details?.excerpt).toContain(REDACTED)

  // Create online: with the operator's own ID, with one Truora generates, and one whose POST meets
  // the echoing 500 page, so it waits in the outbox and is sent again at once.
  const [own, generated, afterError] = people
  expect(await data(call<CreateOutcome>('accounts:create', own))).toMatchObject({ status: 'created' })
  expect(await data(call<CreateOutcome>('accounts:create', generated))).toMatchObject({ status: 'created' })
  f.sim.faults.next(1, { status: 500, body: echoPage(key) }, { method: 'POST', pathPrefix: '/v1/accounts' })
  expect(await data(call<CreateOutcome>('accounts:create', afterError))).toMatchObject({ status: 'queued' })
  await eventually(async () => (await outbox()).length === 0)

  return first
}
