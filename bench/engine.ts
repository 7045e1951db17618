/**
 * Scoring speed of the worker's engine in Node: 10,000 accounts with 1,000,000 interactions in
 * all (generated, seeded), against a baseline pass that only walks the same interactions once.
 *
 * The book looks like a real one: most accounts are healthy (steady contact, orders, routine
 * notes), some are drifting (contact stopped a few months ago), a few are at risk for one cause.
 * Activity per account is skewed, a third of interactions carry no text, and notes are templates
 * with names and numbers filled in, so the classifier meets some 1,500 distinct texts rather than
 * the same eight; the timed pass classifies the ones the warm-up did not see.
 */
import { DEFAULT_SETTINGS, scoreMany, type AccountHistory } from '../src/core/engine';
import { fitOrders } from '../src/core/transactional';
import { mulberry32 } from '../src/core/random';
import type { Interaction, InteractionKind } from '../src/core/types';

const DAY = 86_400_000;
const ACCOUNTS = 10_000;
const INTERACTIONS = 1_000_000;
const HISTORY_DAYS = 720;

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const PEOPLE = ['张经理', '李总', '王工', '陈主管', 'Anna', 'Tom', 'Priya', 'Marco', '刘老师', 'Kenji'];
const ROUTINE = [
  'Quarterly review went well', 'Renewal discussed, happy', '订单：季度续费', '例行回访，客户满意',
  'Sent the monthly usage report', 'Training session for {n} new users', '客户询问发票抬头',
  'Demo of the new dashboard, positive feedback', '确认下季度采购计划', 'Call with {p} about the rollout',
  '回访完成，客户反馈良好', 'Invoice {n} paid', '和{p}确认了培训时间', 'Added {n} seats for the new team',
  '{p} asked how to export the weekly report', '客户对新版本很满意', 'Lunch with {p}, good relationship',
  '{p} 说系统运行稳定', 'Checked in with {p}, all fine', '发送了{n}月份的使用报告',
];
const RISK: Record<string, readonly string[]> = {
  product_quality: ['客户反馈设备频繁故障，要求返修', 'Export keeps timing out for {p}', '第{n}台设备又坏了', 'App crashed again during the demo'],
  service_experience: ['工单{n}天没人理', 'Support took {n} days to reply', '{p}投诉客服态度差', 'Ticket escalated by {p}'],
  price: ['Asked for a {n}% discount, budget is tight', '{p}说价格太贵了', 'Renewal uplift is a problem for {p}', '要求降价{n}个点'],
  competitor: ['说竞品报价低{n}%', '{p} is evaluating other vendors', 'They got a quote from a rival', '客户在试用别家的产品'],
  staff_turnover: ['Champion left the company', '{p}离职了，新对接人还不熟悉', 'New CFO is reviewing all vendors', '负责人换了'],
  relationship_neglect: ['很久没联系了', "We haven't spoken to {p} in months", '签约后就没有回访过', 'No QBR in {n} months'],
  customer_circumstances: ['Budget cut by {n}%', '客户在裁员', 'Payments {n} days late', '订单量下滑了{n}%'],
};
const RISK_CAUSES = Object.keys(RISK);

function fill(r: Rand, template: string): string {
  return template.replace('{p}', pick(r, PEOPLE)).replace('{n}', String(2 + Math.floor(r() * 98)));
}

/** Per-account interaction counts: skewed (a few busy accounts, many quiet ones), summing exactly. */
function counts(r: Rand): number[] {
  const raw = Array.from({ length: ACCOUNTS }, () => Math.exp(r() * 3));
  const sum = raw.reduce((a, b) => a + b, 0);
  const out = raw.map((x) => Math.max(5, Math.floor((x / sum) * INTERACTIONS)));
  let left = INTERACTIONS - out.reduce((a, b) => a + b, 0);
  for (let i = 0; left !== 0; i = (i + 1) % ACCOUNTS) {
    const step = left > 0 ? 1 : out[i]! > 5 ? -1 : 0;
    out[i]! += step;
    left -= step;
  }
  return out;
}

type Segment = 'healthy' | 'drifting' | 'at_risk';

