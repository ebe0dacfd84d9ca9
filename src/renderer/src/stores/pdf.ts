// Process PDFs (`processes.pdf`, Truora's "PDF per process"): where each stands while Truora makes
// it (`evt:pdf-progress`), and once kept in the cache, saving or opening it. The bytes stay in main.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { PdfProgress, ProcessPdf, SavedFile } from '@shared/domain/processes'
import type { AppError, Result } from '@shared/result'
import { api } from '../api'
import { newRequestId } from '../lib/request-id'

export type PdfState =
  | { state: 'working'; progress?: PdfProgress }
  | { state: 'ready'; pdf: ProcessPdf }
  | { state: 'error'; error: AppError }

export const usePdfStore = defineStore('pdf', () => {
  const byProcess = ref(new Map<string, PdfState>())
  let unsubscribe: (() => void) | undefined

  function set(processId: string, state: PdfState): void {
    byProcess.value = new Map(byProcess.value).set(processId, state)
  }

  async function fetch(processId: string): Promise<void> {
    set(processId, { state: 'working' })
    const result = await api().processes.pdf(processId, { requestId: newRequestId() })
    set(processId, result.ok ? { state: 'ready', pdf: result.data } : { state: 'error', error: result.error })
  }

  function save(processId: string): Promise<Result<SavedFile>> {
    return api().processes.savePdf(processId)
  }

  function open(processId: string): Promise<Result<null>> {
    return api().processes.openPdf(processId)
  }

  function init(): void {
    unsubscribe ??= api().events.on('evt:pdf-progress', (progress) => {
      const now = byProcess.value.get(progress.processId)
      if (now?.state === 'working') set(progress.processId, { state: 'working', progress })
    })
  }

  return { byProcess, fetch, save, open, init }
})
