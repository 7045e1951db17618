/**
 * Amounts as CRMs print them: ¥12.5万, 1.2亿, $12.3k, 1.2M, 1,234.50, €1.234,50, 12,345元,
 * (1,234.50) for negatives. The page's locale decides only what is truly ambiguous ("1.234"):
 * when a number can be read one way only, it is read that way whatever the locale says.
 */

const SEP = `(?:[,.'\u2019]|[ \u00a0\u202f](?=\\d{3}(?!\\d)))`;
const NUM = `\\d+(?:${SEP}\\d+)*`;
const CUR = `[$€£¥￥₩₹]|(?:RMB|CNY|USD|EUR|GBP|JPY|HKD|US\\$|HK\\$|A\\$|C\\$|CA\\$)`;
const SUFFIX = `千万|百万|万亿|亿|万|千|thousand|million|billion|mn|bn|mm|[kKmMbB](?![a-zA-Z])`;
const TOKEN = new RegExp(
  `(?<open>\\()?\\s*(?<sign>[-−–])?\\s*(?<cur>${CUR})?\\s*(?<sign2>[-−])?(?<num>${NUM})` +
    `(?:\\s*(?<suf>${SUFFIX}))?(?:\\s*(?<cur2>元|円|圆|块|${CUR})(?!\\s*\\d))?\\s*(?<close>\\))?`,
  'gu',
);
const MULT: Record<string, number> = {
  千: 1e3, 万: 1e4, 百万: 1e6, 千万: 1e7, 亿: 1e8, 万亿: 1e12,
  k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9,
};

const decimalCache = new Map<string, string>();
/** The locale's decimal mark, from Intl so every locale the browser knows is covered. */
function decimalMark(locale?: string): string {
  if (!locale) return '.';
  let d = decimalCache.get(locale);
  if (d === undefined) {
    try {
      d = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    } catch {
      d = '.';
    }
    decimalCache.set(locale, d);
  }
  return d;
}

/** "1.234,50" → 1234.5 given the locale's decimal mark for the ambiguous single-separator case. */
function toNumber(digits: string, decimal: string): number {
  const s = digits.replace(/[ '\u2019\u00a0\u202f]/g, '');
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let dec: string | undefined;
  if (dots && commas) dec = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
  else if (dots + commas === 1) {
    const sep = dots ? '.' : ',';
    const [before, after] = s.split(sep) as [string, string];
    const ambiguous = after.length === 3 && before.length <= 3 && !before.startsWith('0');
    dec = !ambiguous || sep === decimal ? sep : undefined;
  }
  const grouping = dec === '.' ? /,/g : dec === ',' ? /\./g : /[.,]/g;
  return Number(s.replace(grouping, '').replace(',', '.'));
}

interface Token {
  value: number;
  marked: boolean;
  end: number;
  start: number;
}

function tokens(text: string, locale?: string): Token[] {
  const decimal = decimalMark(locale);
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const g = m.groups!;
    // A sign glued to a preceding digit is a range or a date separator, not a minus.
    const prev = text[m.index - 1] ?? '';
    const signed = Boolean((g.sign || g.sign2) && !/\d/.test(prev));
    const negative = signed || Boolean(g.open && g.close);
    const suffix = g.suf ? MULT[g.suf.toLowerCase()] ?? MULT[g.suf] ?? 1 : 1;
    const v = toNumber(g.num!, decimal) * suffix;
    if (!Number.isFinite(v)) continue;
    out.push({
      value: Number((negative ? -v : v).toPrecision(15)),
      marked: Boolean(g.cur || g.cur2 || g.suf),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/**
 * The amount a text states, or undefined when it states none or several (a date, a range):
 * a guess there would put a wrong number into a risk score.
 */
export function parseAmount(text: string, locale?: string): number | undefined {
  try {
    if (typeof text !== 'string') return undefined;
    const s = text.normalize('NFKC').slice(0, 200);
    const found = tokens(s, locale);
    if (found.length === 1) return found[0]!.value;
    const marked = found.filter((t) => t.marked);
    if (marked.length === 1) return marked[0]!.value;
    // Scores written against their scale: 4.5/5, 8 / 10, 72/100.
    if (found.length === 2 && /^\s*\/\s*$/.test(s.slice(found[0]!.end, found[1]!.start)) && [5, 10, 100].includes(found[1]!.value)) {
      return found[0]!.value;
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/** The first currency-marked amount inside free text (a timeline entry), if any. */
export function findAmount(text: string, locale?: string): number | undefined {
  try {
    return tokens(text.normalize('NFKC').slice(0, 2000), locale).find((t) => t.marked)?.value;
  } catch {
    return undefined;
  }
}
