import type { DiagramShapes } from './viewSvg.ts'

/**
 * A small raster copy of a diagram (boxes with their domain stripe, and the relation lines; no
 * text) as PNG bytes, made in plain TypeScript: DOCX needs a PNG beside every SVG image, and the
 * renderers that do not read the SVG (Word before 2016, LibreOffice up to at least 7.4) show
 * this one. Compression uses the standard CompressionStream, present in Node 18+ and browsers.
 */
export async function diagramPng(shapes: DiagramShapes, width: number, height: number, scale: number): Promise<Uint8Array> {
  const w = Math.max(1, Math.round(width * scale))
  const h = Math.max(1, Math.round(height * scale))
  const px = new Uint8Array(w * h * 3).fill(255)
  const set = (x: number, y: number, c: RGB): void => {
    if (x < 0 || y < 0 || x >= w || y >= h) return
    const i = (y * w + x) * 3
    px[i] = c[0]
    px[i + 1] = c[1]
    px[i + 2] = c[2]
  }
  const X = (v: number): number => Math.round((v - shapes.x) * scale)
  const Y = (v: number): number => Math.round((v - shapes.y) * scale)
  const line = (x0: number, y0: number, x1: number, y1: number, c: RGB): void => {
    const n = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0), 1)
    for (let k = 0; k <= n; k++) set(Math.round(x0 + ((x1 - x0) * k) / n), Math.round(y0 + ((y1 - y0) * k) / n), c)
  }
  const grey: RGB = [0x64, 0x74, 0x8b]
  for (const [x1, y1, x2, y2] of shapes.lines) line(X(x1), Y(y1), X(x2), Y(y2), grey)
  const border: RGB = [0xb8, 0xc2, 0xcf]
  for (const { box, color } of shapes.boxes) {
    const x0 = X(box.x)
    const y0 = Y(box.y)
    const x1 = X(box.x + box.w)
    const y1 = Y(box.y + box.h)
    const stripe = x0 + Math.max(2, Math.round(6 * scale))
    const fill = hex(color)
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) set(x, y, x < stripe ? fill : [255, 255, 255])
    line(x0, y0, x1, y0, border)
    line(x0, y1, x1, y1, border)
    line(x1, y0, x1, y1, border)
  }
  const raw = new Uint8Array((w * 3 + 1) * h)
  for (let y = 0; y < h; y++) raw.set(px.subarray(y * w * 3, (y + 1) * w * 3), y * (w * 3 + 1) + 1)
  const header = new Uint8Array(13)
  const view = new DataView(header.buffer)
  view.setUint32(0, w)
  view.setUint32(4, h)
  header.set([8, 2, 0, 0, 0], 8)
  return concat([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', await deflate(raw)), chunk('IEND', new Uint8Array(0))])
}

type RGB = readonly [number, number, number]

function hex(color: string): RGB {
  const n = Number.parseInt(color.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

async function deflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i)
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
  return out
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 255]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
