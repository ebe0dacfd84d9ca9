// `GET /v1/processes/{process_id}/pdf` on the identity host (TRUORA_API.md "Digital Identity API"):
// `202 Accepted` with `{"file_status": "requested" | "in_progress"}` while Truora makes the file, then
// `302 Found` whose `Location` is the file, a presigned URL on another host. One call is one step of
// that sequence; the caller polls (accounts/process-pdf.ts). The redirect is never followed here: the
// key header must not travel to the file host (DESIGN.md §6 "Egress").
import { fail, ok, type Result } from '@shared/result'
import { asObject } from './parse'
import { BODY_LIMITS } from './read-body'
import { idSegment, type Transport } from './transport'
import type { CallContext } from './types'

export type PdfStep =
  /** Truora is making the file: ask again later. `fileStatus` as Truora said it (`requested`, `in_progress`). */
  | { kind: 'preparing'; fileStatus: string }
  /** The file is ready at `fileUrl` (presigned, short-lived): fetch it without the key (pdf-file.ts). */
  | { kind: 'ready'; fileUrl: string }

export async function processPdfStep(
  transport: Transport,
  ctx: CallContext,
  processId: string
): Promise<Result<PdfStep>> {
  const segment = idSegment(processId, 'process')
  if (!segment.ok) return segment
  const subject = `the PDF of identity process "${processId.trim()}"`
  const url = transport.url('identity', `/processes/${segment.data}/pdf`)
  const answer = await transport.getAnswer(ctx, url, subject, BODY_LIMITS.record)
  if (!answer.ok) return answer
  const { status, body, location } = answer.data
  if (location !== undefined) {
    // Resolved against the request, as a browser would; whether it may be fetched is pdf-file.ts's call.
    if (!URL.canParse(location, url.href)) {
      return fail('bad_response', `Truora's redirect for ${subject} is not a usable address.`, {
        status,
        reason: 'file_url'
      })
    }
    return ok({ kind: 'ready', fileUrl: new URL(location, url).href })
  }
  const fileStatus = asObject(body)?.file_status
  if (typeof fileStatus === 'string' && fileStatus !== '') {
    return ok({ kind: 'preparing', fileStatus: fileStatus.slice(0, 40) })
  }
  return fail('bad_response', `Truora's answer for ${subject} has neither a file status nor the file.`, {
    status,
    reason: 'no_file_status'
  })
}
