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
  { weight: 8, arbitrary: fc.integer({ min: -800, max: 3 }).map((d) => NOW - d * DAY) },
  { weight: 4, arbitrary: fc.integer({ min: -800, max: 3 }).map((d) => NOW - d * DAY - 3_600_000) },
  { weight: 1, arbitrary: fc.constant(Number.NaN) },
);
const historyArb = fc
  .record({
    its: fc.array(fc.record({ at, kind: fc.constantFrom(...KINDS), text: fc.option(fc.constantFrom(...TEXTS), { nil: undefined }) }), { maxLength: 60 }),
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
          else expect(silence[0]?.evidence[0]).toEqual({ key: 'ev_last_contact', params: [since, Math.round(usual)], at: Math.max(...ats) });
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
});
