import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyText } from '../../../src/core/causes/classify';
import type { AccountHistory } from '../../../src/core/engine';
import { computeContributions, DEFAULT_WEIGHTS } from '../../../src/core/features';
import type { Evidence, Interaction, InteractionKind } from '../../../src/core/types';

/*
 * The features gather what they need in one pass and keep only the heaviest text evidence as they
 * go. These properties hold them to the plain definitions, written out here the slow way.
 */
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22);
const ALL = ['silence', 'contact_trend', 'text', 'open_tickets', 'nps', 'csat', 'owner_change', 'orders', 'arr_down'];
const TEXTS = ['客户投诉：设备又坏了，质量太差', 'Asked for a 20% discount', '说竞品报价低30%', 'Champion left the company', '很久没联系', 'Quarterly review went well', '工单三天没人理', '价格太贵了，服务也差'];
const KINDS: InteractionKind[] = ['call', 'meeting', 'email', 'visit', 'ticket', 'order', 'note', 'complaint', 'payment'];
const CONTACT = new Set(['call', 'meeting', 'email', 'visit']);

// Few distinct dates as well as many, so equal weights (ties) are common.
const at = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 4 }).map((d) => NOW - d * 20 * DAY) },
  { weight: 8, arbitrary: fc.integer({ min: -3, max: 800 }).map((d) => NOW - d * DAY) },
  { weight: 4, arbitrary: fc.integer({ min: -3, max: 800 }).map((d) => NOW - d * DAY - 3_600_000) },
  { weight: 1, arbitrary: fc.constant(Number.NaN) },
);
const historyArb = fc
  .record({
    its: fc.array(
      fc.record({
        at, kind: fc.constantFrom(...KINDS), text: fc.option(fc.constantFrom(...TEXTS), { nil: undefined }),
        amount: fc.option(fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.constant(Number.NaN)), { nil: undefined }),
      }),
      { maxLength: 60 },
    ),
    notes: fc.array(fc.record({ at, text: fc.constantFrom(...TEXTS) }), { maxLength: 6 }),
  })
  .map(({ its, notes }): AccountHistory => ({
    account: { key: 't:1', crm: 't', name: 'T', fields: {}, firstSeen: 0, lastSeen: NOW },
    snapshots: [],
    interactions: its.map((i, n) => ({ id: `i${n}`, account: 't:1', source: 'page', ...i }) as Interaction),
    notes: notes.map((x, n) => ({ id: `n${n}`, account: 't:1', ...x })),
  }));

const only = (h: AccountHistory, feature: string) =>
  computeContributions(h, {
    now: NOW, weights: DEFAULT_WEIGHTS, competitors: [], classify: (t) => classifyText(t),
    disabled: new Set(ALL.filter((f) => f !== feature)),
  });

const round1 = (x: number) => Math.round(x * 10) / 10;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const validAt = (i: Interaction) => Number.isFinite(i.at) && i.at <= NOW + DAY;

