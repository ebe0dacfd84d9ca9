// The activity log (DESIGN.md §4 "an activity log per operator, sealed like the cache"): who did what on
// this laptop — unlock and lock, an account opened, created or queued, a link created, an export, the
// cache cleared, an operator removed — newest first, exportable as CSV. Sealed with the operator's data
// key: the file shows nothing, another operator's key opens none of it, and an entry moved or taken
// out of the middle is seen. What happens to an operator while they are locked reaches them at unlock.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ActivityEntry, ActivityPage } from '@shared/domain/activity'
import { openActivityLog } from '../../src/main/activity/activity-log'
import { activityLogOf } from '../../src/main/workspace/operator-paths'
import { backendFixture, eventually, type BackendFixture } from '../support/backend-fixture'
import { truoraStyleKey } from '../support/jwt'

describe('the activity log', () => {
  let f: BackendFixture
  let ana: string
  const entries = async (): Promise<ActivityEntry[]> =>
    ((await f.backend.activity.list({ limit: 500 })) as { ok: true; data: ActivityPage }).data.entries
  const actions = async () => (await entries()).map((entry) => entry.action).reverse()

  beforeEach(async () => {
    f = await backendFixture()
    ana = await f.addOperator('=HYPERLINK("http://evil.example")')
  })
  afterEach(async () => {
    await f.close()
  })

  it('records what the operator did, once each, newest first', async () => {
    const [first, second] = f.sim.accounts().map((account) => account.account_id)
    // Opened twice (a view re-reads on every revalidation): one entry.
    expect((await f.backend.accounts.get(first!)).ok).toBe(true)
    expect((await f.backend.accounts.get(first!)).ok).toBe(true)
    expect((await f.backend.accounts.create({ account_id: 'activity-created-1' })).ok).toBe(true)
    const link = await f.backend.accounts.processLink({
      accountId: second!,
      flowId: 'IPF0123456789abcdef',
      redirectUrl: 'https://example.com/done'
    })
    expect(link.ok).toBe(true)
    expect((await f.backend.cache.export({ format: 'csv' })).ok).toBe(true)
    await f.sim.stop()
    expect((await f.backend.accounts.create({ account_id: 'activity-queued-1' })).ok).toBe(true)
    expect((await f.backend.cache.clear({ keepOutbox: true })).ok).toBe(true)
    await f.backend.session.lock()
    await f.unlock(ana)

    expect(await actions()).toEqual([
      'unlock',
      'account_opened',
      'account_created',
      'link_created',
      'export',
      'account_queued',
      'cache_cleared',
      'lock',
      'unlock'
    ])
    const byAction = new Map((await entries()).map((entry) => [entry.action, entry]))
    expect(byAction.get('account_opened')).toMatchObject({ accountId: first })
    expect(byAction.get('account_created')).toMatchObject({ accountId: 'activity-created-1' })
    expect(byAction.get('account_queued')).toMatchObject({ accountId: 'activity-queued-1' })
    expect(byAction.get('link_created')).toMatchObject({
      accountId: second,
      detail: { flowId: 'IPF0123456789abcdef' }
    })
    expect(byAction.get('export')).toMatchObject({ detail: { format: 'csv', accounts: 2 } })
    expect(byAction.get('cache_cleared')).toMatchObject({ detail: { keepOutbox: true, outbox: 1 } })
    expect(byAction.get('lock')).toMatchObject({ detail: { reason: 'operator' } })
    // The outbox sends the queued one once the network is back: recorded as created, from the outbox.
    f.clock.advance(60_000)
    await f.sim.start()
    await eventually(async () =>
      (await entries()).some((entry) => entry.action === 'account_created' && entry.detail?.via === 'outbox')
    )
  })

  it('is sealed: the file shows no account, another key opens none of it, a moved entry is seen', async () => {
    const accountId = f.sim.accounts()[4]!.account_id
    expect((await f.backend.accounts.get(accountId)).ok).toBe(true)
    await f.backend.session.lock()
    const file = activityLogOf(f.dataDir, ana)
    const bytes = await readFile(file, 'utf8')
    expect(bytes.startsWith('TALLOG 1\n')).toBe(true)
    expect(bytes).not.toContain(accountId)
    expect(bytes).not.toContain('account_opened')

    const open = async (dataKey: Buffer, operatorId = ana) => {
      const log = await openActivityLog({ file, operatorId, dataKey, now: () => f.clock.now, log: () => {} })
      const read = log.entries()
      const result = { entries: read.entries.map((entry) => entry.action), unreadable: read.unreadable }
      await log.close()
      return result
    }
    const { dataKey } = await f.secretsOf(ana)
    expect(await open(dataKey)).toEqual({ entries: ['unlock', 'account_opened', 'lock'], unreadable: 0 })
    // Another operator's data key, or Ana's key as another operator: nothing reads.
    const otherKey = truoraStyleKey({ keyName: 'other' })
    f.sim.addKey(otherKey)
    const beto = await f.addOperator('Beto', { apiKey: otherKey, passphrase: 'frase de Beto' })
    const betoKey = (await f.secretsOf(beto, 'frase de Beto')).dataKey
    expect(await open(betoKey)).toEqual({ entries: [], unreadable: 3 })
    expect(await open(dataKey, beto)).toEqual({ entries: [], unreadable: 3 })

    // Two entries swapped: neither reads where it now stands.
    const [header, one, two, three] = bytes.split('\n')
    await writeFile(file, [header, two, one, three, ''].join('\n'))
    expect(await open(dataKey)).toEqual({ entries: ['lock'], unreadable: 2 })
    // One taken out of the middle: every one after it fails.
    await writeFile(file, [header, one, three, ''].join('\n'))
    expect(await open(dataKey)).toEqual({ entries: ['unlock'], unreadable: 1 })
    // The app says how many it could not read.
    await f.unlock(ana)
    const page = (await f.backend.activity.list()) as { ok: true; data: ActivityPage }
    expect(page.data.unreadable).toBe(1)
  })

  it('exports as CSV, with a name that looks like a formula defused', async () => {
    expect((await f.backend.accounts.get(f.sim.accounts()[0]!.account_id)).ok).toBe(true)
    const exported = await f.backend.activity.export()
    if (!exported.ok) throw new Error(exported.error.message)
    const csv = await readFile(join(f.exportsDir, exported.data.fileName), 'utf8')
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toBe('time,operator,action,account_id,detail,at_lock_screen')
    expect(lines).toHaveLength(3)
    expect(lines[1]).toContain(',unlock,')
    expect(lines[2]).toContain(`,account_opened,${f.sim.accounts()[0]!.account_id},`)
    // The operator's name, a formula in a spreadsheet, is written as text.
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"")"`)
    expect(exported.data).toMatchObject({ entries: 2 })
    // The export is recorded too.
    expect((await entries())[0]).toMatchObject({ action: 'activity_exported', detail: { entries: 2 } })
  })

  it('tells the others an operator was removed, in the remover’s log now and the others’ at their unlock', async () => {
    const otherKey = truoraStyleKey({ keyName: 'removal' })
    f.sim.addKey(otherKey)
    const beto = await f.addOperator('Beto', { apiKey: otherKey, passphrase: 'frase de Beto' })
    const carla = await f.addOperator('Carla', { apiKey: otherKey, passphrase: 'frase de Carla' })
    expect((await f.backend.operators.remove(beto)).ok).toBe(true)
    expect((await entries())[0]).toMatchObject({ action: 'operator_removed', detail: { name: 'Beto' } })
    // Carla was locked: hers waits in a plain inbox, which holds nothing but the name and the time.
    const inbox = await readFile(join(f.dataDir, 'operators', carla, 'activity-inbox.json'), 'utf8')
    expect(JSON.parse(inbox)).toEqual([
      { at: f.clock.now.toISOString(), action: 'operator_removed', detail: { name: 'Beto' } }
    ])
    await f.backend.session.lock()
    expect((await f.backend.session.unlock({ operatorId: carla, passphrase: 'frase de Carla' })).ok).toBe(
      true
    )
    const carlas = await entries()
    expect(carlas.map((entry) => [entry.action, entry.atLockScreen ?? false])).toEqual([
      ['unlock', false],
      ['operator_removed', true]
    ])
  })

  it('answers locked while nobody is unlocked', async () => {
    await f.backend.session.lock()
    const list = await f.backend.activity.list()
    expect(list.ok ? 'listed' : list.error.code).toBe('locked')
    const exported = await f.backend.activity.export()
    expect(exported.ok ? 'exported' : exported.error.code).toBe('locked')
  })
})
