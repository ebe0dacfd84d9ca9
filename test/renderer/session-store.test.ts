// @vitest-environment node
// The session store against the real Backend, simulator and keychain: on lock — the Lock button, or
// the Backend's own idle lock told by `evt:session-changed` — every store holding the operator's data
// is emptied, so the lock screen has nothing of theirs to show (DESIGN.md §6); the list is names only;
// the unlock brings that operator's outbox back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { setApi } from '@renderer/api'
import { useAccountStore } from '@renderer/stores/account'
import { useActivityStore } from '@renderer/stores/activity'
import { useCacheStore } from '@renderer/stores/cache'
import { useErrorsStore } from '@renderer/stores/errors'
import { useOperatorsStore } from '@renderer/stores/operators'
import { useOutboxStore } from '@renderer/stores/outbox'
import { usePreferencesStore } from '@renderer/stores/preferences'
import { useSearchStore } from '@renderer/stores/search'
import { useSessionStore } from '@renderer/stores/session'
import { useSyncStore } from '@renderer/stores/sync'
import { PASSPHRASE, realBackend, until, type RealBackend } from './real-backend'

describe('the session store with the real Backend', () => {
  let f: RealBackend
  let operatorId: string

  beforeEach(async () => {
    f = await realBackend({ sim: { accounts: 20 } })
    setApi(f.backend)
    setActivePinia(createPinia())
    // The window the store listens on for the operator's use: any event target does.
    vi.stubGlobal('window', new EventTarget())
    operatorId = await f.addOperator('Ana Field')
  }, 30_000)
  afterEach(async () => {
    vi.unstubAllGlobals()
    await f?.close()
  })

  /** Fills every store with the operator's data, as a session of use would. */
  async function use(): Promise<void> {
    const accountId = f.sim.accounts()[1]!.account_id
    const search = useSearchStore()
    const account = useAccountStore()
    const outbox = useOutboxStore()
    await account.load(accountId)
    search.setText(accountId)
    await until(() => search.total === 1)
    // Offline from here on: the queued creation stays queued through the lock and the unlock.
    await f.sim.stop()
    expect((await f.backend.accounts.create({ account_id: 'store-queued-1' })).ok).toBe(true)
    await outbox.load()
    await useSyncStore().load()
    await useCacheStore().load()
    await useActivityStore().load()
    await usePreferencesStore().load()
    useErrorsStore().info('create.created', { id: accountId })
    expect(outbox.count).toBe(1)
    expect(account.account.value).not.toBeNull()
    expect(useOperatorsStore().operators[0]).toHaveProperty('clientId')
  }

  function expectEmpty(): void {
    const search = useSearchStore()
    expect(search.text).toBe('')
    expect(search.total).toBe(0)
    expect(search.hitAt(0)).toBeUndefined()
    expect(search.lookup).toEqual({ state: 'idle' })
    const account = useAccountStore()
    expect(account.accountId).toBeNull()
    expect(account.account.value).toBeNull()
    expect(account.timeline).toEqual([])
    expect(useOutboxStore().items).toEqual([])
    expect(useSyncStore().status).toBeNull()
    expect(useCacheStore().stats).toBeNull()
    expect(useActivityStore().page).toBeNull()
    expect(usePreferencesStore().preferences).toBeNull()
    expect(useErrorsStore().toasts).toEqual([])
  }

  it('empties every store of the operator’s data when the Lock button locks, and the unlock brings the outbox back', async () => {
    const session = useSessionStore()
    session.init()
    await until(() => session.status?.state === 'unlocked')
    useOperatorsStore().init()
    await useOperatorsStore().load()
    await use()

    expect((await session.lock()).ok).toBe(true)
    expect(session.locked).toBe(true)
    expectEmpty()
    // Names only while locked.
    await until(() => !('clientId' in (useOperatorsStore().operators[0] ?? { clientId: 1 })))
    expect(Object.keys(useOperatorsStore().operators[0]!).sort()).toEqual(['id', 'name', 'needsPassphrase'])

    const wrong = await session.unlock({ operatorId, passphrase: 'not the passphrase' })
    expect(wrong.ok ? 'unlocked' : wrong.error.code).toBe('wrong_passphrase')
    expect(session.locked).toBe(true)
    expect((await session.unlock({ operatorId, passphrase: PASSPHRASE })).ok).toBe(true)
    await until(() => useOutboxStore().count === 1)
  })

  it('empties them too when the Backend locks on its own after the idle time', async () => {
    const session = useSessionStore()
    session.init()
    await until(() => session.status?.state === 'unlocked')
    await use()
    f.clock.advance(15 * 60_000)
    await until(() => session.status?.state === 'locked')
    expect(session.status?.lockedBy).toBe('idle')
    expectEmpty()
  })
})
