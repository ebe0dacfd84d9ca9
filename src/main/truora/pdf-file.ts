// Fetching a process PDF from the presigned URL Truora redirected to (TRUORA_API.md "Digital Identity
// API"). DESIGN.md §6 "Egress": a presigned file URL is fetched WITHOUT the key — it is a bearer URL of
// its own, on another host — and redirects are not followed. Where it may point is the rule every
// presigned URL follows (presigned-url.ts): a Location naming plain http, an IP literal, localhost or
// a private name is refused before any request leaves. What comes back must start as a PDF (`%PDF-`)
// and stay under a size cap.
import { fail, ok, type Result } from '@shared/result'
import { networkError, TIMEOUT_MESSAGE } from './errors'
import { presignedRefusal } from './presigned-url'
import type { CallContext } from './types'
import { BODY_LIMITS, readBytesCapped } from './read-body'

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1')

export interface PdfFileOptions {
  fetch: typeof globalThis.fetch
  timeoutMs: number
  allowLoopbackHttp: boolean
  log?: (line: string) => void
}

/** The PDF's bytes from a presigned URL, or why not. No key, no cookies, no redirect followed. */
export async function fetchPdfFile(
  options: PdfFileOptions,
  { apiKey, signal }: CallContext,
  fileUrl: string
): Promise<Result<Buffer>> {
  const refusal = presignedRefusal(fileUrl, { allowLoopbackHttp: options.allowLoopbackHttp, apiKey })
  if (refusal === 'unparseable') {
    return fail('bad_response', 'Truora pointed to a PDF file address that is not usable.', {
      reason: 'file_url'
    })
  }
  if (refusal !== undefined) {
    options.log?.(`pdf file refused (${refusal})`)
    return fail('bad_response', 'Truora pointed to a PDF file on a host the app does not fetch from.', {
      reason: 'file_host',
      refusal
    })
  }
  if (signal?.aborted) return fail('cancelled', 'The PDF download was cancelled.')
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, options.timeoutMs)
  const onCancel = (): void => controller.abort()
  signal?.addEventListener('abort', onCancel, { once: true })
  try {
    const response = await options.fetch(fileUrl, {
      method: 'GET',
      // Only Accept: no Truora-API-Key, no credentials (DESIGN.md §6 "a presigned file URL is fetched without it").
      headers: { Accept: 'application/pdf' },
      credentials: 'omit',
      redirect: 'manual',
      signal: controller.signal
    })
    options.log?.(`pdf file GET -> ${response.status}`)
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined)
      // A presigned link answers 403 once it has expired (TRUORA_API.md "Validations API", images).
      return response.status === 403
        ? fail('expired', 'The PDF link from Truora expired before it was fetched. Try again.', {
            status: 403
          })
        : fail('bad_response', `The PDF file could not be fetched (status ${response.status}). Try again.`, {
            status: response.status,
            reason: 'file_status'
          })
    }
    const body = await readBytesCapped(response, BODY_LIMITS.pdf)
    if (!body.ok) {
      return fail('bad_response', 'The PDF file is larger than the app accepts, so it was not kept.', {
        reason: 'too_large',
        limitBytes: BODY_LIMITS.pdf
      })
    }
    if (!body.bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) {
      return fail('bad_response', 'What Truora sent as the process PDF is not a PDF.', { reason: 'not_pdf' })
    }
    return ok(body.bytes)
  } catch (error) {
    if (signal?.aborted) return fail('cancelled', 'The PDF download was cancelled.')
    if (timedOut) return fail('timeout', TIMEOUT_MESSAGE)
    const network = networkError(error)
    if (network) return { ok: false, error: network }
    return fail('internal', 'The PDF download failed unexpectedly.')
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onCancel)
  }
}
