/**
 * Scoring speed of the worker's engine in Node: 10,000 accounts with 1,000,000 interactions in
 * all (generated, seeded), against a baseline pass that only walks the same interactions once.
 */
import { scoreMany, type AccountHistory } from '../src/core/engine';
import { mulberry32 } from '../src/core/random';
import type { Interaction, InteractionKind } from '../src/core/types';

const DAY = 86_400_000;
const KINDS: InteractionKind[] = ['call', 'meeting', 'email', 'ticket', 'order', 'note', 'complaint', 'payment'];
const TEXTS = [
  'Quarterly review went well', '客户反馈设备频繁故障，要求返修', 'Asked for a 20% discount, budget cut',
  '说竞品报价低30%', 'Champion left the company', '工单三天没人理', 'Renewal discussed, happy', '订单：季度续费',
];

function histories(accounts: number, interactions: number, now: number): AccountHistory[] {
  const rnd = mulberry32(42);
  const per = interactions / accounts;
  return Array.from({ length: accounts }, (_, a) => {
    const key = `bench:${a}`;
    const its: Interaction[] = Array.from({ length: per }, (_, i) => ({
      id: `${a}-${i}`, account: key, at: now - Math.floor(rnd() * 720) * DAY,
      kind: KINDS[Math.floor(rnd() * KINDS.length)], text: TEXTS[Math.floor(rnd() * TEXTS.length)],
      amount: Math.round(rnd() * 10_000), source: 'import',
    }));
    return {
      account: { key, crm: 'bench', name: key, fields: { arr: { raw: '1', num: 1 + Math.round(rnd() * 1e5) } }, firstSeen: 0, lastSeen: now },
      snapshots: [], interactions: its, notes: [],
    };
  });
}

export async function benchEngine(): Promise<string[]> {
  const now = Date.UTC(2026, 10, 1);
  const hs = histories(10_000, 1_000_000, now);
  const t0 = performance.now();
  let touched = 0;
  for (const h of hs) for (const i of h.interactions) touched += i.at > now - 90 * DAY ? 1 : 0;
  const base = performance.now() - t0;
  scoreMany(hs.slice(0, 200), now); // warm-up: JIT and the text memo's first entries
  const t1 = performance.now();
  const scores = scoreMany(hs, now);
  const ms = performance.now() - t1;
  const flagged = scores.filter((s) => s.level === 'high' || s.level === 'critical').length;
  return [
    `score 10k accounts / 1M interactions: ${ms.toFixed(0)} ms (target ≤ 1000 ms); one bare pass over the same interactions ${base.toFixed(0)} ms (ratio ${(ms / Math.max(1, base)).toFixed(1)}x); ${flagged} high/critical (${touched} recent interactions)`,
  ];
}
