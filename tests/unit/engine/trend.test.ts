import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineOf, levelRose, pointsByFeature, scoreDayOf, series, utcDay, whatChanged } from '../../../src/core/trend';
import { changeWords, featureLabel } from '../../../src/core/trend-words';
import { trendStrings } from '../../../src/core/strings/trend';
import { CAUSE_IDS, type Contribution, type Level, type Score, type ScoreDay } from '../../../src/core/types';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 15, 30);
const dayBack = (n: number) => utcDay(NOW - n * DAY);

const score = (contributions: Contribution[], over: Partial<Score> = {}): Score => ({
  account: 'demo:acc-1', at: NOW, level: 'medium', risk: 40, valueAtRisk: 0, contributions,
  causes: [], actions: [], model: 'scorecard', ...over,
});
const day = (n: number, points: Record<string, number> = {}, level: Level = 'low', risk: number | null = 10): ScoreDay => ({
  account: 'demo:acc-1', day: dayBack(n), at: Date.parse(`${dayBack(n)}T12:00:00Z`), level, risk, points,
});

describe('score days', () => {
  it('keys a score by its UTC day and sums each feature’s points (text comes one per cause)', () => {
    // 23:30 in California on 1 March is already 2 March in UTC: every time zone files it the same day.
    const at = Date.parse('2026-03-01T23:30:00-08:00');
    const d = scoreDayOf(score([
      { feature: 'text', cause: 'price', points: 10.1, evidence: [] },
      { feature: 'text', cause: 'competitor', points: 7.2, evidence: [] },
      { feature: 'silence', cause: 'relationship_neglect', points: 12, evidence: [] },
    ], { at, causes: [{ cause: 'price', points: 10.1, confidence: 0.4, evidence: [] }] }));
    expect(d).toEqual({
      account: 'demo:acc-1', day: '2026-03-02', at, level: 'medium', risk: 40,
      points: { text: 17.3, silence: 12 }, cause: 'price',
    });
  });

  it('keeps the last 90 days, today included, oldest first', () => {
    const days = [day(0), day(95), day(89), day(90), day(3), day(45)];
    expect(series(days, NOW).map((d) => d.day)).toEqual([dayBack(89), dayBack(45), dayBack(3), dayBack(0)]);
  });
});

describe('the day a change is measured from', () => {
  it('is the latest day a week or more back', () => {
    expect(baselineOf([day(30), day(8), day(7), day(6), day(0)], NOW)?.day).toBe(dayBack(7));
    // However long ago: an account not scored for months still compares with its last known day.
    expect(baselineOf([day(200), day(2), day(0)], NOW)?.day).toBe(dayBack(200));
  });

  it('is the first day for an account newer than a week, and none when today is all there is', () => {
    expect(baselineOf([day(4), day(2), day(0)], NOW)?.day).toBe(dayBack(4));
    expect(baselineOf([day(0)], NOW)).toBeUndefined();
    expect(baselineOf([], NOW)).toBeUndefined();
  });
});

describe('rose this week', () => {
  it('rises only on a higher known level than the baseline day', () => {
    expect(levelRose('high', day(7, {}, 'medium'))).toBe(true);
    expect(levelRose('critical', day(7, {}, 'low'))).toBe(true);
    expect(levelRose('medium', day(7, {}, 'medium'))).toBe(false);
    expect(levelRose('medium', day(7, {}, 'high'))).toBe(false);
    // First judged now, or judged before and unknown now: nothing was seen to climb.
    expect(levelRose('high', day(7, {}, 'unknown', null))).toBe(false);
    expect(levelRose('unknown', day(7, {}, 'low'))).toBe(false);
    expect(levelRose('critical', undefined)).toBe(false);
  });
});

const FEATURES = ['silence', 'text', 'open_tickets', 'nps', 'owner_change', 'arr_down'] as const;
const points = fc.integer({ min: 1, max: 400 }).map((n) => n / 10);
const contributionsArb = fc.array(
  fc.record({ feature: fc.constantFrom(...FEATURES), cause: fc.constantFrom(...CAUSE_IDS), points }),
  { maxLength: 8 },
).map((cs) => cs.map((c): Contribution => ({ ...c, evidence: [{ key: 'ev_open_tickets', params: [c.points] }] })));
const pointsArb = fc.dictionary(fc.constantFrom(...FEATURES), points, { maxKeys: 6 });
const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

