// How much of an answer the app reads (DESIGN.md §6 "Bounds": response bodies capped while
// streaming). `response.text()` would hold whatever a server sends — a red-team server's 80 MB
// account took the process to 1.66 GB — so the body is read chunk by chunk and the read is abandoned
// (the connection closed) as soon as it passes the endpoint's limit.

const KiB = 1024
const MiB = 1024 * KiB

/**
 * Limits per kind of answer, in bytes of the decoded body (after any gzip, so a compressed bomb is
 * cut too). Generous against what Truora sends — a seeded account is under 1 KB, a page of 100 under
 * 100 KB, a validation with details a few KB — and far below what would strain memory.
 */
export const BODY_LIMITS = {
  /** One account (`GET /v1/accounts/{id}`, the answer to a creation). */
  record: 256 * KiB,
  /** One validation with its details, one process result with its validations. */
  detail: 1 * MiB,
  /** One page of a list (accounts, validations, processes). */
  listPage: 4 * MiB,
  /** An error answer: only its code and message are read. */
  error: 64 * KiB,
  /**
   * A process PDF from its presigned file URL: a few pages with photos of a document and a face,
   * hundreds of KB in practice [guess]; a file past this is refused rather than held in memory.
   */
  pdf: 25 * MiB
} as const

export type BodyRead = { ok: true; text: string } | { ok: false; tooLarge: true }
export type BytesRead = { ok: true; bytes: Buffer } | { ok: false; tooLarge: true }

/** Reads `response`'s body as UTF-8 text, or gives up once it is over `maxBytes`. */
export async function readBodyCapped(response: Response, maxBytes: number): Promise<BodyRead> {
  const read = await readBytesCapped(response, maxBytes)
  // As Response.text() does: UTF-8, a leading byte-order mark dropped, bad bytes replaced.
  return read.ok ? { ok: true, text: new TextDecoder('utf-8').decode(read.bytes) } : read
}

/** Reads `response`'s body as bytes (a file: the process PDF), or gives up once it is over `maxBytes`. */
export async function readBytesCapped(response: Response, maxBytes: number): Promise<BytesRead> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN)
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined)
    return { ok: false, tooLarge: true }
  }
  if (response.body === null) return { ok: true, bytes: Buffer.alloc(0) }
  const reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      // Cancelling the stream closes the connection: the rest is never downloaded.
      await reader.cancel().catch(() => undefined)
      return { ok: false, tooLarge: true }
    }
    chunks.push(value)
  }
  return { ok: true, bytes: Buffer.concat(chunks) }
}
