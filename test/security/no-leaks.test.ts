// "Secrets that never leak, verified" (DESIGN.md §1 promise 2, §4): the whole story an operator lives
// through, driven through the real ipc.ts in front of a real Backend (simulator, real keychain, temp
// data folder), including Truora error pages that echo the key back. Then every file under the data
// folder, every log line (the Backend's, ipc.ts's and the console) and every IPC answer and event is
// searched for the API keys and the cache data keys, in every form; and the files for the personal
// data of every account that was cached.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { channelEntries } from '@shared/contract'
import type { CreateOutcome, OutboxItem } from '@shared/domain/outbox'
import type { SyncStatus } from '@shared/domain/sync'
import type { Account } from '@shared/domain/truora-records'
import type { Result } from '@shared/result'
import type { OnsiteValidation } from '@shared/onsite'
import { registerIpc } from '../../src/main/electron/ipc'
import { isTrustedSender } from '../../src/main/electron/security'
import { REDACTED } from '../../src/main/truora/redact'
import { createFileLog, type FileLog } from '../../src/main/logging/file-log'
import * as electron from '../support/electron/electron-stand-in'
import {
  backendFixture,
  eventually,
  FIXTURE_PASSPHRASE,
  type BackendFixture
} from '../support/backend-fixture'
import { truoraStyleKey } from '../support/jwt'
import { asCall, captureInput, plaintextImages } from '../support/onsite-images'
import { dataKeyForms, filesUnder, found, leaks, personalNeedles, secretForms } from '../support/leak-scan'

let f: BackendFixture
let unregister: () => void = () => {}
const window = new electron.StandInWebContents()
const ipcLogs: string[] = []
const consoleLines: string[] = []
const answers: { channel: string; json: string }[] = []
let diagnostics = ''
/** The Backend's log, written to rotated files as the app writes it (small files, so they rotate). */
let fileLog: FileLog | undefined
const LOG_KEEP = 3

/** A key the operator mistyped (Truora refuses it) and a second operator's key: secrets all the same. */
const wrongKey = truoraStyleKey({ keyName: 'typo' })
const secondKey = truoraStyleKey({ keyName: 'second-laptop' })
const dataKeys: string[] = []
const person = (first_name: string, last_name: string, document_number: string, country: string) => ({
  first_name,
  last_name,
  document_number,
  country,
  document_type: 'national-id'
})
/** People the story creates or queues, besides the seeded accounts. */
const people = [
  {
    account_id: 'crm-leak-1',
    ...person('María José', 'Fernández Gómez', '1020304050', 'CO'),
    email: 'maria.fernandez@example.co',
    phone_number: '+573001234567'
  },
  person('Ñusta', 'Quispe Mamani', '40718293', 'PE'),
  { account_id: 'crm-leak-500', ...person('Estêvão', 'Gonçalves Araújo', '39053344705', 'BR') },
  { account_id: 'field-leak-77', ...person('João', 'Conceição Ribeiro', '98765432100', 'BR') },
  { account_id: 'field-leak-78', ...person('Begoña', 'Ordóñez Zúñiga', '52003117', 'CO') }
] as const

/** An error page from something between the app and Truora that echoes the request's headers. */
const echoPage = (key: string) =>
  `<html><head><title>500 Internal Server Error</title></head><body><pre>GET /v1/accounts\n` +
  `Truora-API-Key: ${key}\nkey=${encodeURIComponent(key)}</pre></body></html>`

async function call<T>(channel: string, ...args: unknown[]): Promise<Result<T>> {
  const result = (await electron.invokeFrom(electron.appFrame, channel, ...args)) as Result<T>
  answers.push({ channel, json: JSON.stringify(result) })
  return result
}

async function data<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data
}

async function errorOf(pending: Promise<Result<unknown>>) {
  const result = await pending
  if (result.ok) throw new Error('expected an error')
  return result.error
}

