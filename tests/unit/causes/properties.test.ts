import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyText, scoreCauses } from '../../../src/core/causes/classify';
import { readCorpus } from './corpus';

const corpus = readCorpus('causes.jsonl');
const texts = corpus.map((l) => l.text);
const strong = corpus
  .map((l) => ({ text: l.text, top: classifyText(l.text)[0] }))
  .filter((x) => x.top && x.top.confidence >= 0.7);
const neutral = [
  '下周二上午开会。',
  '合同已寄出。',
  'Sent the Q3 invoice.',
  'Call booked for Monday.',
  '客户要了一份产品手册。',
  'Notes from the weekly sync:',
];
const key = (text: string) => JSON.stringify(classifyText(text));

/** Upper-cases a random subset of ASCII letters. */
const recase = (text: string, mask: boolean[]) =>
  Array.from(text, (ch, i) => (mask[i % mask.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');

describe('classifier properties', () => {
  it('ignores surrounding whitespace and letter case', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(fc.constantFrom(' ', '\n', '\t', '\u3000', '\r\n'), { maxLength: 4 }),
        fc.array(fc.constantFrom(' ', '\n', '\t', '\u3000'), { maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
        (text, before, after, mask) => {
          expect(key(before.join('') + recase(text, mask) + after.join(''))).toBe(key(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps a strong hit when a neutral sentence is added before or after', () => {
    expect(strong.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(fc.constantFrom(...strong), fc.constantFrom(...neutral), fc.boolean(), ({ text, top }, extra, first) => {
        const combined = first ? `${extra} ${text}` : `${text}。${extra}`;
        expect(classifyText(combined).map((h) => h.cause)).toContain(top!.cause);
      }),
      { numRuns: 300 },
    );
  });

  // Generating 500 arbitrary strings is itself slow on a busy machine: the limit is fast-check's, not ours.
  it('keeps every confidence in [0, 1) and hits sorted, whatever the input', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), (s) => {
        const hits = scoreCauses(s);
        for (const h of hits) {
          expect(h.confidence).toBeGreaterThanOrEqual(0);
          expect(h.confidence).toBeLessThan(1);
        }
        for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.confidence).toBeGreaterThanOrEqual(hits[i]!.confidence);
        expect(() => classifyText(s, { competitors: [s, '', 'a', '(', '\\'] })).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('handles 10,000-character notes in bounded time', () => {
    const pieces = [...texts, '没有', '不', 'no', 'not', '非常', '，', '。', 'but', '但', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 2000, maxLength: 3000 }), (parts) => {
        const text = parts.join('').slice(0, 10_000);
        const t0 = performance.now();
        const hits = classifyText(text, { competitors: ['Zoho', '销售易'] });
        const ms = performance.now() - t0;
        expect(Array.isArray(hits)).toBe(true);
        expect(ms).toBeLessThan(1000);
      }),
      { numRuns: 5 },
    );
    const random = 'x'.repeat(10_000);
    expect(classifyText(random)).toEqual([]);
    const t0 = performance.now();
    classifyText('太'.repeat(5_000) + '不'.repeat(5_000));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
