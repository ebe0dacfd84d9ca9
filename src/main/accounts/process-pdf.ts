// `processes.pdf`, `processes.savePdf`, `processes.openPdf`: the process as the PDF Truora makes of it
// (TRUORA_API.md "Digital Identity API"). A kept PDF answers at once, offline too; otherwise Truora is
// polled with backoff while it makes the file (`evt:pdf-progress` after each check), the file is
// fetched from the redirect without the key (truora/pdf-file.ts), and sealed in the operator's cache
// (cache/pdf-store.ts). Only completed processes have one: a process the cache knows as pending is
// refused before any request, with words that say so.
import { randomBytes } from 'node:crypto'
import { rm, writeFile } from 'node:fs/promises'
import { replaceFile } from '../fs/atomic-file'
import { join } from 'node:path'
import type { Calls } from '@shared/contract'
import type { ProcessPdf } from '@shared/domain/processes'
import { fail, ok, type Result } from '@shared/result'
import type { RequestOptions } from '@shared/schemas'
import type { BackendContext } from '../backend/context'
import type { StoredPdf } from '../cache/pdf-store'
import { makePrivateFolder } from '../fs/private-folder'
import type { Workspace } from '../workspace/workspace'

/** Waits between checks: quick at first (a small PDF is ready in seconds), then every 8 s. */
const PDF_POLL_DELAYS_MS = [1_000, 2_000, 3_000, 5_000, 8_000, 8_000, 8_000, 8_000, 8_000, 8_000]

export interface PdfOptions {
  pollDelaysMs?: readonly number[]
  /** Where the operator saves the PDF (the save dialog); undefined when they cancel. */
  chooseFile: (suggestedName: string) => Promise<Result<string>>
  /** Opens a file with the system's viewer (Electron's shell.openPath); absent: `openPdf` is refused. */
  openFile?: (path: string) => Promise<Result<null>>
}

/** What the cache knows of the process's state, from its result or its account's process list. */
async function knownStatus(
  ws: Workspace,
  processId: string,
  accountId?: string
): Promise<string | undefined> {
  const result = (await ws.cache.processes.result(processId))?.data
  if (typeof result?.status === 'string') return result.status
  if (accountId === undefined) return undefined
  const listed = (await ws.cache.processes.forAccount(accountId))?.data.find(
    (p) => p.process_id === processId
  )
  return typeof listed?.status === 'string' ? listed.status : undefined
}

async function accountOf(ws: Workspace, processId: string): Promise<string | undefined> {
  const id = (await ws.cache.processes.result(processId))?.data.account_id
  if (typeof id === 'string') return id
  const found = await ws.directory.truoraId(processId)
  return found?.kind === 'process' ? found.accountIds[0] : undefined
}

const summary = (pdf: StoredPdf, source: ProcessPdf['source']): ProcessPdf => ({
  processId: pdf.processId,
  ...(pdf.accountId ? { accountId: pdf.accountId } : {}),
  bytes: pdf.bytes.length,
  fetchedAt: pdf.fetchedAt,
  source
})