const outbox = () => data(call<OutboxItem[]>('outbox:list'))
const onsite = () => data(call<OnsiteValidation[]>('onsite:list'))
/** The markers inside every image the story captures: none may be found in plaintext on disk. */
const imageMarkers: string[] = []
function capture(accountId: string, kind: 'document' | 'face', marker: string) {
  const input = captureInput(accountId, kind, marker)
  imageMarkers.push(...Object.values(input.markers))
  return asCall(input)
}

/** The operator's data key (base64), unwrapped from their keychain entry with their passphrase. */
async function dataKeyOf(operatorId: string): Promise<string> {
  return (await f.secretsOf(operatorId)).dataKey.toString('base64')
}

const passphrase = FIXTURE_PASSPHRASE
const secondPassphrase = 'segundo agente, otra frase'
/** What the keychain held at each step of the story: it must never hold a raw key. */
const keychainSnapshots: { step: string; entries: { account: string; password: string }[] }[] = []
async function snapshotKeychain(step: string): Promise<void> {
  keychainSnapshots.push({ step, entries: await f.keychain.entries() })
}

/** The story: every channel, online, offline and back, with Truora failing in the ways it can. */
async function story(): Promise<void> {
  const key = f.sim.key
  const seeded = f.sim.accounts()

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
  const [own, generated, afterError, offline77, offline78] = people
  expect(await data(call<CreateOutcome>('accounts:create', own))).toMatchObject({ status: 'created' })
  expect(await data(call<CreateOutcome>('accounts:create', generated))).toMatchObject({ status: 'created' })
  f.sim.faults.next(1, { status: 500, body: echoPage(key) }, { method: 'POST', pathPrefix: '/v1/accounts' })
  expect(await data(call<CreateOutcome>('accounts:create', afterError))).toMatchObject({ status: 'queued' })
  await eventually(async () => (await outbox()).length === 0)

  // Offline: cached reads answer from the cache, uncached ones say so, creations are queued.
  await f.sim.stop()
  expect(await data(call('accounts:get', seeded[0]!.account_id, { refresh: true }))).toMatchObject({
    freshness: { source: 'cache', stale: true }
  })
  expect((await errorOf(call('accounts:get', seeded[20]!.account_id))).code).toBe('offline')
  expect(await data(call('connectivity:status'))).toBe('offline')
  // The renderer's own "offline" event agrees; it is a hint, and nothing in it can carry a key.
  expect(await data(call('connectivity:hint', 'offline'))).toBe('offline')
  expect(await data(call<CreateOutcome>('accounts:create', offline77))).toMatchObject({ status: 'queued' })
  expect(await data(call<CreateOutcome>('accounts:create', offline78))).toMatchObject({ status: 'queued' })
  expect((await outbox()).map((item) => item.input.account_id)).toEqual(['field-leak-77', 'field-leak-78'])
  // On-site validation offline: the person's document sealed and queued; a face capture given up.
  const document = await data(
    call<OnsiteValidation>('onsite:capture', capture(own.account_id, 'document', 'LEAK-DOCUMENT'))
  )
  expect(document.step).toBe('queued')
  const dropped = await data(
    call<OnsiteValidation>('onsite:capture', capture(own.account_id, 'face', 'LEAK-FACE'))
  )
  expect(await data(call<OnsiteValidation[]>('onsite:list', own.account_id))).toHaveLength(2)
  expect(await data(call<OnsiteValidation[]>('onsite:discard', dropped.id))).toHaveLength(1)

  // Back online: Truora refuses the first (its message echoing the key), sends the second; the
  // refused one stays in the outbox, with its redacted error, until the operator acts.
  const message400 = JSON.stringify({
    code: 10400,
    http_code: 400,
    message: `invalid document for key ${key}`
  })
  f.sim.faults.next(1, { status: 400, body: message400 }, { method: 'POST' })
  f.sim.faults.next(1, { status: 500, body: echoPage(key) }, { method: 'PUT', pathPrefix: '/uploads/' })
  // The first item was tried when it was queued and waits out its backoff (DESIGN.md §5) on the
  // fixture's clock, which only moves when told to.
  f.clock.advance(60_000)
  await f.sim.start()
  const [kept] = await eventually(async () => {
    const items = await outbox()
    return items.length === 1 && items[0]!.state === 'failed' ? items : undefined
  })
  expect(kept!.error?.message).toContain(REDACTED)
  expect(f.sim.accounts().some((account) => account.account_id === 'field-leak-78')).toBe(true)
  // The queued document goes up after them, without the key; its first upload meets an error page
  // echoing the key, then a retry sends it and its result is followed until it is final.
  const queuedDocument = await eventually(async () => {
    const [item] = await onsite()
    return item?.error?.code === 'server' ? item : undefined
  })
  expect(JSON.stringify(queuedDocument)).not.toContain(key)
  await data(call('onsite:retry', queuedDocument.id))
  await eventually(async () => {
    f.clock.advance(5_000)
    return (await onsite()).length === 0
  })
  expect(f.sim.uploads()).toHaveLength(2)
  expect(
    f.sim.requests.filter(
      (request) => request.path.startsWith('/uploads/') && request.headers['truora-api-key']
    )
  ).toEqual([])
  expect(await data(call('connectivity:status'))).toBe('online')

  // An identity-process link, and a link the app refuses to open.
  const link = await data(
    call<{ link: string }>('accounts:process-link', {
      accountId: own.account_id,
      flowId: 'IPF0123456789abcdef',
      redirectUrl: 'https://example.com/done'
    })
  )
  expect(link.link).toMatch(/^https:\/\/identity\.truora\.com\/\?token=/)
  expect((await errorOf(call('links:open', 'https://evil.example/'))).code).toBe('forbidden')

  // Sync every account (pages, then each one's history), then search and export the cache.
  expect(await data(call<SyncStatus>('sync:mirror'))).toMatchObject({ state: 'running' })
  await eventually(async () => (await data(call<SyncStatus>('sync:status'))).state === 'done', 20_000)
  const cachedCount = f.sim.accounts().length
  const all = await data(call<{ total: number }>('accounts:search', { text: '', limit: 1000 }))
  // Every account, and the creation still in the outbox (listed as pending, so it is not made twice).
  expect(all.total).toBe(cachedCount + (await outbox()).length)
  const byName = await data(
    call<{ hits: { account: Account }[] }>('accounts:search', {
      text: 'begona ordonez',
      filters: { country: 'CO' }
    })
  )
  expect(byName.hits.map((hit) => hit.account.account_id)).toContain('field-leak-78')
  expect(await data(call('cache:export', { format: 'csv' }))).toMatchObject({ format: 'csv' })
  expect(await data(call('cache:export', { format: 'json' }))).toMatchObject({ format: 'json' })
  expect(await data(call('cache:stats'))).toMatchObject({ accounts: cachedCount, outbox: 1 })
  // What "Copy diagnostics" hands to support, with a full cache open.
  diagnostics = JSON.stringify(await data(call('diagnostics:report')))
  expect(JSON.parse(diagnostics)).toMatchObject({ operators: 1, cache: { accounts: cachedCount, outbox: 1 } })
  expect((await errorOf(call('diagnostics:open-logs'))).code).toBe('forbidden')
  expect(await data(call<SyncStatus>('sync:cancel'))).toMatchObject({ state: 'done' })
  // The activity log, and its export to where the operator chose.
  expect(await data(call<{ total: number }>('activity:list', { limit: 500 }))).toMatchObject({
    total: expect.any(Number)
  })
  expect(await data(call('activity:export'))).toMatchObject({ entries: expect.any(Number) })

  // The operator retries the refused creation; Truora refuses it again, the key in its message again.
  f.sim.faults.next(1, { status: 400, body: message400 }, { method: 'POST' })
  f.sim.faults.next(1, { status: 500, body: echoPage(key) }, { method: 'PUT', pathPrefix: '/uploads/' })
  const retried = await data(call<OutboxItem[]>('outbox:retry', kept!.id))
  expect(retried).toMatchObject([{ id: kept!.id, state: 'failed', attempts: kept!.attempts + 1 }])
  expect((await errorOf(call('outbox:discard', 'no-such-item'))).code).toBe('not_found')

  // A second operator, who caches an account of their own, then is removed.
  const second = (
    await data(
      call<{ operator: { id: string } }>('operators:add', {
        name: 'Segundo agente',
        apiKey: secondKey,
        passphrase: secondPassphrase
      })
    )
  ).operator.id
  await snapshotKeychain('second add')
  await data(call('session:lock'))
  await data(call('session:unlock', { operatorId: second, passphrase: secondPassphrase }))
  dataKeys.push((await f.secretsOf(second, secondPassphrase)).dataKey.toString('base64'))
  expect(await data(call('accounts:get', seeded[25]!.account_id))).toMatchObject({
    freshness: { source: 'network' }
  })
  expect(await data(call('cache:stats'))).toMatchObject({ operatorId: second, accounts: 1 })
  expect(await data(call('cache:clear', { keepOutbox: false }))).toMatchObject({ accounts: 0 })
  await data(call('session:lock'))
  await data(call('session:unlock', { operatorId: first, passphrase }))
  expect(await data(call('operators:check', second))).toEqual({
    operatorId: second,
    keychain: 'ok',
    queued: 0
  })
  expect(await data(call('operators:remove', second))).toBeNull()
  expect(await data(call('operators:list'))).toMatchObject({ operators: [{ id: first }], activeId: first })

  // Quit: the Backend flushes the cache to disk.
  await f.backend.close()
}

