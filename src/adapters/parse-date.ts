/**
 * Dates as CRMs print them, in Chinese and English: ISO, 2024/3/5, 2024年3月5日, 3/5/2024 (order by
 * locale), Mar 5, 2024, and relative forms (3天前, 3 days ago, 昨天, yesterday). Dates without a zone
 * are read as UTC so a read means the same on every machine; "now" is a parameter.
 */

export interface DateOptions {
  now: number;
  /** BCP 47 tag of the page (document.documentElement.lang); decides 3/5/2024 vs 5/3/2024. */
  locale?: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const UNIT_MS: Record<string, number> = {
  minute: MINUTE, min: MINUTE, hour: HOUR, hr: HOUR, day: DAY, week: 7 * DAY, month: 30 * DAY, year: 365 * DAY,
  分钟: MINUTE, 分: MINUTE, 小时: HOUR, 个小时: HOUR, 天: DAY, 日: DAY, 周: 7 * DAY, 星期: 7 * DAY, 个星期: 7 * DAY,
  月: 30 * DAY, 个月: 30 * DAY, 年: 365 * DAY,
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const TIME = String.raw`(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|上午|下午)?)?`;
const WORD_DAYS: [RegExp, number][] = [
  [/大前天/, -3], [/前天/, -2], [/昨天|昨日|yesterday/i, -1], [/今天|今日|\btoday\b/i, 0],
  [/明天|明日|tomorrow/i, 1], [/后天/, 2],
];

/** Locales that write the month first in numeric dates (US usage); the rest write the day first. */
function monthFirst(locale?: string): boolean {
  if (!locale) return true;
  const l = locale.toLowerCase();
  return l === 'en' || l === 'en-us' || l === 'es-us' || l === 'en-ph' || l === 'fil';
}

function utc(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): number | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 59) return undefined;
  const t = Date.UTC(y, m - 1, d, hh, mm, ss);
  return new Date(t).getUTCDate() === d ? t : undefined;
}

const fullYear = (y: string) => (y.length === 2 ? (Number(y) < 70 ? 2000 : 1900) + Number(y) : Number(y));
const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

function clock(h?: string, m?: string, s?: string, half?: string): [number, number, number] {
  let hh = Number(h ?? 0);
  if (half && /pm|下午/i.test(half) && hh < 12) hh += 12;
  if (half && /am|上午/i.test(half) && hh === 12) hh = 0;
  return [hh, Number(m ?? 0), Number(s ?? 0)];
}

