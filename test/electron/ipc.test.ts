// ipc.ts against a real Backend: one handler per channel, the sender check before anything else,
// payloads parsed before the Backend sees them, and Backend events forwarded to the window.
import { channelEntries } from '@shared/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually, FIXTURE_PASSPHRASE } from '../support/backend-fixture'
import * as electron from '../support/electron/electron-stand-in'
import { ipcHarness, snapshotDir, type IpcHarness } from '../support/electron/ipc-harness'

let h: IpcHarness
const app = electron.appFrame

beforeAll(async () => {
  h = await ipcHarness()
})

afterAll(async () => {
  await h?.close()
})

type AnyResult = {
  ok: boolean
  data?: unknown
  error?: { code: string; message: string; details?: Record<string, unknown> }
}
const call = (frame: electron.StandInFrame | null, channel: string, ...args: unknown[]) =>
  h.invoke(frame, channel, ...args) as Promise<AnyResult>

describe('registerIpc', () => {
  it('registers every contract channel exactly once, and nothing else', () => {
    const channels = channelEntries().map((entry) => entry.channel)
    expect([...electron.ipcMain.handleCalls].sort()).toEqual([...channels].sort())
    expect(new Set(electron.ipcMain.handleCalls).size).toBe(electron.ipcMain.handleCalls.length)
  })

  it('answers a call from our own window', async () => {
    expect(await call(app, 'operators:list')).toEqual({ ok: true, data: expect.anything() })
  })
})

describe('sender check', () => {
  const attackers: [string, electron.StandInFrame | null][] = [
    ['a remote page', { url: 'https://evil.example/', parent: null }],
    ['a Truora page', { url: 'https://identity.truora.com/', parent: null }],
    ['a file:// page', { url: 'file:///tmp/index.html', parent: null }],
    ['another app:// host', { url: 'app://evil/index.html', parent: null }],
    ['the dev server in a packaged app', { url: 'http://localhost:5173/', parent: null }],
    ['about:blank', { url: 'about:blank', parent: null }],
    ['an iframe inside our window', { url: 'app://app/index.html', parent: app }],
    ['a destroyed frame', null]
  ]

  it.each(attackers)('refuses %s with forbidden, and the Backend does nothing', async (_label, frame) => {
    const before = await snapshotDir(h.fixture.dataDir)
    const keys = await h.fixture.keychain.entries()
    const result = await call(frame, 'operators:add', { name: 'Intruder', apiKey: h.fixture.sim.key })
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'forbidden' }) })
    expect(await h.fixture.keychain.entries()).toEqual(keys)
    expect(await snapshotDir(h.fixture.dataDir)).toEqual(before)
    const operators = await call(app, 'operators:list')
    expect(JSON.stringify(operators)).not.toContain('Intruder')
  })

  it('refuses a frame whose URL can no longer be read', async () => {
    const gone = Object.defineProperty({ parent: null }, 'url', {
      get() {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed')
      }
    }) as electron.StandInFrame
    expect(await call(gone, 'operators:list')).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'forbidden' })
    })
  })
})

describe('payload parsing', () => {
  it('refuses a malformed payload with invalid_input and field issues, never echoing the key', async () => {
    const secret = `${h.fixture.sim.key}-not-really`
    const result = await call(app, 'operators:add', { name: '', apiKey: secret, extra: 1 })
    expect(result.ok).toBe(false)
    expect(result.error?.code).toBe('invalid_input')
    const nameIssue = expect.objectContaining({ path: expect.stringMatching(/^(0\.)?name$/) })
    expect(result.error?.details?.issues).toEqual(expect.arrayContaining([nameIssue]))
    expect(JSON.stringify(result)).not.toContain(secret)
  })

  it('refuses a payload the guard stops before the schema, saying why', async () => {
    // A lock screen call: while locked every other call answers `locked` before its payload is read.
    const result = await call(
      app,
      'session:unlock',
      JSON.parse('{"operatorId":"x","passphrase":"y","__proto__":{"polluted":true}}')
    )
    expect(result.error?.code).toBe('invalid_input')
    expect(result.error?.details).toEqual({ reason: 'forbidden_key', path: '[0].__proto__' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('accepts an omitted optional argument sent as undefined', async () => {
    const result = await call(app, 'cache:clear', undefined)
    expect(result.error?.code).not.toBe('invalid_input')
  })
})

describe('a whole call through IPC', () => {
  it('adds an operator and forwards the Backend event to the window', async () => {
    const added = await call(app, 'operators:add', {
      name: 'Field agent',
      apiKey: h.fixture.sim.key,
      passphrase: FIXTURE_PASSPHRASE
    })
    expect(added.ok).toBe(true)
    const list = await call(app, 'operators:list')
    expect(JSON.stringify(list.data)).toContain('Field agent')
    // The key went to the keychain, not into the answer.
    expect(JSON.stringify(added)).not.toContain(h.fixture.sim.key)
    const sent = await eventually(() =>
      h.window.sent.find((message) => message.channel === 'evt:operator-changed')
    )
    expect(JSON.stringify(sent.payload)).toContain('Field agent')
  })

  it('sends nothing to a destroyed window, and again once there is a live one', async () => {
    const changes = () => h.window.sent.filter((message) => message.channel === 'evt:session-changed').length
    const before = changes()

    h.window.destroyed = true
    expect((await call(app, 'session:lock')).ok).toBe(true)
    expect(changes()).toBe(before)

    h.window.destroyed = false
    const first = (await call(app, 'operators:list')) as { data: { activeId: string } }
    const unlocked = await call(app, 'session:unlock', {
      operatorId: first.data.activeId,
      passphrase: FIXTURE_PASSPHRASE
    })
    expect(unlocked.ok).toBe(true)
    await eventually(() => changes() === before + 1)
  })

  it('removes every handler and stops forwarding once unregistered', async () => {
    h.unregister()
    expect(electron.ipcMain.handlers.size).toBe(0)
    const count = h.window.sent.length
    // Locking makes the Backend emit evt:session-changed (shown above); nothing may reach the window.
    expect((await h.fixture.backend.session.lock()).ok).toBe(true)
    expect(h.window.sent.length).toBe(count)
  })
})
