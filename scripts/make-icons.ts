/**
 * Draws the toolbar icon (a lens over a falling line on the brand blue) at every size the
 * manifest names, as PNGs in public/icons. Run once after changing the design; outputs are committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];
export const SIZES = [16, 32, 48, 128];
const BLUE: RGBA = [59, 91, 219, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const RED: RGBA = [255, 107, 107, 255];

/** The shape in unit coordinates (0..1): which colour a point has, or null for transparent. */
function shade(x: number, y: number): RGBA | null {
  const r = 0.22;
  const inRounded = (() => {
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  })();
  if (!inRounded) return null;
  const lx = 0.44, ly = 0.42, lr = 0.24, w = 0.075;
  const d = Math.hypot(x - lx, y - ly);
  if (Math.abs(d - lr) <= w / 2) return WHITE;
  // Handle of the lens, from the ring towards the lower right.
  const t = ((x - lx) + (y - ly)) / Math.SQRT2;
  const n = Math.abs((x - lx) - (y - ly)) / Math.SQRT2;
  if (t > lr && t < lr + 0.2 && n < w * 0.75) return WHITE;
  // A falling line inside the lens: the churn the lens brings into view.
  if (d < lr - w / 2) {
    const yl = ly - 0.08 + (x - lx + lr) * 0.35;
    if (Math.abs(y - yl) < 0.035) return RED;
  }
  return BLUE;
}

/**
 * The toolbar's 16 px icon, pixel by pixel: scaled down, the 1.2 px ring and the falling line blur
 * into the blue. B blue, W white, R red, b blue at half opacity (the rounded corners), . nothing.
 */
const PIXELS_16 = [
  '..bBBBBBBBBBBb..',
  '.bBBBBBBBBBBBBb.',
  'bBBBWWWWWBBBBBBb',
  'BBBWBBBBBWBBBBBB',
  'BBWBBBBBBBWBBBBB',
  'BBWBRRBBBBWBBBBB',
  'BBWBBBRRBBWBBBBB',
  'BBWBBBBBRRWBBBBB',
  'BBWBBBBBBBWBBBBB',
  'BBBWBBBBBWBBBBBB',
  'BBBBWWWWWBWWBBBB',
  'BBBBBBBBBBWWWBBB',
  'BBBBBBBBBBBWWWBB',
  'bBBBBBBBBBBBWWBb',
  '.bBBBBBBBBBBBBb.',
  '..bBBBBBBBBBBb..',
];
export const PALETTE_16: Record<string, RGBA> = { '.': [0, 0, 0, 0], b: [BLUE[0], BLUE[1], BLUE[2], 128], B: BLUE, W: WHITE, R: RED };

/** The icon's PNG at `size` px: drawn by hand at 16, the shape supersampled above. */
export function iconPng(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw.set(size === 16 ? PALETTE_16[PIXELS_16[py]![px]!]! : supersampled(px, py, size), o);
    }
  }
  return encode(size, raw);
}

function supersampled(px: number, py: number, size: number): RGBA {
  const SS = 4;
  const acc = [0, 0, 0, 0];
  for (let sy = 0; sy < SS; sy++)
    for (let sx = 0; sx < SS; sx++) {
      const c = shade((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
      if (!c) continue;
      for (let i = 0; i < 3; i++) acc[i] += c[i] * c[3];
      acc[3] += c[3];
    }
  const rgb = [0, 1, 2].map((i) => (acc[3] ? Math.round(acc[i] / acc[3]) : 0));
  return [rgb[0]!, rgb[1]!, rgb[2]!, Math.round(acc[3] / (SS * SS))];
}

function encode(size: number, raw: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

if (process.argv[1] === import.meta.filename) {
  mkdirSync('public/icons', { recursive: true });
  for (const s of SIZES) writeFileSync(`public/icons/icon-${s}.png`, iconPng(s));
  console.log(`wrote public/icons/icon-{${SIZES.join(',')}}.png`);
}
