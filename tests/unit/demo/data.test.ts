import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ACCOUNT_COUNT,
  BAD_ACCOUNT_IDS,
  CAUSES,
  GENERATED_COUNT,
  HEALTHY,
  generateAccounts,
  startOfDayUtc,
  type DemoAccount,
} from '../../fixtures/crm/demo/data.js';
import { CAUSE_IDS } from '../../../src/core/types';

const TODAY = '2025-03-05';
const DAY = 86_400_000;
const generated = (accounts: DemoAccount[]) => accounts.filter((a) => !BAD_ACCOUNT_IDS.includes(a.id));
const daysAgo = (iso: string, today = TODAY) => Math.round((startOfDayUtc(today) - Date.parse(`${iso.slice(0, 10)}T00:00:00Z`)) / DAY);

describe('demo CRM data', () => {
  it('is the same for the same seed and day, and differs for another seed', () => {
    const a = generateAccounts({ seed: 7, today: TODAY });
    expect(generateAccounts({ seed: 7, today: new Date(`${TODAY}T23:59:00Z`) })).toEqual(a);
    const b = generateAccounts({ seed: 8, today: TODAY });
    expect(b.map((x) => x.name)).not.toEqual(a.map((x) => x.name));
  });

  it('moves every date with "today", so ages such as days since last contact stay the same', () => {
    const a = generateAccounts({ seed: 3, today: TODAY });
    const b = generateAccounts({ seed: 3, today: '2025-03-06' });
    const shifted = (iso: string) => new Date(Date.parse(iso) + DAY).toISOString();
    for (const [x, y] of generated(a).map((acc, i) => [acc, b[i]] as const)) {
      expect(y.timeline.map((e) => e.at)).toEqual(x.timeline.map((e) => shifted(e.at)));
      expect(daysAgo(y.lastContact!, '2025-03-06')).toBe(daysAgo(x.lastContact!));
    }
  });

  it('holds at least 60 accounts with unique ids, named in Chinese and in English', () => {
    const accounts = generateAccounts({ today: TODAY });
    expect(accounts.length).toBe(ACCOUNT_COUNT);
    expect(accounts.length).toBeGreaterThanOrEqual(60);
    expect(new Set(accounts.map((a) => a.id)).size).toBe(accounts.length);
    const ids = generated(accounts).map((a) => a.id);
    expect(ids.every((id) => /^acc-\d{4}$/.test(id))).toBe(true);
    const names = generated(accounts).map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => /[\u4e00-\u9fff]/.test(n)).length).toBeGreaterThanOrEqual(20);
    expect(names.filter((n) => /^[A-Za-z][A-Za-z .]+$/.test(n)).length).toBeGreaterThanOrEqual(20);
  });

  it('covers every cause of the domain, with about 40% healthy accounts, whatever the seed', () => {
    expect([...CAUSES].sort()).toEqual([...CAUSE_IDS].sort());
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const accounts = generated(generateAccounts({ seed, today: TODAY }));
        const causes = new Set(accounts.map((a) => a._cause));
        for (const c of CAUSE_IDS) expect(causes.has(c)).toBe(true);
        const healthy = accounts.filter((a) => a._cause === HEALTHY).length / accounts.length;
        expect(healthy).toBeGreaterThan(0.35);
        expect(healthy).toBeLessThan(0.45);
      }),
      { numRuns: 25 },
    );
  });

  it('writes each cause into fields and timeline the way a CRM would show it', () => {
    for (const seed of [1, 2, 3]) {
      for (const a of generated(generateAccounts({ seed, today: TODAY }))) {
        const openTickets = a.timeline.filter((e) => e.type === 'ticket' && e.open).length;
        expect(a.openTickets).toBe(openTickets);
        if (a._cause === 'relationship_neglect') expect(daysAgo(a.lastContact!)).toBeGreaterThanOrEqual(60);
        if (a._cause === 'staff_turnover') expect(a.timeline.some((e) => e.kind === 'owner_change' && e.from !== e.to)).toBe(true);
        if (a._cause === 'service_experience') expect(openTickets).toBeGreaterThanOrEqual(2);
        if (a._cause === 'customer_circumstances') expect(['past_due', 'on_hold']).toContain(a.status);
        if (a._cause === HEALTHY) {
          expect(a.nps as number).toBeGreaterThanOrEqual(8);
          expect(daysAgo(a.lastContact!)).toBeLessThanOrEqual(20);
          const orders = a.timeline.filter((e) => e.type === 'order').map((e) => e.amount as number).reverse();
          expect(orders.at(-1)!).toBeGreaterThan(orders[0]);
        }
      }
    }
  });

  it('keeps timelines newest first, in the past, with amounts on every order and a true last contact', () => {
    const today = startOfDayUtc(TODAY);
    for (const a of generated(generateAccounts({ seed: 11, today: TODAY }))) {
      const times = a.timeline.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((x, y) => y - x));
      expect(Math.max(...times)).toBeLessThan(today + DAY);
      for (const o of a.timeline.filter((e) => e.type === 'order')) {
        expect(typeof o.amount).toBe('number');
        expect(o.amount as number).toBeGreaterThan(0);
      }
      const lastContact = a.timeline.find((e) => ['call', 'meeting', 'email'].includes(e.type));
      expect(a.lastContact).toBe(lastContact!.at.slice(0, 10));
      expect(new Set(a.timeline.map((e) => e.id)).size).toBe(a.timeline.length);
    }
  });

  it('has owner changes worded in the account language', () => {
    const changes = generateAccounts({ today: TODAY }).flatMap((a) => a.timeline.filter((e) => e.kind === 'owner_change').map((e) => [a.locale, e] as const));
    expect(changes.length).toBeGreaterThanOrEqual(3);
    for (const [locale, e] of changes) {
      expect(e.text).toBe(locale === 'zh' ? `负责人由 ${e.from} 变更为 ${e.to}` : `Owner changed from ${e.from} to ${e.to}`);
    }
  });

  it('includes bad-input accounts: holes, garbage, a 10,000-character name, markup as text, an empty timeline', () => {
    const accounts = generateAccounts({ today: TODAY });
    expect(accounts.length).toBe(GENERATED_COUNT + BAD_ACCOUNT_IDS.length);
    const bad = accounts.filter((a) => BAD_ACCOUNT_IDS.includes(a.id));
    expect(bad.map((a) => a.id)).toEqual(BAD_ACCOUNT_IDS);
    expect(bad.every((a) => a._cause === null)).toBe(true);
    expect(bad.some((a) => a.arr === undefined && a.renewal === undefined && a.timeline.length === 0)).toBe(true);
    const garbage = ['N/A', '—', '???', '12/34/5678', '￥abc'];
    const values = bad.flatMap((a) => Object.values(a).filter((v) => typeof v === 'string'));
    for (const g of garbage) expect(values).toContain(g);
    expect(bad.some((a) => a.name.length === 10_000)).toBe(true);
    expect(bad.some((a) => JSON.stringify(a).includes('<script>alert(1)</script>'))).toBe(true);
  });

  it('explains bad options instead of generating nonsense', () => {
    expect(() => generateAccounts({ seed: 1.5 })).toThrow(/seed/);
    expect(() => generateAccounts({ today: 'yesterday-ish' })).toThrow(/today/);
  });
});
