// Turning what the camera or a chosen file gives into the bytes `onsite.capture` takes (shared/onsite.ts):
// a JPEG or PNG of at most IMAGE_MAX_BYTES. The image never becomes a data URL or a blob: URL (the CSP
// allows neither for images): a frame is drawn into a canvas, which is also the preview.
import { IMAGE_MAX_BYTES, IMAGE_MIN_BYTES, imageTypeOf, type ImageContentType } from '@shared/onsite'

export interface CapturedImage {
  bytes: Uint8Array
  contentType: ImageContentType
}

/** Why an image cannot be used, as an i18n key under `onsite.imageProblems`. */
export type ImageProblem = 'type' | 'tooLarge' | 'tooSmall' | 'unreadable'

/** JPEG quality of a camera frame: sharp enough for a document's small print, under 1 MB at 1080p. */
const JPEG_QUALITY = 0.92

/** The problem with these bytes, if any: only JPEG and PNG, between the sizes the Backend accepts. */
export function imageProblem(bytes: Uint8Array, declared?: string): ImageProblem | undefined {
  const type = imageTypeOf(bytes)
  if (type === undefined || (declared !== undefined && declared !== '' && declared !== type)) return 'type'
  if (bytes.byteLength > IMAGE_MAX_BYTES) return 'tooLarge'
  if (bytes.byteLength < IMAGE_MIN_BYTES) return 'tooSmall'
  return undefined
}

/** The current frame of a playing video, drawn into `canvas` (the preview) and encoded as JPEG. */
export async function captureFrame(
  video: HTMLVideoElement,
  canvas: HTMLCanvasElement
): Promise<CapturedImage> {
  canvas.width = video.videoWidth
  canvas.height = video.videoHeight
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no 2d context')
  context.drawImage(video, 0, 0, canvas.width, canvas.height)
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY))
  if (!blob) throw new Error('the frame could not be encoded')
  return { bytes: new Uint8Array(await blob.arrayBuffer()), contentType: 'image/jpeg' }
}

/** A chosen file's bytes, checked, and drawn into `canvas` as its preview. */
export async function readImageFile(
  file: File,
  canvas: HTMLCanvasElement
): Promise<{ ok: true; image: CapturedImage } | { ok: false; problem: ImageProblem }> {
  // Checked before reading it all: a 2 GB file chosen by mistake is not loaded into memory.
  if (file.size > IMAGE_MAX_BYTES) return { ok: false, problem: 'tooLarge' }
  const bytes = new Uint8Array(await file.arrayBuffer())
  const problem = imageProblem(bytes, file.type)
  if (problem) return { ok: false, problem }
  try {
    const bitmap = await createImageBitmap(file)
    canvas.width = bitmap.width
    canvas.height = bitmap.height
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0)
    bitmap.close()
  } catch {
    return { ok: false, problem: 'unreadable' }
  }
  return { ok: true, image: { bytes, contentType: imageTypeOf(bytes)! } }
}
