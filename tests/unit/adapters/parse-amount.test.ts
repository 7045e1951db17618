import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAmount, parseAmount } from '../../../src/adapters/parse-amount';

describe('parseAmount', () => {
  const cases: [string, string | undefined, number | undefined][] = [
    ['¥12.5万', 'zh-CN', 125_000],
    ['1.2亿', 'zh-CN', 120_000_000],
    ['36.5万元', 'zh-CN', 365_000],
    ['12,345元', 'zh-CN', 12_345],
    ['￥128,400.00', 'zh-CN', 128_400],
    ['1,234.50', 'en-US', 1234.5],
    ['$12.3k', 'en-US', 12_300],
    ['1.2M', 'en', 1_200_000],
    ['USD 1.5M', 'en', 1_500_000],
    ['€1.234,50', 'de-DE', 1234.5],
    ['€1.234,50', 'en-US', 1234.5],
    ['1 234,50 €', 'fr-FR', 1234.5],
    ['1.234', 'de-DE', 1234],
    ['1.234', 'en-US', 1.234],
    ['1,234', 'en-US', 1234],
    ['1,234', 'de-DE', 1.234],
    ['12,50', 'en-US', 12.5],
    ['₹ 45,00,000.00', 'en-IN', 4_500_000],
    ["CHF 1'234.50", 'de-CH', 1234.5],
    ['(1,234.50)', 'en-US', -1234.5],
    ['-5', undefined, -5],
    ['−1,000', 'en', -1000],
    ['85%', undefined, 85],
    ['4.5/5', undefined, 4.5],
    ['3 / 5', undefined, 3],
    ['3 open', 'en', 3],
    ['2024-03-05', undefined, undefined],
    ['10-20', undefined, undefined],
    ['Q3 2024', 'en', undefined],
    ['no number here', 'en', undefined],
    ['', undefined, undefined],
  ];
  it.each(cases)('%s (%s)', (text, locale, expected) => {
    expect(parseAmount(text, locale)).toBe(expected);
  });

  it('finds the currency-marked amount in free text', () => {
    expect(findAmount('收到回款 ¥35万。', 'zh-CN')).toBe(350_000);
    expect(findAmount('Deal won: Annual plan 2025 € 24.000,00', 'en')).toBe(24_000);
    expect(findAmount('Call 5 min, no amount', 'en')).toBeUndefined();
  });

  it('never throws and returns a finite number or undefined, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(undefined, 'en-US', 'de-DE', 'fr-FR', 'zh-CN', 'not a locale'), (s, locale) => {
        const n = parseAmount(s, locale);
        return n === undefined || Number.isFinite(n);
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips numbers formatted by Intl in the page locale', () => {
    const locales = ['en-US', 'en-GB', 'en-IN', 'de-DE', 'de-CH', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'zh-CN', 'ja-JP'];
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), fc.constantFrom(...locales), fc.boolean(), (cents, locale, currency) => {
        const n = cents / 100;
        const fmt = new Intl.NumberFormat(locale, currency ? { style: 'currency', currency: 'EUR' } : { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        return parseAmount(fmt.format(n), locale) === n;
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips whole numbers with the grouping the locale prints', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'zh-CN'), (n, locale) => parseAmount(n.toLocaleString(locale), locale) === n),
      { numRuns: 1000 },
    );
  });
});