beforeAll(async () => {
  f = await backendFixture({
    backend: {
      mirror: { pageSize: 10, historyPauseMs: 0 },
      log: (line) => {
        f?.logs.push(line)
        fileLog?.write(line)
      }
    }
  })
  fileLog = createFileLog({ folder: join(f.dataDir, 'logs'), maxBytes: 2 * 1024, keep: LOG_KEEP })
  f.sim.addKey(secondKey)
  unregister = registerIpc(electron.ipcMain, f.backend, {
    isTrustedSender: (url) => isTrustedSender(url),
    eventTarget: () => window,
    log: (line) => ipcLogs.push(line)
  })
  // Anything written to the console while the story runs counts as a log line too.
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation(
      (...args: unknown[]) => void consoleLines.push(args.map(String).join(' '))
    )
  }
  try {
    await story()
  } finally {
    vi.restoreAllMocks()
  }
}, 90_000)

afterAll(async () => {
  unregister()
  await f?.close()
})

const apiKeys = () => [f.sim.key, wrongKey, secondKey]
const secretNeedles = () => [...apiKeys().flatMap(secretForms), ...dataKeys.flatMap(dataKeyForms)]

/** Names, document numbers, e-mails and phones of every account that was cached or queued. */
function personalData(): string[] {
  const accounts: Partial<Account>[] = [...f.sim.accounts(), ...people]
  const values = accounts.flatMap((account) =>
    [
      account.first_name,
      account.last_name,
      account.document_number,
      account.email,
      account.phone_number
    ].filter((value): value is string => typeof value === 'string')
  )
  return personalNeedles(values)
}

