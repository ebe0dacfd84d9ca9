// The preload against the `electron` stand-in: it exposes exactly `api`, one function per contract
// channel that invokes exactly that channel, and event subscription that strips the IPC event.
import { describe, expect, it, vi } from 'vitest'
import { EVENT_NAMES } from '@shared/channels'
import { channelEntries } from '@shared/contract'

vi.mock('electron', () => import('../support/electron/electron-stand-in'))

const electron = await import('../support/electron/electron-stand-in')
await import('../../src/preload/index')

type Fn = (...args: unknown[]) => Promise<unknown>
const api = electron.contextBridge.exposed.get('api') as Record<string, Record<string, Fn>> & {
  events: { on(name: unknown, listener: unknown): () => void }
}

describe('preload', () => {
  it('exposes exactly one key, `api`, and nothing of Electron or Node', () => {
    expect([...electron.contextBridge.exposed.keys()]).toEqual(['api'])
    const domains = [...new Set(channelEntries().map((entry) => entry.domain))]
    expect(Object.keys(api).sort()).toEqual([...domains, 'events'].sort())
  })

  it('has one function per channel and nothing else', () => {
    const exposed = Object.entries(api)
      .filter(([domain]) => domain !== 'events')
      .flatMap(([domain, methods]) => Object.keys(methods).map((method) => `${domain}.${method}`))
    expect(exposed.sort()).toEqual(
      channelEntries()
        .map((e) => `${e.domain}.${e.method}`)
        .sort()
    )
    for (const { domain, method } of channelEntries()) expect(typeof api[domain]?.[method]).toBe('function')
    expect(Object.keys(api.events)).toEqual(['on'])
  })

  it.each(channelEntries())('$domain.$method invokes $channel with the arguments as given', async (entry) => {
    const seen: unknown[][] = []
    electron.ipcMain.handlers.set(entry.channel, (_event, ...args) => {
      seen.push(args)
      return { ok: true, data: entry.channel }
    })
    const result = await api[entry.domain]![entry.method]!('first', { second: 2 })
    expect(result).toEqual({ ok: true, data: entry.channel })
    expect(seen).toEqual([['first', { second: 2 }]])
    electron.ipcMain.handlers.delete(entry.channel)
  })

  it.each(EVENT_NAMES)('events.on(%s) hands the listener the payload only, until unsubscribed', (name) => {
    const received: unknown[][] = []
    const unsubscribe = api.events.on(name, (...args: unknown[]) => received.push(args))
    const contents = new electron.StandInWebContents()
    contents.send(name, { n: 1 })
    expect(received).toEqual([[{ n: 1 }]])
    unsubscribe()
    contents.send(name, { n: 2 })
    expect(received).toEqual([[{ n: 1 }]])
    expect(electron.ipcRenderer.listenerCount(name)).toBe(0)
  })

  it.each(['operators:add', 'evt:unknown', '__proto__', 42, null])(
    'refuses to listen to %s, which is not a contract event',
    (name) => {
      const unsubscribe = api.events.on(name, () => {})
      expect(typeof unsubscribe).toBe('function')
      expect(electron.ipcRenderer.eventNames()).toEqual([])
    }
  )

  it('refuses a listener that is not a function', () => {
    api.events.on('evt:connectivity', 'alert(1)')
    expect(electron.ipcRenderer.listenerCount('evt:connectivity')).toBe(0)
  })
})
