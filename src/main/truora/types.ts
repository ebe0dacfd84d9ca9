// What the Backend needs from the Truora HTTP client. Every method resolves to a Result and never
// throws; errors carry the contract's codes (docs/architecture.md §2, docs/truora-api.md "Errors")
// and never the API key.
import type { Result } from '@shared/result'
import type { ProcessLink } from '@shared/domain/processes'
import type { Account, IdentityProcess, ProcessResult, Validation } from '@shared/domain/truora-records'
import type { AccountCreateFields } from '@shared/schemas'
import type { Endpoints } from './endpoints'
import type { CreatedValidation, ValidationForm } from './create-validation'
import type { ImageUpload } from './upload-image'
import type { PdfStep } from './process-pdf'

/** What a web token is made from; `phone` (E.164) and `emails` are the account's, where known. */
export interface WebTokenInput {
  accountId: string
  flowId: string
  redirectUrl: string
  phone?: string
  emails?: string
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
  /** No retry starts after this much time has passed since the first attempt. */
  maxTotalMs: number
}

export interface TruoraClientOptions {
  fetch: typeof globalThis.fetch
  endpoints: Endpoints
  /** Per attempt; default 15 000 ms. */
  timeoutMs?: number
  /** One image upload (up to 8 MB on a field connection); default 120 000 ms. */
  uploadTimeoutMs?: number
  /**
   * The most a read someone waits for takes across its retries (default 12 000 ms, transport.ts
   * INTERACTIVE_BUDGET_MS); background calls (`CallContext.background`) follow `timeoutMs` and `retry`.
   */
  interactiveBudgetMs?: number
  retry?: Partial<RetryPolicy>
  /** Waits between retries; tests may pass a faster one. Must reject when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Receives one redacted line per request outcome (method, path, status, ms); never the key. */
  log?: (line: string) => void
  /** Clock for web-token expiry, `Retry-After` dates and the retry time budget; default the system clock. */
  now?: () => Date
}

/** Per call: the operator's key, read from the keychain just for this call, and a cancel signal. */
export interface CallContext {
  apiKey: string
  signal?: AbortSignal
  /** Nobody is waiting for this call (the mirror): it may take the longer retry policy. */
  background?: boolean
}

export interface Page<T> {
  items: T[]
  /** The opaque `start_key` of the next page; absent on the last page. */
  nextKey?: string
}

export interface TruoraClient {
  accounts: {
    get(ctx: CallContext, accountId: string): Promise<Result<Account>>
    /**
     * Creates an account. With an `account_id`, checks with GET first (exists → `conflict` carrying
     * `details.account`). Never retried blindly: a timeout after sending is resolved with a GET when the
     * ID is known; otherwise `timeout` with `details.outcome = 'unknown'`.
     */
    create(ctx: CallContext, fields: AccountCreateFields): Promise<Result<Account>>
    /** One page of `GET /v1/accounts`. */
    listPage(
      ctx: CallContext,
      options?: { startKey?: string; limit?: number }
    ): Promise<Result<Page<Account>>>
    /** Every page of `GET /v1/accounts/{id}/validations`, concatenated. */
    validations(ctx: CallContext, accountId: string): Promise<Result<Validation[]>>
  }
  validations: {
    /** `GET /v1/validations/{id}?show_details=true`. */
    get(ctx: CallContext, validationId: string): Promise<Result<Validation>>
    /** `POST /v1/validations`, sent once: the validation's ID and where each image goes. */
    create(ctx: CallContext, form: ValidationForm): Promise<Result<CreatedValidation>>
  }
  uploads: {
    /**
     * `PUT` of one image to the presigned URL Truora named, WITHOUT the key (the context's key is only
     * checked against the URL and kept out of messages); `expired` for a link that answers 403.
     */
    put(ctx: CallContext, upload: ImageUpload): Promise<Result<null>>
  }
  identity: {
    /** Every page of `GET /v1/processes/?search=<account_id>`, concatenated. */
    processes(ctx: CallContext, accountId: string): Promise<Result<IdentityProcess[]>>
    /** `GET /v1/processes/{id}/result`. */
    result(ctx: CallContext, processId: string): Promise<Result<ProcessResult>>
    /** One step of `GET /v1/processes/{id}/pdf`: still being made, or the file's presigned URL. */
    pdfStep(ctx: CallContext, processId: string): Promise<Result<PdfStep>>
  }
  files: {
    /**
     * The process PDF from its presigned URL: without the key, https only (pdf-file.ts). `ctx.apiKey`
     * is never sent: it is needed to refuse a URL that holds it; `ctx.signal` cancels.
     */
    pdf(ctx: CallContext, fileUrl: string): Promise<Result<Buffer>>
  }
  webToken: {
    /** `POST /v1/api-keys` on the account host; never retried. */
    create(ctx: CallContext, input: WebTokenInput): Promise<Result<ProcessLink>>
  }
  /** One cheap authenticated call (a one-item account list): a wrong key gives `unauthorized`. */
  checkKey(ctx: CallContext): Promise<Result<null>>
}

/** Claims decoded (not verified) from a Truora API key that is a JWT. */
export interface KeyClaims {
  clientId?: string
  keyType?: string
  keyName?: string
  /** ISO 8601, from `exp`. */
  expiresAt?: string
  issuedAt?: string
}