describe('what changed', () => {
  it('adds up: the changes sum to the move in total points, each feature once, biggest first', () => {
    fc.assert(
      fc.property(contributionsArb, pointsArb, fc.integer({ min: 7, max: 89 }), (contribs, before, back) => {
        const now = pointsByFeature(contribs);
        const w = whatChanged(score(contribs), [day(back, before), day(0, now)], NOW)!;
        expect(w.since.day).toBe(dayBack(back));
        const moved = w.changes.reduce((s, c) => s + c.delta, 0);
        expect(moved).toBeCloseTo(sum(now) - sum(before), 6);
        expect(new Set(w.changes.map((c) => c.feature)).size).toBe(w.changes.length);
        const sizes = w.changes.map((c) => Math.abs(c.delta));
        expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
        for (const c of w.changes) {
          expect(c.delta).not.toBe(0);
          expect(c.before).toBe(before[c.feature] ?? 0);
          expect(c.after).toBe(now[c.feature] ?? 0);
          expect(c.kind).toBe(c.before === 0 ? 'appeared' : c.after === 0 ? 'gone' : c.delta > 0 ? 'rose' : 'fell');
          // Evidence comes from the current score; a feature that no longer weighs has none.
          expect(c.evidence.length > 0).toBe(c.kind !== 'gone');
        }
        // A feature absent from the list did not move.
        for (const f of FEATURES) {
          if (!w.changes.some((c) => c.feature === f)) expect(now[f] ?? 0).toBeCloseTo(before[f] ?? 0, 6);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('names the contributions that rose, fell, appeared and went, in both languages', () => {
    const now = score([
      { feature: 'text', cause: 'competitor', points: 18, evidence: [{ key: 'ev_text', params: ['evaluating a cheaper rival'] }] },
      { feature: 'silence', cause: 'relationship_neglect', points: 14, evidence: [{ key: 'ev_last_contact', params: [40, 12] }] },
      { feature: 'open_tickets', cause: 'service_experience', points: 4, evidence: [{ key: 'ev_open_tickets', params: [2] }] },
    ], { level: 'high', risk: 58 });
    const w = whatChanged(now, [day(9, { silence: 8, open_tickets: 10, nps: 6 }, 'low', 22), day(0)], NOW)!;
    expect(w.changes.map((c) => [c.feature, c.kind, c.delta])).toEqual([
      ['text', 'appeared', 18], ['nps', 'gone', -6], ['open_tickets', 'fell', -6], ['silence', 'rose', 6],
    ]);
    expect(w.changes.map((c) => changeWords(c, 'en'))).toEqual([
      { title: 'New: What notes and tickets say: Competitor pull', amount: '+18 pts', evidence: ['“evaluating a cheaper rival”'] },
      { title: 'No longer weighs: NPS', amount: '−6.0 pts', evidence: [] },
      { title: 'Down: Open tickets', amount: '−6.0 pts (was 10)', evidence: ['2 open tickets'] },
      { title: 'Up: Time since the last contact', amount: '+6.0 pts (was 8.0)', evidence: ['last contact 40 days ago (usually every 12 days)'] },
    ]);
    const zh = w.changes.map((c) => changeWords(c, 'zh_CN'));
    expect(zh[0]!.title).toBe('新出现：备注和工单的内容：竞品争夺');
    expect(zh[3]).toEqual({ title: '上升：距上次联系的时间', amount: '+6.0 分（原为 8.0）', evidence: ['最近一次联系在 40 天前(该客户通常 12 天一次)'] });
  });

  it('has nothing to say on an account’s first day', () => {
    expect(whatChanged(score([]), [day(0)], NOW)).toBeNull();
  });

  it('has a name for every signal the engine weighs, in both languages', () => {
    const src = ['features.ts', 'engine.ts'].map((f) => readFileSync(`src/core/${f}`, 'utf8')).join('\n');
    const features = new Set([...src.matchAll(/contribution\(\s*'([a-z_]+)'|feature: '([a-z_]+)'/g)].map((m) => m[1] ?? m[2]!));
    expect(features.size).toBeGreaterThan(12);
    for (const f of features) {
      for (const lang of ['en', 'zh_CN'] as const) {
        expect((trendStrings[lang] as Record<string, string>)[`feature_${f}`], `${f} in ${lang}`).toBeTruthy();
        expect(featureLabel(f, undefined, lang)).not.toBe(f);
      }
    }
  });
});