function relative(s: string, now: number): number | undefined {
  if (/刚刚|just now|^now$/i.test(s)) return now;
  const zh = /(\d+|半|一|两|几)\s*(分钟|分|个小时|小时|天|日|个星期|星期|周|个月|月|年)\s*(前|以前|之前|后|以后|之后)/u.exec(s);
  if (zh) {
    const n = zh[1] === '半' ? 0.5 : zh[1] === '一' ? 1 : zh[1] === '两' ? 2 : zh[1] === '几' ? 3 : Number(zh[1]);
    const sign = zh[3]!.includes('前') ? -1 : 1;
    return now + sign * n * UNIT_MS[zh[2]!]!;
  }
  // Deadlines: "2 天内" is due within two days; "逾期 3 天", "3 days overdue" were due three days ago.
  const within = /(\d+)\s*(天|日|个?小时|周|个?星期|个?月)\s*内/u.exec(s);
  if (within) return now + Number(within[1]) * UNIT_MS[within[2]!]!;
  const late = /(?:逾期|超期|已逾期|过期)\s*(\d+)\s*(天|日|周|个?月)|(\d+)\s+(day|week|month)s?\s+(?:overdue|late)|overdue\s+(?:by|for)\s+(\d+)\s+(day|week|month)s?/iu.exec(s);
  if (late) {
    const n = Number(late[1] ?? late[3] ?? late[5]);
    const unit = (late[2] ?? late[4] ?? late[6])!.toLowerCase();
    return now - n * UNIT_MS[unit]!;
  }
  const en = /\b(\d+|an?|one)\s+(min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\s+ago\b/i.exec(s);
  if (en) return now - (/^\d+$/.test(en[1]!) ? Number(en[1]) : 1) * UNIT_MS[en[2]!.toLowerCase()]!;
  const ahead = /\bin\s+(\d+|an?|one)\s+(min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\b/i.exec(s);
  if (ahead) return now + (/^\d+$/.test(ahead[1]!) ? Number(ahead[1]) : 1) * UNIT_MS[ahead[2]!.toLowerCase()]!;
  for (const [re, days] of WORD_DAYS) {
    if (!re.test(s)) continue;
    const t = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?/i.exec(s);
    if (!t) return now + days * DAY;
    const base = new Date(now + days * DAY);
    const [hh, mm, ss] = clock(t[1], t[2], t[3], t[4]);
    return utc(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate(), hh, mm, ss);
  }
  if (/上周|last week/i.test(s)) return now - 7 * DAY;
  if (/上个?月|last month/i.test(s)) return now - 30 * DAY;
  return undefined;
}

const YMD = new RegExp(String.raw`(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)(?:\s*[日号])?` + TIME, 'i');
const NUMERIC = new RegExp(String.raw`(?<!\d)(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)` + TIME, 'i');
const MDY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?` + TIME, 'i');
const DMY = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?[\s-]+${MONTH}(?:,?[\s-]+(\d{4}))?\b`, 'i');
const MY = new RegExp(String.raw`\b${MONTH}\s+(\d{4})\b`, 'i');

function absolute(s: string, opts: DateOptions): number | undefined {
  const iso = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?/.exec(s);
  if (iso) {
    const t = Date.parse(iso[1] ? iso[0] : `${iso[0]}Z`);
    if (Number.isFinite(t)) return t;
  }
  const ymd = YMD.exec(s);
  if (ymd) return utc(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), ...clock(ymd[4], ymd[5], ymd[6], ymd[7]));
  const nums = NUMERIC.exec(s);
  if (nums) {
    const a = Number(nums[1]);
    const b = Number(nums[3]);
    const dayFirst = a > 12 || (b <= 12 && (nums[2] === '.' || !monthFirst(opts.locale)));
    const [m, d] = dayFirst ? [b, a] : [a, b];
    return utc(fullYear(nums[4]!), m, d, ...clock(nums[5], nums[6], nums[7], nums[8]));
  }
  const year = new Date(opts.now).getUTCFullYear();
  const md = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/.exec(s);
  if (md) return utc(year, Number(md[1]), Number(md[2]));
  const ym = /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月/.exec(s);
  if (ym) return utc(Number(ym[1]), Number(ym[2]), 1);
  const mdy = MDY.exec(s);
  if (mdy) return utc(mdy[3] ? Number(mdy[3]) : year, monthIndex(mdy[1]!), Number(mdy[2]), ...clock(mdy[4], mdy[5], mdy[6], mdy[7]));
  const dmy = DMY.exec(s);
  if (dmy) return utc(dmy[3] ? Number(dmy[3]) : year, monthIndex(dmy[2]!), Number(dmy[1]));
  const my = MY.exec(s);
  if (my) return utc(Number(my[2]), monthIndex(my[1]!), 1);
  return undefined;
}

/** The date a text states (epoch ms), or undefined. Never throws. */
export function parseDate(text: string, opts: DateOptions): number | undefined {
  try {
    if (typeof text !== 'string' || !Number.isFinite(opts.now)) return undefined;
    const s = text.normalize('NFKC').slice(0, 200).trim();
    if (!s) return undefined;
    const t = absolute(s, opts) ?? relative(s, opts.now);
    return t !== undefined && Number.isFinite(t) ? t : undefined;
  } catch {
    return undefined;
  }
}
