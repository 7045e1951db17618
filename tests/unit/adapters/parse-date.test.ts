import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/adapters/parse-date';

const NOW = Date.UTC(2025, 5, 15, 12, 0, 0);
const DAY = 86_400_000;
const at = (y: number, m: number, d: number, hh = 0, mm = 0) => Date.UTC(y, m - 1, d, hh, mm);

describe('parseDate', () => {
  const cases: [string, string | undefined, number | undefined][] = [
    ['2024-03-05', undefined, at(2024, 3, 5)],
    ['2024/3/5', undefined, at(2024, 3, 5)],
    ['2024.03.05', undefined, at(2024, 3, 5)],
    ['2024年3月5日', 'zh-CN', at(2024, 3, 5)],
    ['2024年3月5日 14:30', 'zh-CN', at(2024, 3, 5, 14, 30)],
    ['3/5/2024', 'en-US', at(2024, 3, 5)],
    ['5/3/2024', 'en-GB', at(2024, 3, 5)],
    ['3/5/2024', 'en-GB', at(2024, 5, 3)],
    ['25/12/2024', 'en-US', at(2024, 12, 25)],
    ['05.03.2024', 'de-DE', at(2024, 3, 5)],
    ['3/5/24', 'en-US', at(2024, 3, 5)],
    ['Mar 5, 2024', 'en', at(2024, 3, 5)],
    ['March 5th 2024', 'en', at(2024, 3, 5)],
    ['5 March 2024', 'en-GB', at(2024, 3, 5)],
    ['05/02/2025 3:14 PM', 'en-US', at(2025, 5, 2, 15, 14)],
    ['Mar 5', 'en', at(2025, 3, 5)],
    ['3月5日', 'zh-CN', at(2025, 3, 5)],
    ['2024年3月', 'zh-CN', at(2024, 3, 1)],
    ['2024-03-05T10:00:00+08:00', undefined, at(2024, 3, 5, 2)],
    ['2024-03-05T10:00:00Z', undefined, at(2024, 3, 5, 10)],
    ['3天前', 'zh-CN', NOW - 3 * DAY],
    ['3 days ago', 'en', NOW - 3 * DAY],
    ['an hour ago', 'en', NOW - 3_600_000],
    ['2小时前', 'zh-CN', NOW - 2 * 3_600_000],
    ['in 2 weeks', 'en', NOW + 14 * DAY],
    ['yesterday', 'en', NOW - DAY],
    ['昨天', 'zh-CN', NOW - DAY],
    ['today', 'en', NOW],
    ['今天', 'zh-CN', NOW],
    ['前天', 'zh-CN', NOW - 2 * DAY],
    ['明天', 'zh-CN', NOW + DAY],
    ['昨天 14:30', 'zh-CN', at(2025, 6, 14, 14, 30)],
    ['Renewal on 2024-03-05 (next year)', 'en', at(2024, 3, 5)],
    ['2024-02-30', undefined, undefined],
    ['13/13/2024', 'en-US', undefined],
    ['Q3 2024', 'en', undefined],
    ['13800138000', 'zh-CN', undefined],
    ['', undefined, undefined],
    ['Mayor of the town', 'en', undefined],
  ];
  it.each(cases)('%s (%s)', (text, locale, expected) => {
    expect(parseDate(text, { now: NOW, locale })).toBe(expected);
  });

  it('never throws and returns a finite number or undefined, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(undefined, 'en-US', 'en-GB', 'zh-CN', 'de', 'xx-invalid'), (s, locale) => {
        const t = parseDate(s, { now: NOW, locale });
        return t === undefined || Number.isFinite(t);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips dates written in every supported form', () => {
    const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    fc.assert(
      fc.property(fc.integer({ min: 1971, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const t = Date.UTC(y, m - 1, d);
        fc.pre(new Date(t).getUTCDate() === d);
        const pad = (n: number) => String(n).padStart(2, '0');
        const forms: [string, string][] = [
          [`${y}-${pad(m)}-${pad(d)}`, 'en'],
          [`${y}/${m}/${d}`, 'zh-CN'],
          [`${y}年${m}月${d}日`, 'zh-CN'],
          [`${m}/${d}/${y}`, 'en-US'],
          [`${d}/${m}/${y}`, 'en-GB'],
          [`${pad(d)}.${pad(m)}.${y}`, 'de-DE'],
          [`${MONTHS[m - 1]} ${d}, ${y}`, 'en'],
          [`${d} ${MONTHS[m - 1]} ${y}`, 'en-GB'],
        ];
        return forms.every(([s, locale]) => parseDate(s, { now: NOW, locale }) === t);
      }),
      { numRuns: 500 },
    );
  });

  it('matches what Intl prints for the page locale', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2090, 0, 1) }), fc.constantFrom('en-US', 'en-GB', 'zh-CN', 'de-DE', 'fr-FR'), (ms, locale) => {
        const day = ms - (ms % 86_400_000);
        const s = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' }).format(day);
        return parseDate(s, { now: NOW, locale }) === day;
      }),
      { numRuns: 500 },
    );
  });
});
