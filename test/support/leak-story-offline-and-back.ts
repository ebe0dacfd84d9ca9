// The "Secrets that never leak" story, its second half (test/security/no-leaks.test.ts): offline
// (cached reads, queued creations, an on-site capture sealed), back online with Truora refusing and
// failing in ways that echo the key, an identity link, "Sync all accounts", search, exports and
// diagnostics, a second operator added and removed, then quit. Every call goes through ipc.ts,
// recorded by leak-story-recorder.ts.
import { expect } from 'vitest'
import type { CreateOutcome, OutboxItem } from '@shared/domain/outbox'
import type { SyncStatus } from '@shared/domain/sync'
import type { Account } from '@shared/domain/truora-records'
import type { OnsiteValidation } from '@shared/onsite'
import { REDACTED } from '../../src/main/truora/redact'
import { eventually, FIXTURE_PASSPHRASE } from './backend-fixture'
import {
  data,
  echoPage,
  errorOf,
  people,
  secondKey,
  secondPassphrase,
  type LeakStory
} from './leak-story-recorder'

const passphrase = FIXTURE_PASSPHRASE

/** `seeded`: the simulator's accounts as the story began, before it created any. */
export async function leakStoryOfflineAndBack(
  story: LeakStory,
  first: string,
  seeded: Account[]
): Promise<void> {
  const { f, call, capture, snapshotKeychain, evidence } = story
  const { dataKeys } = evidence
  const key = f.sim.key
  const [own, , , offline77, offline78] = people
  const outbox = () => data(call<OutboxItem[]>('outbox:list'))
  const onsite = () => data(call<OnsiteValidation[]>('onsite:list'))

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
  evidence.diagnostics = JSON.stringify(await data(call('diagnostics:report')))
  expect(JSON.parse(evidence.diagnostics)).toMatchObject({
    operators: 1,
    cache: { accounts: cachedCount, outbox: 1 }
  })
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
