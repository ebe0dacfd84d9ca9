// @vitest-environment node
// The operators, outbox and account stores against the real Backend, simulator and keychain.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { setApi } from '@renderer/api'
import { useOperatorsStore } from '@renderer/stores/operators'
import { useOutboxStore } from '@renderer/stores/outbox'
import { useAccountStore } from '@renderer/stores/account'
import { PASSPHRASE, realBackend, until, type RealBackend } from './real-backend'

describe('operators, outbox and account stores with the real Backend', () => {
  let f: RealBackend
  beforeEach(async () => {
    f = await realBackend({ sim: { accounts: 20 } })
    setApi(f.backend)
    setActivePinia(createPinia())
  }, 30_000)
  afterEach(async () => {
    await f?.close()
  })

  it('refuses a wrong key, saves the right one as the active operator, and removes it', async () => {
    const operators = useOperatorsStore()
    await operators.load()
    expect(operators.loaded).toBe(true)
    expect(operators.operators).toEqual([])

    const wrong = await operators.add({ name: 'Ana', apiKey: 'wrong-key-0123456789', passphrase: PASSPHRASE })
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('unauthorized')
    expect(operators.operators).toEqual([])

    const added = await operators.add({ name: 'Ana', apiKey: f.sim.key, passphrase: PASSPHRASE })
    expect(added.ok).toBe(true)
    expect(operators.operators.map((operator) => operator.name)).toEqual(['Ana'])
    expect(operators.active?.name).toBe('Ana')

    const removed = await operators.remove(operators.activeId!)
    expect(removed.ok).toBe(true)
    expect(operators.operators).toEqual([])
    expect(operators.active).toBeNull()
  })

  it('follows the outbox through events: queued offline, sent when the network returns', async () => {
    await f.addOperator()
    const outbox = useOutboxStore()
    outbox.init()
    await f.sim.stop()
    const created = await f.backend.accounts.create({ account_id: 'crm-store-1', first_name: 'Pedro' })
    expect(created.ok && created.data.status).toBe('queued')
    await until(() => outbox.count === 1)
    expect(outbox.items[0]?.input.account_id).toBe('crm-store-1')

    // Tried as it was queued, offline: it waits out its backoff on the fixture's clock.
    f.clock.advance(60_000)
    await f.sim.start()
    await until(() => outbox.count === 0, 15_000)
    expect(f.sim.accounts().some((account) => account.account_id === 'crm-store-1')).toBe(true)
  })

  it('loads an account with its history merged newest first, and drills into one entry', async () => {
    await f.addOperator()
    const account = useAccountStore()
    account.init()
    const withHistory = f.sim.accounts().map((item) => item.account_id)
    let loadedId: string | undefined
    for (const id of withHistory) {
      await account.load(id)
      if (account.timeline.length > 1) {
        loadedId = id
        break
      }
    }
    expect(loadedId).toBeDefined()
    expect(account.account.value?.data.account_id).toBe(loadedId)
    expect(account.account.value?.freshness.source).toBe('network')
    const times = account.timeline.map((entry) => Date.parse(entry.date!.replace(/(\.\d{3})\d+/, '$1')))
    expect(times).toEqual([...times].sort((a, b) => b - a))

    const first = account.timeline[0]!
    await account.openDetail(first.kind, first.id)
    expect(account.detail?.error).toBeNull()
    const data = account.detail?.value?.data as Record<string, unknown>
    expect(data[first.kind === 'validation' ? 'validation_id' : 'process_id']).toBe(first.id)

    await account.refresh()
    expect(account.account.value?.freshness.source).toBe('network')
    account.leave()
    expect(account.accountId).toBeNull()
  })
})