export function processPdfService(
  ctx: BackendContext,
  options: PdfOptions
): Pick<Calls['processes'], 'pdf' | 'savePdf' | 'openPdf'> & { cleanUp(): Promise<void> } {
  const delays = options.pollDelaysMs ?? PDF_POLL_DELAYS_MS
  const openFolder = join(ctx.dataDir, 'opened-pdfs')

  async function fetchPdf(
    ws: Workspace,
    processId: string,
    signal: AbortSignal | undefined
  ): Promise<Result<StoredPdf>> {
    const maxAttempts = delays.length + 1
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const call = await ctx.callContext(ws.operatorId, signal)
      if (!call.ok) return call
      const step = await ctx.observed(ctx.client.identity.pdfStep(call.data, processId))
      if (!step.ok) return step
      if (step.data.kind === 'ready') {
        ctx.events.emit('evt:pdf-progress', { processId, step: 'downloading', attempt, maxAttempts })
        const file = await ctx.client.files.pdf(call.data, step.data.fileUrl)
        if (!file.ok) return file
        const accountId = await accountOf(ws, processId)
        return ok({
          processId,
          ...(accountId ? { accountId } : {}),
          fetchedAt: ctx.now().toISOString(),
          bytes: file.data
        })
      }
      ctx.events.emit('evt:pdf-progress', { processId, step: step.data.fileStatus, attempt, maxAttempts })
      const wait = delays[attempt - 1]
      if (wait === undefined) break
      try {
        await ctx.sleep(wait, signal)
      } catch {
        return fail('cancelled', 'The PDF download was cancelled.')
      }
    }
    return fail('timeout', 'Truora is still making the PDF of this process. Try again in a few minutes.', {
      reason: 'pdf_not_ready'
    })
  }

  /** The kept PDF, or a clear failure saying it was not downloaded yet. */
  async function kept(processId: string): Promise<Result<{ ws: Workspace; pdf: StoredPdf }>> {
    const opened = await ctx.workspace()
    if (!opened.ok) return opened
    const pdf = await opened.data.pdfs.get(processId)
    return pdf
      ? ok({ ws: opened.data, pdf })
      : fail('not_found', 'This process PDF has not been downloaded yet.', { reason: 'pdf_not_kept' })
  }

  const fileName = (processId: string): string =>
    `truora-process-${processId.replace(/[^A-Za-z0-9_-]/g, '_')}.pdf`

  return {
    async pdf(processId: string, requestOptions?: RequestOptions) {
      const opened = await ctx.workspace()
      if (!opened.ok) return opened
      const ws = opened.data
      if (!requestOptions?.refresh) {
        const stored = await ws.pdfs.get(processId)
        if (stored) return ok(summary(stored, 'cache'))
      }
      const status = await knownStatus(ws, processId, await accountOf(ws, processId))
      if (status !== undefined && status !== 'success' && status !== 'failure') {
        return fail('conflict', 'This identity process has not finished, so Truora has no PDF of it yet.', {
          reason: 'process_not_completed',
          status
        })
      }
      const fetched = await ctx.requests.run(requestOptions?.requestId, (signal) =>
        ctx.track(fetchPdf(ws, processId, signal))
      )
      if (!fetched.ok) return fetched
      try {
        await ws.pdfs.put(fetched.data)
      } catch {
        return fail('internal', 'The PDF could not be kept: the disk refused the write.', { reason: 'disk' })
      }
      return ok(summary(fetched.data, 'network'))
    },

    async savePdf(processId: string) {
      const found = await kept(processId)
      if (!found.ok) return found
      const chosen = await options.chooseFile(fileName(processId))
      if (!chosen.ok) return chosen
      const file = chosen.data
      try {
        // Plaintext by the operator's choice, like an export (README "What is stored where"); written
        // beside the chosen name and renamed, so a full disk never leaves a cut-short PDF under it.
        await replaceFile(file, found.data.pdf.bytes, { inFolder: 'existing' })
      } catch {
        return fail('internal', 'The PDF could not be saved there: the disk refused the write.', {
          reason: 'disk'
        })
      }
      return ok({ fileName: file.split(/[\\/]/).pop() ?? '', bytes: found.data.pdf.bytes.length })
    },

    async openPdf(processId: string) {
      if (!options.openFile) return fail('forbidden', 'This app cannot open files with another program.')
      const found = await kept(processId)
      if (!found.ok) return found
      // The viewer needs a plain file: it goes into a private folder of the app's, emptied when the app
      // closes and again when it starts (cleanUp), never beside the operator's documents.
      const folder = join(openFolder, randomBytes(6).toString('hex'))
      const file = join(folder, fileName(processId))
      try {
        await makePrivateFolder(folder, ctx.dataDir)
        await writeFile(file, found.data.pdf.bytes, { mode: 0o600 })
      } catch {
        return fail('internal', 'The PDF could not be opened: the disk refused the write.', {
          reason: 'disk'
        })
      }
      return options.openFile(file)
    },

    async cleanUp() {
      await rm(openFolder, { recursive: true, force: true }).catch(() => undefined)
    }
  }
}
