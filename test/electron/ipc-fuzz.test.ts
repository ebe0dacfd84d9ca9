// Fuzzing every channel from our own (trusted) window with payloads that are malformed by
// construction: wrong types, huge strings, deep nesting, cycles, `__proto__` keys, extra arguments,
// undefined and null, arrays for objects, non-JSON values structured clone carries. Each must come
// back as `invalid_input`, nothing may throw, and the Backend must not touch its data folder or the
// keychain — with an operator signed in, so a payload that slipped through would have something to write.
import { channelEntries } from '@shared/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkPayload } from '../../src/main/backend/payload-guard'
import * as electron from '../support/electron/electron-stand-in'
import { ipcHarness, snapshotDir, type IpcHarness } from '../support/electron/ipc-harness'
import { VALID } from '../support/valid-calls'

function nested(depth: number, leaf: unknown = 'x'): unknown {
  let value = leaf
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { a: value } : [value]
  return value
}

const cycle: Record<string, unknown> = { text: 'x' }
cycle.self = cycle

/**
 * Values no contract argument accepts in any position: not a short string (requests.cancel takes any
 * string up to 64), not `{}` (accounts.create and cache.clear take it), not undefined (an omitted
 * optional argument).
 */
const MALFORMED: unknown[] = [
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.MAX_SAFE_INTEGER,
  -0,
  true,
  false,
  null,
  [],
  [[]],
  ['ACC123'],
  [{ text: 'x' }],
  [1, 2, 3],
  Array.from({ length: 500 }, () => 'ACC123'),
  'a'.repeat(10_000),
  'a'.repeat(1_000_000),
  'é'.repeat(200),
  `../../${'x'.repeat(100)}/etc/passwd`,
  `ACC${'\0'.repeat(80)}`,
  ' '.repeat(100),
  `<script>alert(1)</script>${'x'.repeat(60)}`,
  `${'%2e%2e%2f'.repeat(20)}`,
  '\u202e'.repeat(70),
  `DROP TABLE accounts; --${'-'.repeat(60)}`,
  { x: 1 },
  { text: 5 },
  { text: ['x'] },
  { name: 5, apiKey: 5 },
  { name: 'A', apiKey: 'k'.repeat(5000) },
  { format: 'xml' },
  { keepOutbox: 'yes' },
  { requestId: '../../x' },
  { refresh: 'always' },
  { accountId: 5, flowId: 'IPF1', redirectUrl: 'https://x.example' },
  { accountId: 'ACC1', flowId: 'IPF1', redirectUrl: 'javascript:alert(1)' },
  { account_id: '../etc', email: 'not-an-email' },
  { account_id: 'A'.repeat(500) },
  { country: 'ZZZ', extra: true },
  { document_issue_date: '2999-01-01', unknown: 1 },
  { text: 'x', filters: { status: 'hacked' }, limit: -5 },
  JSON.parse('{"__proto__":{"isAdmin":true}}'),
  JSON.parse('{"text":"x","__proto__":{"polluted":1}}'),
  { constructor: { prototype: { polluted: 1 } } },
  { prototype: 1 },
  { text: 'x', filters: JSON.parse('{"__proto__":{}}') },
  // Deeper than ~2,500 levels the sender's own serializer overflows, so that never reaches main.
  nested(20),
  nested(200),
  nested(2_000),
  cycle,
  Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`k${i}`, i])),
  new Date(),
  new Map([['text', 'x']]),
  new Set(['x']),
  /ACC.*/,
  new Uint8Array(64),
  new ArrayBuffer(16),
  new Error('x'),
  10n
]

/** ≥ 100 malformed argument lists for a channel whose valid argument list is `valid`. */
function malformedFor(valid: unknown[]): unknown[][] {
  const payloads: unknown[][] = []
  for (const value of MALFORMED) {
    payloads.push([value]) // wrong first argument, or one too many
    payloads.push([...valid, value]) // wrong options, or an extra argument
    payloads.push([value, value]) // wrong everything
  }
  payloads.push(
    [undefined, 'x'],
    [null, ...valid],
    [...valid, {}, {}],
    [...valid, ...valid, 'x'],
    Array.from({ length: 100 }, () => valid[0] ?? 'x')
  )
  return payloads
}

let h: IpcHarness

beforeAll(async () => {
  h = await ipcHarness()
  await h.fixture.addOperator()
  // Let the new workspace settle: wait until two looks at the data folder agree.
  let previous = await snapshotDir(h.fixture.dataDir)
  for (;;) {
    await h.invoke(electron.appFrame, 'cache:stats')
    await new Promise((resolve) => setTimeout(resolve, 200))
    const current = await snapshotDir(h.fixture.dataDir)
    if (JSON.stringify([...current]) === JSON.stringify([...previous])) break
    previous = current
  }
})

afterAll(async () => {
  await h?.close()
})

describe('IPC fuzz', () => {
  it('has a valid example for every channel, and each passes its schema', () => {
    expect(Object.keys(VALID).sort()).toEqual(
      channelEntries()
        .map((entry) => entry.channel)
        .sort()
    )
    for (const entry of channelEntries())
      expect(entry.args.safeParse(VALID[entry.channel]).success, entry.channel).toBe(true)
  })

  it.each(channelEntries().map((entry) => [entry.channel, entry] as const))(
    '%s answers every malformed payload with invalid_input and writes nothing',
    async (channel, entry) => {
      const payloads = malformedFor(VALID[channel]!)
      expect(payloads.length).toBeGreaterThanOrEqual(100)
      const before = await snapshotDir(h.fixture.dataDir)
      const keys = await h.fixture.keychain.entries()
      const requests = h.fixture.sim.requests.length

      for (const [index, args] of payloads.entries()) {
        // Each payload really is malformed for this channel (so none of these passes by being valid):
        // its schema refuses it, or it is one of the non-JSON values zod lets through as an object
        // (a Date, Map, Set… has no own keys) that only the payload guard stops.
        const schemaRefuses = !entry.args.safeParse(args).success
        expect(schemaRefuses || !checkPayload(args).ok, `${channel} payload ${index}`).toBe(true)
        const result = (await h.invoke(electron.appFrame, channel, ...args)) as {
          ok: boolean
          error?: { code: string }
        }
        expect(result.ok, `${channel} payload ${index}`).toBe(false)
        expect(result.error?.code, `${channel} payload ${index}`).toBe('invalid_input')
      }

      expect(await snapshotDir(h.fixture.dataDir)).toEqual(before)
      expect(await h.fixture.keychain.entries()).toEqual(keys)
      expect(h.fixture.sim.requests.length - requests).toBe(0)
      expect(h.logs).toEqual([])
    }
  )
})
