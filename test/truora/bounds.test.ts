// Bounds on what Truora's answers may cost (DESIGN.md §6 "Bounds"): bodies are capped while they
// stream — the read stops and the connection closes once over the endpoint's limit — and every record
// is kept within field limits, its hidden characters stripped. Hostile servers on loopback stream
// the oversized answers; the simulator sends the odd records.
import { gzipSync } from 'node:zlib'
import type { ServerResponse } from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTruoraClient } from '../../src/main/truora/client'
import { FIELD_LIMITS, RECORD_LIMITS } from '../../src/main/truora/bounded-record'
import { BODY_LIMITS } from '../../src/main/truora/read-body'
import type { TruoraClient } from '../../src/main/truora/types'
import { harness, KEY, type Harness } from '../support/truora-harness'
import { startHostileServer, type HostileServer } from '../support/hostile-server'

const MiB = 1024 * 1024
const ctx = { apiKey: KEY }

/** Writes `total` bytes of `"aaaa…"` inside `head` … `tail`, honouring back-pressure, until done or closed. */
async function stream(
  res: ServerResponse,
  server: HostileServer,
  head: string,
  total: number,
  tail: string
): Promise<void> {
  res.write(head)
  const chunk = Buffer.alloc(64 * 1024, 'a')
  let left = total
  while (left > 0 && !res.destroyed) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left)
    left -= piece.length
    server.bytesSent += piece.length
    if (!res.write(piece)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          res.off('drain', done)
          res.off('close', done)
          resolve()
        }
        res.on('drain', done)
        res.on('close', done)
      })
    }
  }
  if (!res.destroyed) res.end(tail)
}

function clientFor(server: HostileServer): TruoraClient {
  const base = `${server.url}/v1`
  return createTruoraClient({
    fetch: globalThis.fetch,
    endpoints: { validations: base, identity: base, account: base },
    retry: { attempts: 1 }
  })
}

describe('an answer larger than its endpoint accepts', () => {
  let server: HostileServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  it('a 64 MB account: the read stops early, nothing is kept, and it says too_large', async () => {
    const total = 64 * MiB
    server = await startHostileServer((_req, res, self) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      return stream(res, self, '{"account_id":"ACC1","first_name":"', total, '"}')
    })
    const result = await clientFor(server).accounts.get(ctx, 'ACC1')
    expect(result.ok ? 'accepted' : result.error).toMatchObject({
      code: 'bad_response',
      details: { reason: 'too_large', limitBytes: BODY_LIMITS.record }
    })
    // The connection was closed long before the server got to the end.
    expect(server.bytesSent).toBeLessThan(total / 4)
  })

  it('a declared Content-Length over the limit is refused without reading the body', async () => {
    server = await startHostileServer((_req, res, self) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(8 * MiB + 20) })
      return stream(res, self, '{"accounts":[],"x":"', 8 * MiB, '"}')
    })
    const page = await clientFor(server).accounts.listPage(ctx)
    expect(page.ok ? 'accepted' : page.error.details).toMatchObject({
      reason: 'too_large',
      limitBytes: BODY_LIMITS.listPage
    })
    expect(server.bytesSent).toBeLessThan(8 * MiB)
  })

  it('a small gzip body that inflates past the limit (a compression bomb) is cut as it inflates', async () => {
    const bomb = gzipSync(Buffer.from(`{"validation_id":"VLD1","x":"${'0'.repeat(32 * MiB)}"}`))
    expect(bomb.length).toBeLessThan(BODY_LIMITS.detail)
    server = await startHostileServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' })
      res.end(bomb)
    })
    const validation = await clientFor(server).validations.get(ctx, 'VLD1')
    expect(validation.ok ? 'accepted' : validation.error.details?.reason).toBe('too_large')
  })

  it('an error answer too large to read is still the error its status says', async () => {
    server = await startHostileServer((_req, res, self) => {
      res.writeHead(503, { 'Content-Type': 'text/html' })
      return stream(res, self, '<html>', 16 * MiB, '</html>')
    })
    const result = await clientFor(server).accounts.get(ctx, 'ACC1')
    expect(result.ok ? 'accepted' : result.error).toMatchObject({ code: 'server', details: { status: 503 } })
    expect(server.bytesSent).toBeLessThan(16 * MiB)
  })

  it('a history padded page after page stops once the whole list is too large', async () => {
    const pages = 40
    const padded = (page: number, n: number) => ({
      validation_id: `VLD${page}-${n}`,
      ...Object.fromEntries(Array.from({ length: 30 }, (_, f) => [`f${f}`, 'p'.repeat(FIELD_LIMITS.text)]))
    })
    server = await startHostileServer((req, res) => {
      const page = Number(new URL(req.url ?? '/', 'http://h').searchParams.get('start_key') ?? '0')
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(
        JSON.stringify({
          validations: [0, 1, 2, 3].map((n) => padded(page, n)),
          ...(page + 1 < pages ? { next: `/v1/accounts/ACC1/validations?start_key=${page + 1}` } : {})
        })
      )
    })
    const list = await clientFor(server).accounts.validations(ctx, 'ACC1')
    expect(list.ok ? `${list.data.length} items` : list.error).toMatchObject({
      code: 'bad_response',
      details: { reason: 'too_large' }
    })
    expect(server.requests.length).toBeLessThan(pages / 2)
  })

  it('a list page within its limit is read whole', async () => {
    const accounts = Array.from({ length: 1000 }, (_, n) => ({
      account_id: `ACC${n}`,
      notes: 'n'.repeat(2_000)
    }))
    const body = JSON.stringify({ accounts })
    expect(body.length).toBeGreaterThan(BODY_LIMITS.record)
    expect(body.length).toBeLessThan(BODY_LIMITS.listPage)
    server = await startHostileServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(body)
    })
    const page = await clientFor(server).accounts.listPage(ctx)
    expect(page.ok && page.data.items).toHaveLength(1000)
  })
})

