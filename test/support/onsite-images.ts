// Captured images for on-site validation tests: JPEG- or PNG-shaped bytes (the magic the Backend checks)
// carrying a marker no ciphertext contains by chance, so a scan of the data folder finds any plaintext
// copy; and the capture input the renderer would send.
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CaptureSide, OnsiteCaptureInput } from '../../src/shared/onsite'

const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]

/** A "photo" of `size` bytes whose content is `marker` repeated after a JPEG header. */
function fakeJpeg(marker: string, size = 24 * 1024): Uint8Array {
  const bytes = Buffer.alloc(size)
  Buffer.from(JPEG_HEAD).copy(bytes)
  const body = Buffer.from(`${marker}|`, 'utf8')
  for (let at = JPEG_HEAD.length; at < size; at += body.length) body.copy(bytes, at)
  return Uint8Array.from(bytes)
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** A document capture (front and back, or a passport's front) or a face capture for `accountId`. */
export function captureInput(
  accountId: string | undefined,
  kind: 'document' | 'passport' | 'face',
  marker = `PERSON-${accountId ?? 'queued'}`,
  extra: Partial<OnsiteCaptureInput> = {}
): OnsiteCaptureInput & { markers: Record<string, string> } {
  const sides: CaptureSide[] =
    kind === 'face' ? ['face'] : kind === 'passport' ? ['front'] : ['front', 'reverse']
  const markers = Object.fromEntries(sides.map((side) => [side, `${marker}-${side}`]))
  return {
    ...(accountId === undefined ? {} : { accountId }),
    type: kind === 'face' ? 'face-recognition' : 'document-validation',
    country: 'CO',
    ...(kind === 'face' ? {} : { documentType: kind === 'passport' ? 'passport' : 'national-id' }),
    consent: { given: true, statement: 'onsite-consent-v1' },
    images: sides.map((side) => ({ side, contentType: 'image/jpeg', bytes: fakeJpeg(markers[side]!) })),
    ...extra,
    markers
  }
}

/** The capture input without the test's own bookkeeping. */
export function asCall({ markers: _markers, ...input }: ReturnType<typeof captureInput>): OnsiteCaptureInput {
  return input
}

/** Every file under `dir` (relative path → bytes). */
async function filesUnder(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  const walk = async (folder: string, prefix: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) await walk(path, `${prefix}${entry.name}/`)
      else out.set(`${prefix}${entry.name}`, await readFile(path).catch(() => Buffer.alloc(0)))
    }
  }
  await walk(dir, '')
  return out
}

/** Files under `dir` holding any of `markers` or a JPEG header in plaintext. */
export async function plaintextImages(dir: string, markers: string[]): Promise<string[]> {
  const found: string[] = []
  for (const [path, bytes] of await filesUnder(dir)) {
    if (
      markers.some((marker) => bytes.includes(marker)) ||
      bytes.includes(Buffer.from(JPEG_HEAD.slice(6, 10)))
    )
      found.push(path)
  }
  return found
}