function account(r: Rand, a: number, n: number, now: number): AccountHistory {
  const key = `bench:${a}`;
  const u = r();
  const segment: Segment = u < 0.75 ? 'healthy' : u < 0.9 ? 'drifting' : 'at_risk';
  const cause = pick(r, RISK_CAUSES);
  // Drifting and at-risk accounts stopped hearing from us some time ago.
  const quietDays = segment === 'healthy' ? 0 : 40 + Math.floor(r() * 120);
  const riskShare = segment === 'healthy' ? 0.003 : segment === 'drifting' ? 0.05 : 0.25;
  const its: Interaction[] = [];
  for (let i = 0; i < n; i++) {
    // Spread over the history at the account's own steady pace, with jitter.
    const ago = Math.floor(((i + r()) / n) * HISTORY_DAYS);
    const k = r() * (segment === 'healthy' ? 0.97 : 1);
    let kind: InteractionKind =
      k < 0.22 ? 'email' : k < 0.38 ? 'call' : k < 0.46 ? 'meeting' : k < 0.5 ? 'visit' : k < 0.62 ? 'note' : k < 0.72 ? 'ticket' : k < 0.88 ? 'order' : k < 0.97 ? 'payment' : 'complaint';
    // Our side went quiet: what would have been contact in the quiet stretch becomes our own notes.
    if (ago < quietDays && (kind === 'email' || kind === 'call' || kind === 'meeting' || kind === 'visit')) kind = 'note';
    const risky = (kind === 'complaint' || r() < riskShare) && ago < 200;
    const text =
      kind === 'order' || kind === 'payment' || r() < 0.15
        ? undefined
        : fill(r, risky ? pick(r, RISK[segment === 'healthy' ? pick(r, RISK_CAUSES) : cause]!) : pick(r, ROUTINE));
    its.push({
      id: `${a}-${i}`, account: key, at: now - ago * DAY - Math.floor(r() * DAY), kind, text,
      amount: kind === 'order' || kind === 'payment' ? 500 + Math.round(r() * 9_500) : undefined, source: 'import',
    });
  }
  return {
    account: { key, crm: 'bench', name: key, fields: { arr: { raw: '1', num: 1 + Math.round(r() * 1e5) } }, firstSeen: 0, lastSeen: now },
    snapshots: [], interactions: its, notes: [],
  };
}

/** The book as the worker gets it: read back from IndexedDB, i.e. through a structured clone. */
function histories(now: number): AccountHistory[] {
  const r = mulberry32(42);
  return structuredClone(counts(r).map((n, a) => account(r, a, n, now)));
}

export async function benchEngine(): Promise<string[]> {
  const now = Date.UTC(2026, 10, 1);
  const hs = histories(now);
  const texts = new Set<string>();
  const t0 = performance.now();
  let touched = 0;
  for (const h of hs) for (const i of h.interactions) touched += i.at > now - 90 * DAY ? 1 : 0;
  const base = performance.now() - t0;
  for (const h of hs) for (const i of h.interactions) if (i.text) texts.add(i.text);
  // As in the worker: buying accounts' BG/NBD parameters are fitted with the model, not per score.
  const settings = { ...DEFAULT_SETTINGS, orders: fitOrders(hs, now) ?? undefined };
  scoreMany(hs.slice(0, 200), now, settings); // warm-up: JIT and the text memo's first entries
  const t1 = performance.now();
  const scores = scoreMany(hs, now, settings);
  const ms = performance.now() - t1;
  const by = (l: string) => scores.filter((s) => s.level === l).length;
  return [
    `score 10k accounts / 1M interactions: ${ms.toFixed(0)} ms (target ≤ 1000 ms); one bare pass over the same interactions ${base.toFixed(0)} ms (ratio ${(ms / Math.max(1, base)).toFixed(1)}x); ` +
      `${by('critical')} critical, ${by('high')} high, ${by('medium')} medium, ${by('low')} low (${touched} recent interactions, ${texts.size} distinct texts, order model ${settings.orders ? 'fitted' : 'not fitted'})`,
  ];
}
