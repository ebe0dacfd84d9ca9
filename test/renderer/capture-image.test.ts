// What the capture dialog accepts before anything is sent (lib/capture-image.ts): only JPEG and PNG by
// their bytes, whatever the file claims, between the sizes the Backend takes.
import { describe, expect, it } from 'vitest'
import { IMAGE_MAX_BYTES } from '@shared/onsite'
import { imageProblem } from '@renderer/lib/capture-image'

const jpeg = (size: number) => {
  const bytes = new Uint8Array(size)
  bytes.set([0xff, 0xd8, 0xff, 0xe0])
  return bytes
}
const png = (size: number) => {
  const bytes = new Uint8Array(size)
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return bytes
}

describe('imageProblem', () => {
  it.each([
    ['a JPEG', jpeg(50_000), 'image/jpeg'],
    ['a PNG', png(50_000), 'image/png'],
    ['a JPEG whose file type is unknown', jpeg(50_000), ''],
    ['a JPEG at the cap', jpeg(IMAGE_MAX_BYTES), 'image/jpeg']
  ])('accepts %s', (_label, bytes, type) => {
    expect(imageProblem(bytes, type)).toBeUndefined()
  })

  it.each([
    ['a PNG named as a JPEG', png(50_000), 'image/jpeg', 'type'],
    [
      'an SVG',
      new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg">${' '.repeat(400)}</svg>`),
      'image/svg+xml',
      'type'
    ],
    [
      'a GIF',
      new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, ...new Array<number>(500).fill(0)]),
      'image/gif',
      'type'
    ],
    ['a text file renamed .jpg', new TextEncoder().encode('hello '.repeat(100)), 'image/jpeg', 'type'],
    ['a JPEG over the cap', jpeg(IMAGE_MAX_BYTES + 1), 'image/jpeg', 'tooLarge'],
    ['a JPEG header alone', jpeg(40), 'image/jpeg', 'tooSmall']
  ])('refuses %s', (_label, bytes, type, problem) => {
    expect(imageProblem(bytes, type)).toBe(problem)
  })
})
