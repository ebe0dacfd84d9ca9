// While the session is locked, every call that reads or writes an operator's data or uses their key
// answers `locked` (DESIGN.md §6 "while locked, only the lock screen's calls work"), decided in one
// place: the call boundary, by the channel table's `whileLocked`. The table is fuzzed: every channel
// is called through the real ipc.ts with a valid payload and with malformed ones, on a Backend that
// holds two operators' caches, a queued creation and an activity log. Nothing may be read or written,
// no request may reach Truora, no keychain entry may be read, and the list shows names only.
import { channelEntries } from '@shared/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as electron from '../support/electron/electron-stand-in'
import { ipcHarness, snapshotDir, type IpcHarness } from '../support/electron/ipc-harness'
import { truoraStyleKey } from '../support/jwt'
import { VALID } from '../support/valid-calls'

/** The lock screen's calls, and nothing else. A change to this list is a change to the security model. */
const LOCK_SCREEN = [
  'operators:list',
  'operators:add',
  'operators:check',
  'operators:remove',
  'session:status',
  'session:unlock',
  'session:lock',
  'session:report-activity',
  'session:choose-passphrase',
  'connectivity:status',
  'connectivity:hint'
]

const MALFORMED: unknown[][] = [
  [],
  [null],
  [42],
  ['x'.repeat(10_000)],
  [{ __proto__: { polluted: true } }],
  [JSON.parse('{"__proto__":{"polluted":true}}')],
  [new Date()],
  [{ text: 'x' }, { extra: true }, 'more']
]

let h: IpcHarness
let ana: string

async function settle(): Promise<void> {
  // Wait until two looks at the data folder agree: the unlock's background work has ended.
  let previous = await snapshotDir(h.fixture.dataDir)
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    const current = await snapshotDir(h.fixture.dataDir)
    if (JSON.stringify([...current]) === JSON.stringify([...previous])) return
    previous = current
  }
}

beforeAll(async () => {
  h = await ipcHarness()
  const { fixture } = h
  ana = await fixture.addOperator('Ana Field')
  for (const account of fixture.sim.accounts().slice(0, 4)) {
    expect((await fixture.backend.accounts.get(account.account_id)).ok).toBe(true)
  }
  const otherKey = truoraStyleKey({ keyName: 'beto' })
  fixture.sim.addKey(otherKey)
  const beto = await fixture.addOperator('Beto Office', { apiKey: otherKey, passphrase: 'frase de Beto' })
  await fixture.switchTo(beto)
  expect((await fixture.backend.accounts.get(fixture.sim.accounts()[5]!.account_id)).ok).toBe(true)
  await fixture.sim.stop()
  const queued = await fixture.backend.accounts.create({ account_id: 'locked-gate-1' })
  expect(queued.ok && queued.data.status).toBe('queued')
  await fixture.sim.start()
  await fixture.backend.session.lock()
  await settle()
}, 60_000)

afterAll(async () => {
  await h?.close()
})

describe('a locked Backend', () => {
  it('lets exactly the lock screen’s calls through the gate', () => {
    const open = channelEntries()
      .filter((entry) => entry.whileLocked)
      .map((entry) => entry.channel)
    expect(open.sort()).toEqual([...LOCK_SCREEN].sort())
  })

  it.each(
    channelEntries()
      .filter((entry) => !entry.whileLocked)
      .map((entry) => [entry.channel] as const)
  )('%s answers locked, to a valid payload and to malformed ones, and touches nothing', async (channel) => {
    const before = await snapshotDir(h.fixture.dataDir)
    const keys = await h.fixture.keychain.entries()
    const requests = h.fixture.sim.requests.length
    const keyReads = h.fixture.keyReads.length
    for (const args of [VALID[channel]!, ...MALFORMED]) {
      const result = (await h.invoke(electron.appFrame, channel, ...args)) as {
        ok: boolean
        data?: unknown
        error?: { code: string; message: string }
      }
      expect(result.ok, `${channel} ${JSON.stringify(args).slice(0, 40)}`).toBe(false)
      expect(result.error?.code, channel).toBe('locked')
      // The answer says nothing of the operators' data.
      expect(JSON.stringify(result)).not.toMatch(/Ana|Beto|locked-gate|ACC|cliente/)
    }
    expect(await snapshotDir(h.fixture.dataDir)).toEqual(before)
    expect(await h.fixture.keychain.entries()).toEqual(keys)
    expect(h.fixture.sim.requests.length).toBe(requests)
    expect(h.fixture.keyReads.length).toBe(keyReads)
  })

  it('shows names only in the list, and whether a passphrase must be chosen', async () => {
    const list = (await h.invoke(electron.appFrame, 'operators:list')) as {
      ok: boolean
      data: { operators: Record<string, unknown>[] }
    }
    expect(list.ok).toBe(true)
    for (const operator of list.data.operators) {
      expect(Object.keys(operator).sort()).toEqual(['id', 'name', 'needsPassphrase'])
    }
    expect(list.data.operators.map((operator) => operator.name).sort()).toEqual(['Ana Field', 'Beto Office'])
  })

  it('opens again with the passphrase, to that operator’s data only', async () => {
    const unlocked = (await h.invoke(electron.appFrame, 'session:unlock', {
      operatorId: ana,
      passphrase: h.fixture.passphraseOf(ana)
    })) as { ok: boolean }
    expect(unlocked.ok).toBe(true)
    const page = (await h.invoke(electron.appFrame, 'accounts:search', { text: '', limit: 100 })) as {
      data: { total: number }
    }
    expect(page.data.total).toBe(4)
    const outbox = (await h.invoke(electron.appFrame, 'outbox:list')) as { data: unknown[] }
    // Beto's queued creation is Beto's.
    expect(outbox.data).toEqual([])
  })
})
