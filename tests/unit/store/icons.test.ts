/**
 * The packaged icons are what scripts/make-icons.ts draws, and the 16 px one (the toolbar's, at
 * 1x) is crisp: every pixel is one of the design's colours or nothing, no blend of two, with
 * half-opaque blue only where the corners round off.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { iconPng, PALETTE_16, SIZES } from '../../../scripts/make-icons';

const file = (size: number) => readFileSync(resolve(import.meta.dirname, '../../../public/icons', `icon-${size}.png`));

/** RGBA rows of an 8-bit RGBA PNG whose scanlines use no filter (as make-icons writes them). */
function pixels(png: Buffer): number[][][] {
  const width = png.readUInt32BE(16);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + len));
    at += len + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  return Array.from({ length: raw.length / stride }, (_, y) => {
    expect(raw[y * stride], 'scanline filter').toBe(0);
    return Array.from({ length: width }, (_, x) => [...raw.subarray(y * stride + 1 + x * 4, y * stride + 5 + x * 4)]);
  });
}

describe('toolbar and store icons', () => {
  it.each(SIZES)('public/icons/icon-%i.png is what make-icons draws', (size) => {
    expect(file(size).equals(iconPng(size))).toBe(true);
  });

  it('are crisp at 16 px: only the design’s colours, half-opaque blue only at the rounded corners', () => {
    const px = pixels(file(16));
    expect(px).toHaveLength(16);
    const colours = Object.values(PALETTE_16).map((c) => c.join());
    const counts = new Map<string, number>();
    px.forEach((row, y) =>
      row.forEach((c, x) => {
        expect(colours, `pixel ${x},${y} is ${c.join()}`).toContain(c.join());
        const alpha = c[3]!;
        if (alpha > 0 && alpha < 255) expect(Math.min(x, 15 - x) + Math.min(y, 15 - y), `pixel ${x},${y}`).toBeLessThanOrEqual(2);
        counts.set(c.join(), (counts.get(c.join()) ?? 0) + 1);
      }),
    );
    // The lens's ring and handle in white and the falling line in red, whole pixels each.
    expect(counts.get(PALETTE_16.W!.join())).toBeGreaterThanOrEqual(30);
    expect(counts.get(PALETTE_16.R!.join())).toBeGreaterThanOrEqual(4);
  });
});
