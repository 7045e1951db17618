/**
 * Bytes of an exported file → text. CRMs and Excel export UTF-8 (often with a BOM), UTF-16
 * ("Unicode text") or GBK/GB18030 in China; a spreadsheet is a zip. Wrong guesses are worse than
 * a clear refusal: text that decodes with replacement characters is refused, naming the encoding
 * to save as, rather than imported as mojibake.
 */
import { ImportError } from './errors';

export const ENCODINGS = ['auto', 'utf-8', 'gb18030', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export type Sniffed = { format: 'xlsx' } | { format: 'text'; text: string; encoding: Exclude<Encoding, 'auto'> };

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/**
 * Bytes no exported table holds: NUL outside UTF-16, or a share of control codes beyond stray ones.
 * Checked before decoding, so a PDF or an image is called what it is, not a wrong encoding.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64_000);
  let ctl = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) ctl++;
  }
  return ctl > n * 0.01;
}

function decode(bytes: Uint8Array, encoding: Exclude<Encoding, 'auto'>): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export function sniff(bytes: Uint8Array, forced: Encoding = 'auto'): Sniffed {
  if (bytes.length === 0) throw new ImportError('imp_err_empty_file');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { format: 'xlsx' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw new ImportError('imp_err_xls');
  const utf16Bom = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!utf16Bom && !forced.startsWith('utf-16') && looksBinary(bytes)) throw new ImportError('imp_err_binary');
  let encoding: Exclude<Encoding, 'auto'>;
  let text: string | null;
  if (forced !== 'auto') text = decode(bytes, (encoding = forced));
  else if (startsWith(bytes, [0xff, 0xfe])) text = decode(bytes, (encoding = 'utf-16le'));
  else if (startsWith(bytes, [0xfe, 0xff])) text = decode(bytes, (encoding = 'utf-16be'));
  else {
    text = decode(bytes, (encoding = 'utf-8'));
    if (text === null) text = decode(bytes, (encoding = 'gb18030'));
  }
  // A line break in the bytes that the text lost means the bytes were read in the wrong width.
  const linesLost = text !== null && bytes.includes(0x0a) && !text.includes('\n');
  if (text === null || text.includes('\uFFFD') || linesLost) {
    throw new ImportError(forced === 'auto' ? 'imp_err_encoding' : 'imp_err_encoding_forced', [encoding.toUpperCase()]);
  }
  return { format: 'text', text: text.replace(/^\uFEFF/, ''), encoding };
}
