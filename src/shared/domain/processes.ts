// An identity process's link and PDF: the link handed to the person, the PDF kept sealed in the cache.

export interface ProcessLink {
  link: string
  accountId: string
  flowId: string
  /** Truora says web tokens last about two hours (docs/truora-api.md "Account API (web tokens)"). */
  expiresAt: string
}

/**
 * A process PDF kept in the operator's cache (`processes.pdf`). Its bytes stay in main: the renderer
 * saves or opens it through `processes.savePdf` / `processes.openPdf`.
 */
export interface ProcessPdf {
  processId: string
  accountId?: string
  bytes: number
  fetchedAt: string
  source: 'cache' | 'network'
}

/** `evt:pdf-progress`: where the making of a process PDF stands while `processes.pdf` polls. */
export interface PdfProgress {
  processId: string
  /**
   * `requested` / `in_progress` as Truora said it (docs/truora-api.md "Digital Identity API"), then
   * `downloading`.
   */
  step: string
  /** Checks made so far, and the most that will be made before giving up. */
  attempt: number
  maxAttempts: number
}

/** A PDF written where the operator chose in the save dialog. */
export interface SavedFile {
  /** The file's name, without its folder (a path names the user: it is not shown or logged). */
  fileName: string
  bytes: number
}
