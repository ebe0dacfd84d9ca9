#!/usr/bin/env node
// Draws build/icon.png (512×512, the size electron-builder derives every platform's icon from): a
// white magnifier on a purple rounded square. Plain Node (zlib + a hand-written PNG), so the icon can
// be regenerated anywhere without an image tool: `node build/make-icon.mjs`.
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const SIZE = 512

/** Coverage of a pixel by a shape from its signed distance (negative inside): a one-pixel antialiased edge. */
const cover = (distance) => Math.min(1, Math.max(0, 0.5 - distance))

function roundedSquare(x, y, radius) {
  const half = SIZE / 2
  const qx = Math.abs(x - half) - (half - radius)
  const qy = Math.abs(y - half) - (half - radius)
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius
}

function ring(x, y, cx, cy, radius, width) {
  return Math.abs(Math.hypot(x - cx, y - cy) - radius) - width / 2
}

function segment(x, y, ax, ay, bx, by, width) {
  const [px, py, dx, dy] = [x - ax, y - ay, bx - ax, by - ay]
  const t = Math.min(1, Math.max(0, (px * dx + py * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - dx * t, py - dy * t) - width / 2
}

function pixel(x, y) {
  const background = cover(roundedSquare(x, y, 104))
  const glyph = Math.max(cover(ring(x, y, 224, 224, 108, 40)), cover(segment(x, y, 306, 306, 396, 396, 48)))
  // A vertical gradient between two purples.
  const t = y / SIZE
  const base = [Math.round(110 - 40 * t), Math.round(60 - 30 * t), Math.round(240 - 50 * t)]
  const color = base.map((channel) => Math.round(channel + (255 - channel) * glyph))
  return [...color, Math.round(255 * background)]
}

function crc32(buffer) {
  let crc = ~0
  for (const byte of buffer) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

export function iconPng() {
  const rows = Buffer.alloc(SIZE * (1 + SIZE * 4))
  for (let y = 0; y < SIZE; y++) {
    const row = y * (1 + SIZE * 4)
    rows[row] = 0 // filter: none
    // Sample each pixel at its centre.
    for (let x = 0; x < SIZE; x++) rows.set(pixel(x + 0.5, y + 0.5), row + 1 + x * 4)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('./icon.png', import.meta.url), iconPng())
}
