// What the field agent finds while the person is in front of them: likely duplicates as the create
// form is filled (cached accounts and queued creations), queued creations in search as "pending" and
// the event when the outbox sends one, and accounts found by the exact Truora IDs of their history.
import { describe, expect, it } from 'vitest'
import type { OutboxSent } from '@shared/domain/outbox'
import { eventually, type BackendFixture } from '../support/backend-fixture'
import { eachTestWithOperator } from '../support/each-test-backend'
import { accountWithHistory } from '../support/sim-history'

describe('duplicates, pending creations and Truora IDs', () => {
  let f: BackendFixture
  eachTestWithOperator((fixture) => {
    f = fixture
  })

  it('finds a cached account by its document however formatted, phone in any format, e-mail in any case', async () => {
    const account = f.sim.accounts().find((a) => a.document_number && a.phone_number && a.email)!
    expect((await f.backend.accounts.get(account.account_id)).ok).toBe(true)
    const spaced = `${account.document_number!.slice(0, 3)}.${account.document_number!.slice(3)}`
    const byDocument = await f.backend.accounts.duplicates({ document_number: ` ${spaced.toLowerCase()} ` })
    expect(byDocument.ok && byDocument.data).toEqual([
      expect.objectContaining({ accountId: account.account_id, fields: ['document'] })
    ])
    const national = account.phone_number!.replace(/^\+\d{2}/, '').replace(/(\d{3})(\d+)/, '($1) $2')
    const byPhone = await f.backend.accounts.duplicates({ phone_number: national, country: account.country! })
    expect(byPhone.ok && byPhone.data.map((m) => [m.accountId, m.fields])).toEqual([
      [account.account_id, ['phone']]
    ])
    const byEmail = await f.backend.accounts.duplicates({ email: account.email!.toUpperCase() })
    expect(byEmail.ok && byEmail.data.map((m) => m.accountId)).toEqual([account.account_id])
    const none = await f.backend.accounts.duplicates({ document_number: '999', email: 'x@' })
    expect(none.ok && none.data).toEqual([])
  })

  it('finds a queued creation as pending, and says when the outbox has sent it', async () => {
    await f.sim.stop()
    const person = {
      first_name: 'Conceição',
      last_name: 'Araújo',
      country: 'BR',
      document_number: '123.456.789-09',
      phone_number: '+5511987654321'
    }
    const queued = await f.backend.accounts.create(person)
    if (!queued.ok || queued.data.status !== 'queued') throw new Error('expected a queued creation')
    const itemId = queued.data.item.id

    const duplicate = await f.backend.accounts.duplicates({ phone_number: '(11) 98765-4321', country: 'BR' })
    expect(duplicate.ok && duplicate.data).toEqual([
      expect.objectContaining({ itemId, name: 'Conceição Araújo', fields: ['phone'] })
    ])
    const found = await f.backend.accounts.search({ text: 'conceicao' })
    if (!found.ok) throw new Error(found.error.message)
    expect(found.data.total).toBe(1)
    expect(found.data.hits[0]).toMatchObject({
      // Pending, or being tried while the network is down: a queued creation either way.
      pending: { itemId, state: expect.stringMatching(/^(pending|sending)$/) as unknown },
      account: { account_id: '', first_name: 'Conceição' },
      match: { field: 'name', ranges: [[0, 9]] }
    })

    const sent: OutboxSent[] = []
    f.backend.events.on('evt:outbox-sent', (event) => sent.push(event))
    await f.sim.start()
    await f.backend.connectivity.hint('online')
    const event = await eventually(() => sent[0], 10_000)
    expect(event.itemId).toBe(itemId)
    expect(event.accountId).toMatch(/^ACC/)
    const after = await f.backend.accounts.search({ text: 'conceicao' })
    expect(after.ok && after.data.hits.map((hit) => [hit.account.account_id, hit.pending])).toEqual([
      [event.accountId, undefined]
    ])
  })

  it('finds the account of a cached process, validation or flow ID exactly, never partially', async () => {
    const { accountId, validations, processes } = await accountWithHistory(f.sim)
    for (const read of [f.backend.accounts.get, f.backend.accounts.validations, f.backend.accounts.processes])
      expect((await read(accountId)).ok).toBe(true)
    const process = processes[0]!
    const validation = validations[0]!
    for (const [text, field] of [
      [process.process_id, 'process'],
      [process.process_id.toLowerCase(), 'process'],
      [validation.validation_id, 'validation'],
      [process.flow_id!, 'flow']
    ] as const) {
      const page = await f.backend.accounts.search({ text })
      if (!page.ok) throw new Error(page.error.message)
      expect(page.data.hits.map((hit) => hit.account.account_id)).toContain(accountId)
      expect(page.data.hits[0]!.match).toMatchObject({ field })
      expect(page.data.truoraId?.kind).toBe(field)
    }
    const partial = await f.backend.accounts.search({ text: process.process_id.slice(0, 12) })
    expect(partial.ok && partial.data.total).toBe(0)

    // Offline after a restart: the same ID still finds it, from the cache alone.
    await f.sim.stop()
    const restarted = await f.restart()
    const offline = await restarted.accounts.search({ text: process.process_id })
    expect(offline.ok && offline.data.hits.map((hit) => hit.account.account_id)).toEqual([accountId])
  })

  it('shows the latest status with its date and the matched document part', async () => {
    const { accountId } = await accountWithHistory(f.sim)
    for (const read of [f.backend.accounts.get, f.backend.accounts.validations, f.backend.accounts.processes])
      expect((await read(accountId)).ok).toBe(true)
    const account = f.sim.accounts().find((a) => a.account_id === accountId)!
    const part = account.document_number!.slice(2, 7)
    const page = await f.backend.accounts.search({ text: part })
    if (!page.ok) throw new Error(page.error.message)
    const hit = page.data.hits.find((h) => h.account.account_id === accountId)!
    expect(hit.latestStatus).toMatch(/success|pending|failure/)
    expect(Date.parse(hit.latestStatusAt!)).toBeGreaterThan(0)
    expect(hit.match?.field).toBe('document_number')
  })
})
