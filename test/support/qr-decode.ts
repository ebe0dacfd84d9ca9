// Reads the QR code a screenshot shows, as a phone's camera would read the laptop's screen: the PNG
// decoded with pngjs, the code located and decoded with jsQR (both pure JavaScript).
import { readFile } from 'node:fs/promises'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'

/** The text of the QR code in the PNG at `path`, or undefined when none can be read. */
export async function decodeQrFromPng(path: string): Promise<string | undefined> {
  const png = PNG.sync.read(await readFile(path))
  const found = jsQR(
    new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
    png.width,
    png.height
  )
  return found?.data
}
