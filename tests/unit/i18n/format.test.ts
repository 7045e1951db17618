import { describe, expect, it } from 'vitest';
import { dateFormat, formatDate, formatMoney, numberFormat } from '../../../src/i18n/t';

const AT = Date.UTC(2026, 10, 16, 15, 30);

describe('numbers and dates in the user language', () => {
  it('write amounts as each language does: 万 in Chinese from ten thousand up', () => {
    expect(formatMoney(1_234_567.4, 'en')).toBe('1,234,567');
    expect(formatMoney(9_999, 'zh_CN')).toBe('9,999');
    expect(formatMoney(118_360, 'zh_CN')).toBe('11.8万');
    expect(formatMoney(220_000, 'zh_CN')).toBe('22万');
    expect(formatMoney(12_345_678, 'zh_CN')).toBe('1,235万');
  });

  it('write the same text as toLocaleString would', () => {
    for (const lang of ['en', 'zh_CN'] as const) {
      const locale = lang === 'zh_CN' ? 'zh-CN' : 'en-US';
      expect(formatDate(AT, lang)).toBe(new Date(AT).toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' }));
      const long = { dateStyle: 'medium', timeStyle: 'short' } as const;
      expect(dateFormat(lang, long).format(AT)).toBe(new Date(AT).toLocaleString(locale, long));
    }
  });

  it('keep one formatter per language and options, never another one of theirs', () => {
    const short = { month: 'short', day: 'numeric', timeZone: 'UTC' } as const;
    expect(dateFormat('en', short)).toBe(dateFormat('en', { ...short }));
    expect(dateFormat('en', short)).not.toBe(dateFormat('zh_CN', short));
    expect(dateFormat('en', short)).not.toBe(dateFormat('en', { ...short, year: 'numeric' }));
    expect(numberFormat('en', { maximumFractionDigits: 2 }).format(1.2345)).toBe('1.23');
    expect(numberFormat('en').format(1.2345)).toBe('1.235');
  });
});
