// The process PDF as the client sees it (TRUORA_API.md "Digital Identity API"): 202 "requested", 202
// "in_progress", then 302 to a presigned file fetched WITHOUT the key (DESIGN.md §6 "Egress"); a
// redirect to plain http or an unexpected host is refused before anything is sent there.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { presignedRefusal } from '../../src/main/truora/presigned-url'
import { harness, type Harness } from '../support/truora-harness'
import { processWithStatus } from '../support/sim-history'

describe('the process PDF: poll, redirect, file', () => {
  let h: Harness
  beforeEach(async () => {
    h = await harness()
  })
  afterEach(async () => {
    await h.close()
  })

  it('answers requested, then in_progress, then the presigned file, which is a PDF fetched without the key', async () => {
    const { process } = await processWithStatus(h.sim, 'success')
    const first = await h.client.identity.pdfStep(h.ctx, process.process_id)
    const second = await h.client.identity.pdfStep(h.ctx, process.process_id)
    const third = await h.client.identity.pdfStep(h.ctx, process.process_id)
    expect(first).toEqual({ ok: true, data: { kind: 'preparing', fileStatus: 'requested' } })
    expect(second).toEqual({ ok: true, data: { kind: 'preparing', fileStatus: 'in_progress' } })
    if (!third.ok || third.data.kind !== 'ready') throw new Error(`not ready: ${JSON.stringify(third)}`)
    expect(third.data.fileUrl).toMatch(new RegExp(`^${h.sim.url}/files/.+\\.pdf\\?X-Amz-Expires=900`))

    const file = await h.client.files.pdf(h.ctx, third.data.fileUrl)
    if (!file.ok) throw new Error(file.error.message)
    expect(file.data.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(file.data.toString('latin1')).toContain(process.process_id)
    const pdfCalls = h.sim.requests.filter((r) => r.path.endsWith('/pdf'))
    const fileCalls = h.sim.requests.filter((r) => r.path.startsWith('/files/'))
    expect(pdfCalls.map((r) => r.headers['truora-api-key'])).toEqual(['<key>', '<key>', '<key>'])
    expect(fileCalls).toHaveLength(1)
    expect(fileCalls[0]!.headers['truora-api-key']).toBeUndefined()
    expect(JSON.stringify(fileCalls[0]!.headers)).not.toContain(h.ctx.apiKey)
  })

  it('says not_found for a process that is still pending', async () => {
    const { process } = await processWithStatus(h.sim, 'pending')
    const step = await h.client.identity.pdfStep(h.ctx, process.process_id)
    expect(step.ok ? step.data : step.error.code).toBe('not_found')
  })

  it.each([
    ['plain-http', 'scheme'],
    ['private-host', 'host']
  ] as const)('refuses a redirect to %s without contacting it', async (fault, refusal) => {
    h.sim.configure({ pdf: { polls: 0, fault } })
    const fetched: string[] = []
    const client = h.clientWith({
      fetch: (input, init) => {
        fetched.push(input instanceof URL ? input.href : typeof input === 'string' ? input : input.url)
        return globalThis.fetch(input, init)
      }
    })
    const { process } = await processWithStatus(h.sim, 'success')
    const step = await client.identity.pdfStep(h.ctx, process.process_id)
    if (!step.ok || step.data.kind !== 'ready') throw new Error('expected the redirect')
    const file = await client.files.pdf(h.ctx, step.data.fileUrl)
    expect(file.ok ? 'fetched' : file.error.details).toMatchObject({ reason: 'file_host', refusal })
    // Only the simulator's own API was asked; nothing went to the redirect's host.
    expect(fetched.every((url) => url.startsWith(h.sim.url))).toBe(true)
    expect(fetched.filter((url) => url.includes('/files/'))).toEqual([])
  })

  it.each([
    ['not-pdf', 'bad_response', 'not_pdf'],
    ['expired', 'expired', undefined]
  ] as const)('refuses a file that is %s', async (fault, code, reason) => {
    h.sim.configure({ pdf: { polls: 0, fault } })
    const { process } = await processWithStatus(h.sim, 'success')
    const step = await h.client.identity.pdfStep(h.ctx, process.process_id)
    if (!step.ok || step.data.kind !== 'ready') throw new Error('expected the redirect')
    const file = await h.client.files.pdf(h.ctx, step.data.fileUrl)
    expect(file.ok ? 'fetched' : file.error.code).toBe(code)
    if (reason && !file.ok) expect(file.error.details?.reason).toBe(reason)
  })

  it('reports a redirect without Location as a bad answer', async () => {
    h.sim.configure({ pdf: { polls: 0, fault: 'no-location' } })
    const { process } = await processWithStatus(h.sim, 'success')
    const step = await h.client.identity.pdfStep(h.ctx, process.process_id)
    expect(step.ok ? step.data : step.error.details?.reason).toBe('no_location')
  })
})

describe('which file URLs may be fetched', () => {
  const rows: [url: string, loopbackSetup: boolean, expected: string | undefined][] = [
    ['https://truora-pdfs.s3.amazonaws.com/IDP1.pdf?X-Amz-Signature=a', false, undefined],
    ['https://files.truora.com/p/IDP1.pdf', false, undefined],
    ['http://truora-pdfs.s3.amazonaws.com/IDP1.pdf', false, 'scheme'],
    ['ftp://truora-pdfs.s3.amazonaws.com/IDP1.pdf', false, 'scheme'],
    ['https://truora-pdfs.s3.amazonaws.com:8443/IDP1.pdf', false, 'port'],
    ['https://user:pw@truora-pdfs.s3.amazonaws.com/IDP1.pdf', false, 'credentials'],
    ['https://10.1.2.3/IDP1.pdf', false, 'host'],
    ['https://[::1]/IDP1.pdf', false, 'host'],
    ['https://localhost/IDP1.pdf', false, 'host'],
    ['https://metadata/IDP1.pdf', false, 'host'],
    ['https://files.internal/IDP1.pdf', false, 'host'],
    ['https://printer.local/IDP1.pdf', false, 'host'],
    ['http://127.0.0.1:4010/files/IDP1.pdf', false, 'scheme'],
    // With every endpoint on loopback (the simulator), its http file server is allowed, and only it.
    ['http://127.0.0.1:4010/files/IDP1.pdf', true, undefined],
    ['http://localhost:4010/files/IDP1.pdf', true, undefined],
    ['http://files.example.com/IDP1.pdf', true, 'scheme'],
    ['https://10.1.2.3/IDP1.pdf', true, 'host']
  ]
  it.each(rows)('%s (loopback setup: %s) → %s', (url, loopback, expected) => {
    expect(presignedRefusal(url, { allowLoopbackHttp: loopback })).toBe(expected)
  })
})
