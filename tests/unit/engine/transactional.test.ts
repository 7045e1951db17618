import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, scoreAccount, type AccountHistory } from '../../../src/core/engine';
import { renderEvidence } from '../../../src/core/render';
import { fitOrders, MIN_BUYERS, orderSummary } from '../../../src/core/transactional';
import { mulberry32 } from '../../../src/core/random';
import type { Interaction } from '../../../src/core/types';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22);

function buyer(i: number, everyDays: number, lastDaysAgo: number): AccountHistory {
  const its: Interaction[] = [];
  for (let d = lastDaysAgo; d < 400; d += everyDays) its.push({ id: `o${d}`, account: `t:${i}`, at: NOW - d * DAY, kind: 'order', amount: 100, source: 'import' });
  return { account: { key: `t:${i}`, crm: 't', name: `B${i}`, fields: {}, firstSeen: 0, lastSeen: NOW }, snapshots: [], interactions: its, notes: [] };
}

describe('transactional accounts', () => {
  it('summarises orders in weeks with same-day orders counted once', () => {
    const its: Interaction[] = [0, 0, 14, 28].map((d, k) => ({ id: `${k}`, account: 'a', at: NOW - (28 - d) * DAY, kind: 'order', source: 'page' }));
    expect(orderSummary(its, NOW)).toEqual({ x: 2, tx: 4, T: 4 });
    expect(orderSummary([], NOW)).toBeNull();
  });

  it('summarises like the plain definition: distinct order days up to now, in weeks', () => {
    const kind = fc.constantFrom('order', 'order', 'call', 'payment') as fc.Arbitrary<Interaction['kind']>;
    const at = fc.oneof(fc.integer({ min: -5, max: 700 }).map((d) => NOW - d * DAY - (d % 3) * 3_600_000), fc.constant(Number.NaN));
    fc.assert(
      fc.property(fc.array(fc.record({ kind, at }), { maxLength: 40 }), (raw) => {
        const its = raw.map((r, k) => ({ ...r, id: `${k}`, account: 'a', source: 'page' as const }));
        const days = [...new Set(its.filter((i) => i.kind === 'order' && Number.isFinite(i.at) && i.at <= NOW).map((i) => Math.floor(i.at / DAY)))].sort((a, b) => a - b);
        const want = days.length ? { x: days.length - 1, tx: ((days.at(-1)! - days[0]!) * DAY) / (7 * DAY), T: (NOW - days[0]! * DAY) / (7 * DAY) } : null;
        expect(orderSummary(its, NOW)).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('needs enough buying accounts before fitting', () => {
    expect(fitOrders(Array.from({ length: MIN_BUYERS - 1 }, (_, i) => buyer(i, 30, 5)), NOW)).toBeNull();
  });

  it('a buyer gone quiet against the team’s buying pattern gets the no-order signal, a regular one does not', () => {
    const rnd = mulberry32(3);
    // A team where about a third of the buyers stopped at some point, as real ones do.
    const team = Array.from({ length: 120 }, (_, i) =>
      buyer(i, 15 + Math.floor(rnd() * 30), rnd() < 0.35 ? 60 + Math.floor(rnd() * 250) : Math.floor(rnd() * 30)));
    const orders = fitOrders(team, NOW)!;
    expect(orders).not.toBeNull();
    const settings = { ...DEFAULT_SETTINGS, orders };
    const quiet = scoreAccount(buyer(100, 14, 150), NOW, settings);
    const regular = scoreAccount(buyer(101, 14, 3), NOW, settings);
    const sig = quiet.contributions.find((c) => c.feature === 'order_silence')!;
    expect(sig.evidence[0].key).toBe('ev_no_order_chance');
    expect(renderEvidence(sig.evidence[0], 'en')).toMatch(/^\d+% chance of no order in the next 90 days \(last order 150 days ago\)$/);
    expect(renderEvidence(sig.evidence[0], 'zh_CN')).toMatch(/不再下单的概率/);
    expect(regular.contributions.find((c) => c.feature === 'order_silence')).toBeUndefined();
    expect(quiet.risk!).toBeGreaterThan(regular.risk!);
  });
});
