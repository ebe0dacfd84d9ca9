// `processes.pdf` / `savePdf` / `openPdf` on a real Backend against the simulator: polled while Truora
// makes the file (progress after each check), fetched without the key, kept sealed in the operator's
// folder, reopened offline and after a restart; a pending process is refused before any request.
import { copyFile, readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PdfProgress } from '@shared/domain/processes'
import { backendFixture, eventually, type BackendFixture } from '../support/backend-fixture'
import { processWithStatus } from '../support/sim-history'

describe('the process PDF through the Backend', () => {
  let f: BackendFixture
  let operatorId: string
  const opened: string[] = []
  beforeEach(async () => {
    opened.length = 0
    f = await backendFixture({
      backend: {
        pdfPollDelaysMs: [5, 5, 5],
        openFile: async (path) => {
          opened.push(path)
          return { ok: true, data: null }
        }
      }
    })
    operatorId = await f.addOperator()
  })
  afterEach(async () => {
    await f.close()
  })

  it('polls while Truora makes it, keeps it sealed, and reopens it offline and after a restart', async () => {
    const { accountId, process } = await processWithStatus(f.sim, 'success')
    expect((await f.backend.accounts.processes(accountId)).ok).toBe(true)
    const progress: PdfProgress[] = []
    f.backend.events.on('evt:pdf-progress', (event) => progress.push(event))

    const pdf = await f.backend.processes.pdf(process.process_id)
    if (!pdf.ok) throw new Error(pdf.error.message)
    expect(pdf.data).toMatchObject({ processId: process.process_id, source: 'network' })
    expect(progress.map((event) => event.step)).toEqual(['requested', 'in_progress', 'downloading'])
    const file = f.sim.requests.find((r) => r.path.startsWith('/files/'))
    expect(file?.headers['truora-api-key']).toBeUndefined()

    // Sealed: nothing in the operator's folder shows the PDF or the process ID in clear.
    const folder = join(f.dataDir, 'operators')
    for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue
      // A temp file of the cache's writer may be gone by now: only what is there is read.
      const bytes = await readFile(join(entry.parentPath, entry.name)).catch(() => Buffer.alloc(0))
      expect(bytes.includes('%PDF-')).toBe(false)
      expect(bytes.includes(process.process_id)).toBe(false)
    }

    await f.sim.stop()
    const offline = await f.backend.processes.pdf(process.process_id)
    expect(offline.ok ? offline.data.source : offline.error.code).toBe('cache')
    const saved = await f.backend.processes.savePdf(process.process_id)
    if (!saved.ok) throw new Error(saved.error.message)
    const written = await readFile(join(f.exportsDir, saved.data.fileName))
    expect(written.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(written.length).toBe(pdf.data.bytes)

    const restarted = await f.restart()
    const again = await restarted.processes.pdf(process.process_id)
    expect(again.ok ? again.data.source : again.error.code).toBe('cache')
    expect(f.sim.count({ pathPrefix: `/v1/processes/${process.process_id}/pdf` })).toBe(3)
  })

  it('refuses a process the cache knows as pending, before asking Truora', async () => {
    const { accountId, process } = await processWithStatus(f.sim, 'pending')
    // As the account view reads them: the account and its processes.
    expect((await f.backend.accounts.get(accountId)).ok).toBe(true)
    expect((await f.backend.accounts.processes(accountId)).ok).toBe(true)
    const pdf = await f.backend.processes.pdf(process.process_id)
    expect(pdf.ok ? 'fetched' : pdf.error).toMatchObject({
      code: 'conflict',
      details: { reason: 'process_not_completed', status: 'pending' }
    })
    expect(f.sim.count({ pathPrefix: `/v1/processes/${process.process_id}/pdf` })).toBe(0)
  })

  it('gives up with words when Truora never finishes making it', async () => {
    f.sim.configure({ pdf: { polls: 50 } })
    const { process } = await processWithStatus(f.sim, 'failure')
    const pdf = await f.backend.processes.pdf(process.process_id)
    expect(pdf.ok ? 'fetched' : pdf.error).toMatchObject({
      code: 'timeout',
      details: { reason: 'pdf_not_ready' }
    })
    expect(f.sim.count({ pathPrefix: `/v1/processes/${process.process_id}/pdf` })).toBe(4)
  })

  it('opens the kept PDF from a private temporary folder that closing the app removes', async () => {
    const { process } = await processWithStatus(f.sim, 'success')
    expect((await f.backend.processes.openPdf(process.process_id)).ok).toBe(false)
    expect((await f.backend.processes.pdf(process.process_id)).ok).toBe(true)
    expect((await f.backend.processes.openPdf(process.process_id)).ok).toBe(true)
    const path = opened[0]!
    expect((await readFile(path)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    if (process.platform !== 'win32') expect((await stat(join(path, '..'))).mode & 0o077).toBe(0)
    await f.backend.close()
    await expect(stat(path)).rejects.toThrow()
  })

  it('forgets a kept PDF with the rest of the cache once past the retention, and opens no swapped file', async () => {
    const { accountId, process } = await processWithStatus(f.sim, 'success')
    const other = await processWithStatus(f.sim, 'failure')
    expect((await f.backend.accounts.get(accountId)).ok).toBe(true)
    expect((await f.backend.processes.pdf(process.process_id)).ok).toBe(true)
    expect((await f.backend.processes.pdf(other.process.process_id)).ok).toBe(true)
    const folder = join(f.dataDir, 'operators', operatorId, 'pdfs')
    const files = (await readdir(folder)).filter((name) => name.endsWith('.pdf.sealed'))
    expect(files).toHaveLength(2)

    // One PDF's file copied over the other's name: it does not pass for the other process.
    await copyFile(join(folder, files[0]!), join(folder, files[1]!))
    await f.sim.stop()
    const answers = await Promise.all(
      [process.process_id, other.process.process_id].map((id) => f.backend.processes.pdf(id))
    )
    expect(answers.filter((answer) => answer.ok && answer.data.source === 'cache')).toHaveLength(1)
    await f.sim.start()

    expect((await f.backend.preferences.update({ retentionDays: 30 })).ok).toBe(true)
    f.clock.advance(31 * 24 * 3_600_000)
    await f.unlock(operatorId)
    await eventually(async () => (await readdir(folder)).length === 0)
  })
})
