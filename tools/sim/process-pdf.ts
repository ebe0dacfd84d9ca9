// `GET /v1/processes/{id}/pdf` (TRUORA_API.md "Digital Identity API"): the first call of a completed
// process answers `202 {"file_status": "requested"}`, the next ones `202 {"file_status":
// "in_progress"}` until the file is made, then `302 Found` with `Location` = the file on another "host"
// (here `<url>/files/…`, served without any key, as a presigned S3 URL is). A process still pending,
// or one the simulator does not know, answers 404. `configure({ pdf })` sets how many polls the file
// takes and a fault mode for the hand-off (pdfFaults below).
import type { ProcessResult } from '@shared/domain/truora-records'
import { errorBody, type SimResponse } from './routes'

export interface PdfSettings {
  /** 202 answers before the 302 (the first says `requested`, the rest `in_progress`); default 2. */
  polls: number
  /**
   * What goes wrong at the hand-off: `not-pdf` serves HTML as the file; `expired` answers the file
   * with 403 (a presigned URL past its time); `plain-http` and `private-host` redirect to an address a
   * client must refuse without contacting it; `no-location` is a 302 without `Location`.
   */
  fault?: 'not-pdf' | 'expired' | 'plain-http' | 'private-host' | 'no-location'
}

export const DEFAULT_PDF_SETTINGS: PdfSettings = { polls: 2 }

/** The sim's PDF sequence state: how often each process's PDF was asked for, and the files made. */
export class PdfFiles {
  private readonly polls = new Map<string, number>()
  private readonly files = new Map<string, string>()
  private serial = 0

  /** The answer to one `GET …/pdf` for `process` (undefined: not known). */
  step(
    process: ProcessResult | undefined,
    settings: PdfSettings,
    fileOrigin: string
  ): SimResponse & { headers?: Record<string, string> } {
    if (!process) return errorBody(404, 'The process was not found')
    if (process.status !== 'success' && process.status !== 'failure') {
      return errorBody(404, 'The process is not finished, so it has no PDF yet')
    }
    const id = process.process_id
    const seen = this.polls.get(id) ?? 0
    this.polls.set(id, seen + 1)
    if (seen < settings.polls) {
      return { status: 202, body: { file_status: seen === 0 ? 'requested' : 'in_progress' } }
    }
    if (settings.fault === 'no-location') return { status: 302, body: {} }
    const token = `${id}-${++this.serial}`
    this.files.set(token, id)
    const query = `X-Amz-Expires=900&X-Amz-Signature=${'0'.repeat(24)}${this.serial}`
    const location =
      settings.fault === 'plain-http'
        ? `http://truora-files.example.com/files/${token}.pdf?${query}`
        : settings.fault === 'private-host'
          ? `https://files.internal/files/${token}.pdf?${query}`
          : `${fileOrigin}/files/${token}.pdf?${query}`
    return { status: 302, body: {}, headers: { Location: location } }
  }

  /** The file at `/files/<token>.pdf`: the PDF bytes, or an error as S3 would give it. */
  file(path: string, settings: PdfSettings): { status: number; type: string; bytes: Buffer } {
    const token = /^\/files\/([A-Za-z0-9_.-]+)\.pdf$/.exec(path)?.[1]
    const processId = token === undefined ? undefined : this.files.get(token)
    if (processId === undefined)
      return { status: 404, type: 'application/xml', bytes: Buffer.from('<Error/>') }
    if (settings.fault === 'expired') {
      return {
        status: 403,
        type: 'application/xml',
        bytes: Buffer.from('<Error>Request has expired</Error>')
      }
    }
    if (settings.fault === 'not-pdf') {
      return { status: 200, type: 'text/html', bytes: Buffer.from('<html><body>Not a PDF</body></html>') }
    }
    return { status: 200, type: 'application/pdf', bytes: minimalPdf(`Truora identity process ${processId}`) }
  }
}

/** A one-page PDF showing `line`, with a correct cross-reference table, so any viewer opens it. */
function minimalPdf(line: string): Buffer {
  const safe = line.replace(/[\\()]/g, (char) => `\\${char}`)
  const stream = `BT /F1 18 Tf 72 720 Td (${safe}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
