/** The review rules on plain rows: statuses, the toolbar count, snooze ends, and verdicts over scores. */
import { describe, expect, it } from 'vitest';
import { applyVerdict, badgeText, countNew, nextWake, reviewStatus, rowOf, siteOf, type ReviewRow } from '../../../src/core/review';
import type { Score, Verdict } from '../../../src/core/types';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 2);

const row = (over: Partial<ReviewRow> = {}): ReviewRow => ({
  account: 'demo:a', name: 'A', site: 'demo', level: 'high', risk: 70, valueAtRisk: 1000, at: T0, raisedAt: T0, ...over,
});

const score = (over: Partial<Score> = {}): Score => ({
  account: 'demo:a', at: T0, level: 'medium', risk: 40, valueAtRisk: 400, contributions: [], causes: [], actions: [], model: 'scorecard', ...over,
});

const verdict = (over: Partial<Verdict>): Verdict => ({ id: 'v1', account: 'demo:a', kind: 'not_risk', by: 'Anna', at: T0, ...over });

describe('review status', () => {
  it('is new until someone looks at it, then reviewed until its level rises again', () => {
    expect(reviewStatus(row(), undefined, T0 + DAY)).toBe('new');
    expect(reviewStatus(row({ reviewedAt: T0 + DAY }), undefined, T0 + 2 * DAY)).toBe('reviewed');
    // "Mark all reviewed" looks at everything up to its time.
    expect(reviewStatus(row(), T0 + DAY, T0 + 2 * DAY)).toBe('reviewed');
    expect(reviewStatus(row({ raisedAt: T0 + 3 * DAY }), T0 + DAY, T0 + 4 * DAY)).toBe('new');
  });

  it('hides a snoozed account until its snooze ends, then counts it as new again', () => {
    const snoozed = row({ reviewedAt: T0, snoozedUntil: T0 + 7 * DAY });
    expect(reviewStatus(snoozed, undefined, T0 + 7 * DAY - 1)).toBe('snoozed');
    expect(countNew([snoozed], undefined, T0 + 7 * DAY - 1)).toBe(0);
    expect(reviewStatus(snoozed, undefined, T0 + 7 * DAY + 1)).toBe('new');
    expect(countNew([snoozed], undefined, T0 + 7 * DAY + 1)).toBe(1);
    // A review of everything while it slept does not keep it away when it wakes.
    expect(reviewStatus(snoozed, T0 + 3 * DAY, T0 + 8 * DAY)).toBe('new');
    // Looked at after it woke: seen.
    expect(reviewStatus(snoozed, T0 + 8 * DAY, T0 + 9 * DAY)).toBe('reviewed');
  });

  it('clears an account called "not a risk" until its level rises above the one it was said at', () => {
    const said = { kind: 'not_risk' as const, by: 'Anna', at: T0, level: 'high' as const };
    expect(reviewStatus(row({ level: 'high', verdict: said }), undefined, T0)).toBe('cleared');
    expect(reviewStatus(row({ level: 'medium', verdict: said }), undefined, T0)).toBe('cleared');
    expect(reviewStatus(row({ level: 'critical', verdict: said, raisedAt: T0 + DAY }), undefined, T0 + DAY)).toBe('new');
    expect(countNew([row({ verdict: said })], undefined, T0)).toBe(0);
  });

  it('counts only flagged rows, and says when the next snooze ends', () => {
    const rows = [row({ account: 'x', level: 'low' }), row({ account: 'y' }), row({ account: 'z', snoozedUntil: T0 + 30 * DAY }), row({ account: 'w', snoozedUntil: T0 + 7 * DAY })];
    expect(countNew(rows, undefined, T0 + DAY)).toBe(1);
    expect(nextWake(rows, T0 + DAY)).toBe(T0 + 7 * DAY);
    expect(nextWake(rows, T0 + 8 * DAY)).toBe(T0 + 30 * DAY);
    expect(nextWake(rows, T0 + 31 * DAY)).toBeUndefined();
  });

  it('fits the count into the toolbar', () => {
    expect([0, 7, 999, 1000].map(badgeText)).toEqual(['', '7', '999', '999+']);
  });
});

describe('rows from scores', () => {
  const account = { name: 'Acme 阿克米', url: 'https://crm.example.cn/accounts/7?tab=1', crm: 'demo', fields: { owner: { raw: ' 王芳 ' } } };

  it('keeps the review state and marks when the level rose', () => {
    const first = rowOf(score({ level: 'medium', at: T0 }), account, undefined);
    expect(first).toMatchObject({ site: 'https://crm.example.cn', owner: '王芳', level: 'medium', raisedAt: T0 });
    const reviewed = { ...first, reviewedAt: T0 + 1, snoozedUntil: T0 + 7 * DAY, by: 'Anna' };
    const same = rowOf(score({ level: 'medium', at: T0 + DAY }), account, reviewed);
    expect(same).toMatchObject({ raisedAt: T0, reviewedAt: T0 + 1, snoozedUntil: T0 + 7 * DAY, by: 'Anna', at: T0 + DAY });
    const up = rowOf(score({ level: 'critical', at: T0 + 2 * DAY }), account, same);
    expect(up.raisedAt).toBe(T0 + 2 * DAY);
    const down = rowOf(score({ level: 'high', at: T0 + 3 * DAY }), account, up);
    expect(down.raisedAt).toBe(T0 + 2 * DAY);
  });

  it('names a site by its origin, else by the CRM family', () => {
    expect(siteOf('HTTPS://CRM.Example.com:8443/x', 'demo')).toBe('https://crm.example.com:8443');
    expect(siteOf(undefined, 'salesforce')).toBe('salesforce');
  });
});

describe('verdicts over scores', () => {
  it('sets the level on an override and keeps what was computed', () => {
    const s = applyVerdict(score({ level: 'medium' }), verdict({ kind: 'override', level: 'critical', reason: 'CFO left' }));
    expect(s).toMatchObject({ level: 'critical', computedLevel: 'medium', risk: 40, verdict: { reason: 'CFO left', by: 'Anna' } });
  });

  it('flags a "real risk" at least as medium, and leaves a "not a risk" at its computed level', () => {
    expect(applyVerdict(score({ level: 'low' }), verdict({ kind: 'real_risk' }))).toMatchObject({ level: 'medium', computedLevel: 'low' });
    expect(applyVerdict(score({ level: 'high' }), verdict({ kind: 'real_risk' })).computedLevel).toBeUndefined();
    const kept = applyVerdict(score({ level: 'high' }), verdict({ kind: 'not_risk', level: 'high' }));
    expect(kept.level).toBe('high');
    expect(kept.verdict?.kind).toBe('not_risk');
  });
});
