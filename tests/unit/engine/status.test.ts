import { describe, expect, it } from 'vitest';
import { scoreAccount, type AccountHistory } from '../../../src/core/engine';
import { renderEvidence } from '../../../src/core/render';
import { statusClass } from '../../../src/core/status';
import type { FieldValue, Interaction } from '../../../src/core/types';
import { toBadge } from '../../../src/background/badges';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22);

/** One list row's worth of history: a single snapshot of the shown columns, nothing dated. */
function row(fields: Record<string, FieldValue>, its: Partial<Interaction>[] = []): AccountHistory {
  return {
    account: { key: 'r:1', crm: 'r', name: 'R', fields, firstSeen: NOW, lastSeen: NOW },
    snapshots: [{ account: 'r:1', at: NOW, fields }],
    interactions: its.map((i, n) => ({ id: `i${n}`, account: 'r:1', at: NOW, kind: 'call', source: 'page', ...i }) as Interaction),
    notes: [],
  };
}

describe('a CRM status read as a signal', () => {
  it('sorts status words in both languages, negations included', () => {
    expect(['Churned', 'Closed Lost', '已流失', '停用', 'Former customer'].map(statusClass)).toEqual(Array(5).fill('gone'));
    expect(['At risk', 'Dormant', '沉睡客户', '不活跃', 'On hold', '即将流失', '流失风险'].map(statusClass)).toEqual(Array(7).fill('slipping'));
    expect(['Active', 'Won', '合作中', '正常', 'Closed Won'].map(statusClass)).toEqual(Array(5).fill('well'));
    expect(['New', 'Proposition', '跟进中', 'Qualified', '', undefined].map(statusClass)).toEqual(Array(6).fill(undefined));
    expect(statusClass('未流失')).not.toBe('gone');
    expect(statusClass('not active')).toBeUndefined();
  });

  it('gives a row whose only signal is its status a level, says it rests on that alone, and names no cause it cannot see', () => {
    const gone = scoreAccount(row({ status: { raw: 'Churned', label: 'Status' } }), NOW);
    expect(gone.level).toBe('high');
    expect(gone.causes).toEqual([]);
    expect(renderEvidence(gone.basis!, 'en')).toBe('judged only from Status “Churned”, with no activity history: lower confidence');
    expect(renderEvidence(gone.basis!, 'zh_CN')).toContain('置信度较低');
    const slipping = scoreAccount(row({ status: { raw: '沉睡', label: '客户状态' } }), NOW);
    expect(slipping.level).toBe('medium');
    expect(renderEvidence(slipping.contributions[0]!.evidence[0]!, 'zh_CN')).toBe('CRM 中客户状态为“沉睡”，有流失迹象');
    const well = scoreAccount(row({ status: { raw: 'Active', label: 'Status' } }), NOW);
    expect(well.level).toBe('low');
    expect(well.risk).toBe(0);
    expect(well.basis).toBeDefined();
    // A stage that says nothing about leaving is no evidence: "unknown" stays honest.
    expect(scoreAccount(row({ status: { raw: 'Proposition', label: 'Stage' } }), NOW).level).toBe('unknown');
  });

  it('lets a status that names a reason name the cause', () => {
    const s = scoreAccount(row({ status: { raw: 'Lost - went with a competitor', label: 'Stage' } }), NOW);
    expect(s.causes[0]?.cause).toBe('competitor');
  });

  it('draws a score that rests on shown fields alone as tentative, and says so on hover', () => {
    const b = toBadge(scoreAccount(row({ status: { raw: 'Churned', label: 'Status' } }), NOW), 'en');
    expect(b.tentative).toBe(true);
    expect(b.title).toMatch(/lower confidence/);
    const full = toBadge(scoreAccount(row({ status: { raw: 'Churned', label: 'Status' } }, [{ at: NOW - 3 * DAY }]), NOW), 'en');
    expect(full.tentative).toBeUndefined();
  });
});

describe('a planned follow-up that slipped', () => {
  const due = (d: number): FieldValue => ({ raw: 'x', date: NOW + d * DAY, label: '下次跟进时间' });

  it('counts as neglect once its day has passed with no contact since', () => {
    const late = scoreAccount(row({ nextFollowUp: due(-20) }), NOW);
    const c = late.contributions.find((x) => x.feature === 'follow_up')!;
    expect(c.cause).toBe('relationship_neglect');
    expect(renderEvidence(c.evidence[0]!, 'en')).toBe('a planned follow-up is 20 days overdue');
    expect(late.level).not.toBe('unknown');
    // Met: a call after the due day.
    const met = scoreAccount(row({ nextFollowUp: due(-20) }, [{ at: NOW - 5 * DAY }]), NOW);
    expect(met.contributions.some((x) => x.feature === 'follow_up')).toBe(false);
  });

  it('reads one still ahead as a low-risk row, not an unknown one', () => {
    const ahead = scoreAccount(row({ nextFollowUp: due(5) }), NOW);
    expect(ahead.level).toBe('low');
    expect(ahead.basis).toBeDefined();
  });
});
