/**
 * The day-one risk engine: history → contributions → risk 0..100 → level, likely causes with
 * evidence, and actions. It needs no training; every point is traced to something the user sees.
 */
import { classifyText } from './causes/classify';
import { groupCauses } from './explain';
import { accountValue, computeContributions, DEFAULT_WEIGHTS, daysToRenewal, fieldGrounds, hasActivity, type FeatureContext, type FeatureWeights } from './features';
import { actionsFor, type PlaybookOverrides } from './playbooks';
import type { BgNbdParams } from './models/bgnbd';
import type { Account, Contribution, Interaction, Level, Note, Score, Snapshot } from './types';

export interface AccountHistory {
  account: Account;
  snapshots: Snapshot[];
  interactions: Interaction[];
  notes: Note[];
}

export interface EngineSettings {
  weights: FeatureWeights;
  thresholds: { medium: number; high: number; critical: number };
  competitors: string[];
  disabledFeatures: string[];
  /** A renewal this close makes every risk more urgent (DOMAIN.md: holiday and renewal care). */
  renewalWindowDays: number;
  playbooks?: PlaybookOverrides;
  /** BG/NBD parameters fitted on the team's buying accounts (the worker refits them with the model). */
  orders?: BgNbdParams;
}

export const DEFAULT_SETTINGS: EngineSettings = {
  weights: DEFAULT_WEIGHTS,
  // Points saturate (see toRisk): one strong signal lands in medium, two in high, three in critical.
  thresholds: { medium: 30, high: 55, critical: 75 },
  competitors: [],
  disabledFeatures: [],
  renewalWindowDays: 90,
};

/** Saturating sum: signals add up, but no single one, nor a pile of weak ones, reaches 100. */
const SATURATION = 45;
const toRisk = (points: number) => 100 * (1 - Math.exp(-points / SATURATION));

export function levelOf(risk: number, t: EngineSettings['thresholds']): Level {
  return risk >= t.critical ? 'critical' : risk >= t.high ? 'high' : risk >= t.medium ? 'medium' : 'low';
}

type Hits = ReturnType<typeof classifyText>;
/** Classification memo per rival list: the same note is seen on every rescore, and most texts recur. */
const memos = new Map<string, Map<string, Hits>>();
const MEMO_MAX = 50_000;

function memoFor(competitors: string[]): (text: string) => Hits {
  const key = competitors.join('\u0001');
  let memo = memos.get(key);
  if (!memo) {
    if (memos.size >= 4) memos.clear();
    memos.set(key, (memo = new Map()));
  }
  const m = memo;
  return (text) => {
    let hit = m.get(text);
    if (!hit) {
      if (m.size > MEMO_MAX) m.clear();
      hit = classifyText(text, { competitors });
      m.set(text, hit);
    }
    return hit;
  };
}

/** What every account's features share for one run of the engine. */
function contextFor(now: number, settings: EngineSettings): FeatureContext {
  return {
    now, weights: settings.weights, competitors: settings.competitors,
    disabled: new Set(settings.disabledFeatures), classify: memoFor(settings.competitors), orders: settings.orders,
  };
}

export function scoreAccount(h: AccountHistory, now: number, settings: EngineSettings = DEFAULT_SETTINGS): Score {
  return score(h, now, settings, contextFor(now, settings));
}

function score(h: AccountHistory, now: number, settings: EngineSettings, ctx: FeatureContext): Score {
  const base = { account: h.account.key, at: now, model: 'scorecard' };
  const active = hasActivity(h, now);
  const grounds = active ? [] : fieldGrounds(h);
  // Without anything dated, scored or a telling status, "unknown" is the honest answer.
  if (!active && !grounds.length) {
    return {
      ...base, level: 'unknown', risk: null, valueAtRisk: 0, contributions: [], causes: [], actions: [],
      unknownReason: { key: 'ev_unknown_thin' },
    };
  }
  const contributions: Contribution[] = computeContributions(h, ctx);
  let causes = groupCauses(contributions);
  const toRenewal = daysToRenewal(h, now);
  if (causes.length && toRenewal !== undefined && toRenewal >= 0 && toRenewal <= settings.renewalWindowDays) {
    const total = contributions.reduce((s, c) => s + c.points, 0);
    const urgency = Math.min(10, total * 0.2 * (1 - toRenewal / settings.renewalWindowDays));
    if (urgency >= 0.5) {
      contributions.push({ feature: 'renewal', cause: causes[0].cause, points: Math.round(urgency * 10) / 10,
        evidence: [{ key: 'ev_renewal', params: [toRenewal], ref: { kind: 'field', id: 'renewalDate' } }] });
      causes = groupCauses(contributions);
    }
  }
  const risk = Math.round(toRisk(contributions.reduce((s, c) => s + c.points, 0)) * 10) / 10;
  const value = accountValue(h, now);
  return {
    account: base.account,
    at: now,
    model: base.model,
    level: levelOf(risk, settings.thresholds),
    risk,
    valueAtRisk: Math.round((risk / 100) * value),
    contributions,
    causes,
    actions: actionsFor(causes, value, settings.playbooks),
    ...(active ? {} : { basis: { key: 'ev_basis_fields', params: [grounds.map((g) => (g.label ? `${g.label} “${g.raw}”` : `“${g.raw}”`)).join(', ')] } }),
  };
}

export function scoreMany(histories: AccountHistory[], now: number, settings: EngineSettings = DEFAULT_SETTINGS): Score[] {
  const ctx = contextFor(now, settings);
  return histories.map((h) => score(h, now, settings, ctx));
}