describe('after the whole story', () => {
  it('went through the paths that could leak', () => {
    expect(answers.length).toBeGreaterThan(60)
    // Every channel of the contract, once at least.
    expect(new Set(answers.map((answer) => answer.channel))).toEqual(
      new Set(channelEntries().map((entry) => entry.channel))
    )
    expect(window.sent.map((message) => message.channel)).toEqual(
      expect.arrayContaining([
        'evt:operator-changed',
        'evt:outbox-changed',
        'evt:sync-progress',
        'evt:connectivity',
        'evt:cache-updated',
        'evt:session-changed'
      ])
    )
    expect(f.logs.some((line) => / -> server 500 /.test(line))).toBe(true)
    expect(dataKeys).toHaveLength(2)
    // The scans below are able to find what they look for.
    expect(found(`x${Buffer.from(f.sim.key).toString('base64')}x`, secretNeedles())).not.toEqual([])
    expect(personalData().some((needle) => /[^\p{ASCII}]/u.test(needle))).toBe(true)
  })

  it("kept the keys in the keychain only wrapped, at every step, and took the removed operator's entry out", async () => {
    const entries = await f.keychain.entries()
    expect(entries).toHaveLength(1)
    expect(entries[0]!.account).toMatch(/:vault$/)
    expect(keychainSnapshots.map((snapshot) => snapshot.step)).toEqual([
      'add',
      'lock',
      'unlock',
      'second add'
    ])
    for (const { step, entries: held } of [...keychainSnapshots, { step: 'end', entries }]) {
      expect(
        leaks(
          held.map((entry) => ({ where: `${step}: ${entry.account}`, content: entry.password })),
          secretNeedles()
        )
      ).toEqual([])
    }
  })

  it('wrote no API key and no data key, in any form, to any file under the data folder', async () => {
    const files = await filesUnder(f.dataDir)
    expect(files.map((file) => file.path)).toEqual(expect.arrayContaining(['operators.json']))
    expect(files.some((file) => /cache\/manifest$/.test(file.path))).toBe(true)
    expect(files.some((file) => /cache\/parts\/history-.*\.part$/.test(file.path))).toBe(true)
    expect(
      leaks(
        files.map((file) => ({ where: file.path, content: file.bytes })),
        secretNeedles()
      )
    ).toEqual([])
  })

  it('wrote no name, document number, e-mail or phone in plaintext to any file', async () => {
    const files = await filesUnder(f.dataDir)
    expect(
      leaks(
        files.map((file) => ({ where: file.path, content: file.bytes })),
        personalData()
      )
    ).toEqual([])
  })

  it('wrote no captured image in plaintext, and kept none once Truora had them', async () => {
    expect(imageMarkers.length).toBeGreaterThan(0)
    expect(await plaintextImages(f.dataDir, imageMarkers)).toEqual([])
    const operators = await readdir(join(f.dataDir, 'operators'))
    for (const operator of operators) {
      expect(await readdir(join(f.dataDir, 'operators', operator, 'captures')).catch(() => [])).toEqual([])
    }
  })

  it('logged no key and no personal data', () => {
    const lines = [...f.logs, ...ipcLogs, ...consoleLines]
    expect(f.logs.length).toBeGreaterThan(50)
    const places = lines.map((line, index) => ({
      where: `log line ${index}: ${line.slice(0, 60)}`,
      content: line
    }))
    expect(leaks(places, secretNeedles())).toEqual([])
    expect(leaks(places, personalData())).toEqual([])
  })

  it('wrote its log to rotated files under logs/, none holding a key or personal data', async () => {
    const names = (await readdir(join(f.dataDir, 'logs'))).sort()
    // Rotated more often than it keeps: the oldest files were dropped.
    expect(names).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.log'])
    const files = (await filesUnder(join(f.dataDir, 'logs'))).map((file) => ({
      where: file.path,
      content: file.bytes
    }))
    expect(files.map((file) => file.content.toString()).join('')).toMatch(/truora GET \S*\/accounts/)
    expect(leaks(files, secretNeedles())).toEqual([])
    expect(leaks(files, personalData())).toEqual([])
  })

  it('gave support diagnostics with versions and counts, and no key or personal data', () => {
    expect(JSON.parse(diagnostics)).toMatchObject({ runtime: { node: process.versions.node } })
    const places = [{ where: 'diagnostics', content: diagnostics }]
    expect(leaks(places, secretNeedles())).toEqual([])
    expect(leaks(places, personalData())).toEqual([])
    const ids = f.sim.accounts().map((account) => JSON.stringify(account.account_id))
    expect(leaks(places, ids)).toEqual([])
  })

  it('sent no key to the renderer, in any answer or event', () => {
    const places = [
      ...answers.map((answer, index) => ({
        where: `answer ${index} (${answer.channel})`,
        content: answer.json
      })),
      ...window.sent.map((message, index) => ({
        where: `event ${index} (${message.channel})`,
        content: JSON.stringify(message.payload)
      }))
    ]
    expect(leaks(places, secretNeedles())).toEqual([])
  })
})
