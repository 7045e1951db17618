import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, scoreAccount, type AccountHistory } from '../../../src/core/engine';
import { applyLearned, outcomeFromStatus, signalRecord, trainOnOutcomes, type Outcome } from '../../../src/core/learn';
import { rocAuc } from '../../../src/core/metrics';
import { mulberry32 } from '../../../src/core/random';
import type { Interaction } from '../../../src/core/types';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22);

/** Accounts that left went quiet and complained more often; noise keeps it from being trivial. */
function account(i: number, rnd: () => number): { h: AccountHistory; outcome: Outcome } {
  const churned = rnd() < 0.4;
  const its: Interaction[] = [];
  const silentFor = churned ? 40 + rnd() * 120 : rnd() * 60;
  for (let d = silentFor; d < 400; d += 10 + rnd() * 20) its.push({ id: `c${d}`, account: `t:${i}`, at: NOW - d * DAY, kind: 'call', source: 'page' });
  if (rnd() < (churned ? 0.6 : 0.2)) its.push({ id: 'x', account: `t:${i}`, at: NOW - 20 * DAY, kind: 'complaint', text: '设备频繁故障，要求返修', source: 'page' });
  const h: AccountHistory = {
    account: { key: `t:${i}`, crm: 't', name: `A${i}`, fields: {}, firstSeen: 0, lastSeen: NOW },
    snapshots: [], interactions: its, notes: [],
  };
  return { h, outcome: churned ? 'churned' : 'retained' };
}

describe('learning from the team’s outcomes', () => {
  it('reads churned and retained from CRM status words in both languages', () => {
    expect(outcomeFromStatus('Churned')).toBe('churned');
    expect(outcomeFromStatus('已流失')).toBe('churned');
    expect(outcomeFromStatus('Closed Lost')).toBe('churned');
    expect(outcomeFromStatus('Active')).toBe('retained');
    expect(outcomeFromStatus('合作中')).toBe('retained');
    expect(outcomeFromStatus('Renewal due')).toBeUndefined();
    expect(outcomeFromStatus(undefined)).toBeUndefined();
  });

  it('refuses to train on too few outcomes, and says how many it has', () => {
    const rnd = mulberry32(1);
    const few = Array.from({ length: 12 }, (_, i) => account(i, rnd)).map(({ h, outcome }) => ({
      signals: signalRecord(scoreAccount(h, NOW).contributions), outcome,
    }));
    const r = trainOnOutcomes(few, NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.positives + r.negatives).toBe(12);
  });

  it('learns which signals mattered and ranks unseen accounts better than chance', () => {
    const rnd = mulberry32(7);
    const all = Array.from({ length: 400 }, (_, i) => account(i, rnd));
    const scored = all.map(({ h, outcome }) => ({ score: scoreAccount(h, NOW), outcome }));
    const train = scored.slice(0, 300);
    const test = scored.slice(300);
    const r = trainOnOutcomes(train.map((s) => ({ signals: signalRecord(s.score.contributions), outcome: s.outcome })), NOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const learned = test.map((s) => applyLearned(s.score, r.learned, DEFAULT_SETTINGS.thresholds));
    const auc = rocAuc(test.map((s) => (s.outcome === 'churned' ? 1 : 0)), learned.map((s) => s.risk ?? 0));
    console.log(`learned model AUC on 100 unseen accounts: ${auc.toFixed(3)}`);
    expect(auc).toBeGreaterThan(0.8);
    for (const s of learned) {
      expect(s.model).toMatch(/^(logistic|stumps) \(300\)|^(logistic|stumps) \(\d+\+\d+\)$/);
      expect(s.risk!).toBeGreaterThanOrEqual(0);
      expect(s.risk!).toBeLessThanOrEqual(100);
    }
  });

  it('tries logistic regression and boosted stumps and keeps the better by cross-validation, the same way every time', () => {
    const rnd = mulberry32(3);
    // Churn where a signal sits in a middle band: a model has to bend to see it.
    const examples = Array.from({ length: 200 }, () => {
      const band = Math.round(rnd() * 100);
      const other = Math.round(rnd() * 100);
      const churned = band > 35 && band < 65 ? rnd() < 0.9 : rnd() < 0.1;
      return { signals: { silence: band, complaints: other }, outcome: (churned ? 'churned' : 'retained') as Outcome };
    });
    const a = trainOnOutcomes(examples, NOW);
    const b = trainOnOutcomes(examples, NOW);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    const tried = a.learned.cvAuc!;
    expect(Object.keys(tried).sort()).toEqual(['logistic', 'stumps']);
    for (const auc of Object.values(tried)) expect(auc).toBeGreaterThan(0.75);
    const best = tried.stumps! > tried.logistic! ? 'stumps' : 'logistic';
    expect(a.learned.model.kind).toBe(best);
    expect(b.learned).toEqual(a.learned);
  });
});