describe('records kept within their field limits', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness({ accounts: 3 })
  })
  afterEach(() => h.sim.faults.clear())
  afterAll(async () => {
    await h.close()
  })

  const answer = (body: unknown) => h.sim.faults.next(1, { status: 200, body: JSON.stringify(body) })

  it('cuts a name longer than a person has to FIELD_LIMITS.short, and any other long text to FIELD_LIMITS.text', async () => {
    answer({
      account_id: 'ACC1',
      first_name: 'Ñ'.repeat(50_000),
      notes: 'x'.repeat(30_000),
      nested: { deep: ['y'.repeat(20_000)] },
      emoji: `${'a'.repeat(FIELD_LIMITS.text - 2)}😀😀`
    })
    const result = await h.client.accounts.get(h.ctx, 'ACC1')
    const account = result.ok ? result.data : undefined
    expect(account?.first_name).toBe(`${'Ñ'.repeat(FIELD_LIMITS.short - 1)}…`)
    expect(account?.notes).toBe(`${'x'.repeat(FIELD_LIMITS.text - 1)}…`)
    expect((account?.nested as { deep: string[] }).deep[0]).toHaveLength(FIELD_LIMITS.text)
    // Never half an emoji: the surrogate pair goes whole.
    expect(account?.emoji).toBe(`${'a'.repeat(FIELD_LIMITS.text - 2)}…`)
  })

  it('strips NUL, control, bidi-override and zero-width characters from every string', async () => {
    answer({
      account_id: 'ACC2',
      first_name: 'Ana\u0000 Mar\u202eía\u200b',
      last_name: 'Pe\u2066ña\u2069\u0007',
      email: 'ana\uFEFF@example.com',
      details: { text: 'line one\nline two\ttabbed\r\n\u009b', list: ['\u200dx\u061c'] },
      count: 3
    })
    const result = await h.client.accounts.get(h.ctx, 'ACC2')
    expect(result).toEqual({
      ok: true,
      data: {
        account_id: 'ACC2',
        first_name: 'Ana María',
        last_name: 'Peña',
        email: 'ana@example.com',
        details: { text: 'line one\nline two\ttabbed\r\n', list: ['x'] },
        count: 3
      }
    })
  })

  it('refuses, in a list, records whose ID is not a plain ID, that nest too deep, or that stay too big', async () => {
    let deep: unknown = 'bottom'
    for (let level = 0; level < FIELD_LIMITS.depth + 1; level++) deep = { level: deep }
    const wide = Object.fromEntries(Array.from({ length: 100 }, (_, n) => [`field${n}`, 'w'.repeat(1_000)]))
    expect(JSON.stringify(wide).length).toBeGreaterThan(RECORD_LIMITS.account)
    answer({
      accounts: [
        { account_id: 'ACC-kept', first_name: 'Inês' },
        { account_id: 'ACC\u202eevil' },
        { account_id: 'ACC with spaces' },
        { account_id: 'A'.repeat(FIELD_LIMITS.id + 1) },
        { account_id: '' },
        { account_id: 'ACC-deep', deep },
        { account_id: 'ACC-wide', ...wide },
        { account_id: 'ACC-also-kept', __proto__: 'plain data', constructor: 'x\u0000' }
      ]
    })
    const page = await h.client.accounts.listPage(h.ctx)
    const items = page.ok ? page.data.items : []
    expect(items.map((account) => account.account_id)).toEqual(['ACC-kept', 'ACC-also-kept'])
    expect(Object.getPrototypeOf(items[1])).toBe(Object.prototype)
    expect(items[1]!.constructor).toBe('x')
  })

  it('leaves a record that needs nothing alone: the same fields, in order', async () => {
    const expected = h.sim.accounts()[1]!
    const result = await h.client.accounts.get(h.ctx, expected.account_id)
    expect(result.ok && Object.keys(result.data)).toEqual(Object.keys(expected))
    expect(result).toEqual({ ok: true, data: expected })
  })
})