describe('features against their plain definitions', () => {
  it('text: decayed score per cause, evidence the four heaviest with ties in timeline order', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const items = [
          ...h.interactions.filter((i) => i.text && validAt(i)).map((i) => ({ text: i.text!, at: i.at, ref: { kind: 'interaction' as const, id: i.id }, kind: i.kind as string })),
          ...h.notes.map((n) => ({ text: n.text, at: n.at, ref: { kind: 'note' as const, id: n.id }, kind: 'note' })),
        ].filter((it) => !(it.at < NOW - 730 * DAY));
        const by = new Map<string, { score: number; ev: { e: Evidence; w: number }[] }>();
        for (const it of items) {
          const decay = Math.pow(0.5, (NOW - it.at) / DAY / 90);
          const weight = it.kind === 'complaint' ? 1.3 : it.kind === 'ticket' ? 1.1 : 1;
          for (const hit of classifyText(it.text)) {
            const w = hit.confidence * decay * weight;
            const e = by.get(hit.cause) ?? { score: 0, ev: [] };
            e.score += w;
            e.ev.push({ e: { key: 'ev_text', params: [it.text], ref: it.ref, at: it.at }, w });
            by.set(hit.cause, e);
          }
        }
        const expected = [...by]
          .map(([cause, e]) => ({
            feature: 'text', cause, points: Math.round(DEFAULT_WEIGHTS.text * (1 - Math.exp(-e.score / 1.2)) * 10) / 10,
            evidence: e.ev.sort((a, b) => b.w - a.w).slice(0, 4).map((x) => x.e),
          }))
          .filter((c) => c.points > 0);
        expect(only(h, 'text')).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('silence and contact trend: last contact, usual gap, and the last two quarters’ counts', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const ats = h.interactions.filter((i) => CONTACT.has(i.kind) && validAt(i)).map((i) => i.at);
        const silence = only(h, 'silence');
        if (!ats.length) expect(silence).toEqual([]);
        else {
          const sorted = [...ats].sort((a, b) => a - b);
          const gaps = sorted.slice(1).map((t, i) => (t - sorted[i]!) / DAY).filter((g) => g >= 1).sort((a, b) => a - b);
          const m = gaps.length >> 1;
          const median = gaps.length % 2 ? gaps[m]! : (gaps[m - 1]! + gaps[m]!) / 2;
          const usual = gaps.length >= 3 ? Math.min(120, Math.max(7, median)) : 30;
          const since = Math.max(0, Math.round((NOW - Math.max(...ats)) / DAY));
          if (since < 30 && since < usual * 1.5) expect(silence).toEqual([]);
          else {
            expect(silence[0]?.evidence[0]).toEqual({ key: 'ev_last_contact', params: [since, Math.round(usual)], at: Math.max(...ats) });
            expect(silence[0]?.points).toBe(round1(DEFAULT_WEIGHTS.silence * clamp((since / usual - 1) / 3, 0.15, 1)));
          }
        }
        const recent = ats.filter((t) => t > NOW - 90 * DAY).length;
        const prior = ats.filter((t) => t <= NOW - 90 * DAY && t > NOW - 180 * DAY).length;
        const trend = only(h, 'contact_trend');
        if (prior < 3 || recent >= prior * 0.6) expect(trend).toEqual([]);
        else expect(trend[0]?.evidence[0]?.params).toEqual([recent, prior]);
      }),
      { numRuns: 300 },
    );
  });

  it('orders: half-year totals and the usual gap between orders', () => {
    const median = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      const m = s.length >> 1;
      return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
    };
    fc.assert(
      fc.property(historyArb, (h) => {
        const os = h.interactions.filter((i) => i.kind === 'order' && validAt(i)).sort((a, b) => a.at - b.at);
        const got = only(h, 'orders');
        if (os.length < 3) {
          expect(got).toEqual([]);
          return;
        }
        const sum = (from: number, to: number) =>
          os.filter((o) => o.at > from && o.at <= to).reduce((s, o) => s + (Number.isFinite(o.amount) ? o.amount! : 0), 0);
        const recent = sum(NOW - 182 * DAY, NOW);
        const before = sum(NOW - 365 * DAY, NOW - 182 * DAY);
        const down = got.find((c) => c.feature === 'orders_down');
        if (before > 0 && recent < before * 0.7) expect(down?.evidence[0]?.params).toEqual([Math.round(recent), Math.round((1 - recent / before) * 100)]);
        else expect(down).toBeUndefined();
        const gaps = os.slice(1).map((o, i) => (o.at - os[i]!.at) / DAY).filter((g) => g >= 1);
        const since = Math.max(0, Math.round((NOW - os.at(-1)!.at) / DAY));
        const silent = got.find((c) => c.feature === 'order_silence');
        const usual = median(gaps);
        if (gaps.length >= 2 && since > Math.max(30, usual * 2)) {
          expect(silent?.evidence[0]?.params).toEqual([since, Math.round(usual)]);
          expect(silent?.points).toBe(round1(DEFAULT_WEIGHTS.orders * clamp((since / usual - 2) / 4, 0.2, 0.8)));
        } else expect(silent).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });
});
