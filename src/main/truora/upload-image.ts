// One captured image to the presigned URL Truora named for it (TRUORA_API.md "Validations API":
// `PUT <presigned url>`, raw bytes, an image Content-Type, no API key; an expired link answers 403).
// The URL is checked first (presigned-url.ts); the request carries only Content-Type, no key, no
// cookies, and a redirect is not followed. A PUT to the same link replaces the same object, so sending
// it again after an interruption cannot make a second image.
import { fail, ok, type Result } from '@shared/result'
import { IMAGE_CONTENT_TYPES, IMAGE_MAX_BYTES, type ImageContentType } from '@shared/onsite'
import { networkError, TIMEOUT_MESSAGE } from './errors'
import { presignedRefusal } from './presigned-url'
import { BODY_LIMITS, readBodyCapped } from './read-body'
import { redact } from './redact'
import type { CallContext } from './types'

export interface UploadOptions {
  fetch: typeof globalThis.fetch
  timeoutMs: number
  /** Only when every configured endpoint is on loopback (the simulator): presigned-url.ts. */
  allowLoopbackHttp: boolean
  log?: (line: string) => void
  now: () => number
}

export interface ImageUpload {
  url: string
  bytes: Uint8Array
  contentType: ImageContentType
}

/**
 * `ctx.apiKey` is never sent: it is needed to refuse a URL that holds it and to keep it out of any
 * message. `ctx.signal` cancels.
 */
export async function uploadImage(
  options: UploadOptions,
  ctx: CallContext,
  upload: ImageUpload
): Promise<Result<null>> {
  const refusal = presignedRefusal(upload.url, {
    allowLoopbackHttp: options.allowLoopbackHttp,
    apiKey: ctx.apiKey
  })
  if (refusal !== undefined) {
    options.log?.(`upload refused (${refusal})`)
    return fail('bad_response', 'Truora named an upload address the app does not send images to.', {
      reason: 'upload_host',
      refusal
    })
  }
  if (!(IMAGE_CONTENT_TYPES as readonly string[]).includes(upload.contentType)) {
    return fail('invalid_input', 'Only JPEG and PNG images are sent.', { reason: 'image_type' })
  }
  if (upload.bytes.byteLength > IMAGE_MAX_BYTES) {
    return fail('invalid_input', 'The image is larger than the app sends.', {
      reason: 'too_large',
      limitBytes: IMAGE_MAX_BYTES
    })
  }
  if (ctx.signal?.aborted) return fail('cancelled', 'The upload was cancelled.', { sent: 'no' })
  const url = new URL(upload.url)
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, options.timeoutMs)
  const onCancel = (): void => controller.abort()
  ctx.signal?.addEventListener('abort', onCancel, { once: true })
  const started = options.now()
  // The link is a bearer credential (its query is the signature) and could hide anything in its host
  // too: the log names neither, only the outcome.
  const where = 'upload PUT (presigned link)'
  try {
    const response = await options.fetch(url, {
      method: 'PUT',
      // Only the image's type: no Truora-API-Key (DESIGN.md §6 "a presigned file URL is fetched without it").
      headers: { 'Content-Type': upload.contentType },
      body: upload.bytes,
      credentials: 'omit',
      redirect: 'manual',
      signal: controller.signal
    })
    // Read (and dropped) within the error bound: a storage host's answer is a short XML document.
    await readBodyCapped(response, BODY_LIMITS.error)
    options.log?.(`${where} -> ${response.status} (${Math.round(options.now() - started)} ms)`)
    return answerOf(response.status)
  } catch (error) {
    options.log?.(`${where} -> failed (${Math.round(options.now() - started)} ms)`)
    if (ctx.signal?.aborted) return fail('cancelled', 'The upload was cancelled.', { sent: 'maybe' })
    if (timedOut) return fail('timeout', TIMEOUT_MESSAGE, { sent: 'maybe' })
    const network = networkError(error)
    if (network) return { ok: false, error: network }
    const message = error instanceof Error ? error.message : String(error)
    return fail('internal', `The upload failed unexpectedly: ${redact(message, [ctx.apiKey]).slice(0, 200)}`)
  } finally {
    clearTimeout(timer)
    ctx.signal?.removeEventListener('abort', onCancel)
  }
}

function answerOf(status: number): Result<null> {
  if (status >= 200 && status < 300) return ok(null)
  if (status === 403) {
    return fail('expired', 'The upload link from Truora expired before the image was sent.', {
      status,
      reason: 'link_expired'
    })
  }
  if (status === 413) {
    return fail('invalid_input', 'The storage host refused the image as too large.', {
      status,
      reason: 'too_large'
    })
  }
  if (status >= 500) {
    return fail('server', `The upload host had a server error (HTTP ${status}). It will be tried again.`, {
      status
    })
  }
  if (status === 429) return fail('rate_limited', 'The upload host is limiting requests.', { status })
  return fail('bad_response', `The upload host answered HTTP ${status}.`, { status, reason: 'upload_status' })
}
