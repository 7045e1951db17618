/** The read-eval judge: what counts as a name, a field, a dated activity and a badged row. */
import { describe, expect, it } from 'vitest';
import { scorePage, totals, type Seen, type Truth } from '../../../scripts/read-eval/score';

const DAY = 86_400_000;
const today = Date.UTC(2026, 11, 9);
const record: Truth = {
  url: 'http://127.0.0.1:8069/web#id=1', kind: 'record', language: 'en', captured: '2026-12-02',
  record: {
    name: 'Azure Interior',
    fields: { Phone: '+58 212 681 0538', 'Tax ID': '', Language: 'English (US)' },
    activities: [{ date: '2026-12-05', text: 'Call about renewal pricing' }],
    messages: [{ date: '2026-11-20T10:00:00Z', text: 'Usage dropped about 40% since last quarter' }],
  },
};
const seen = (over: Partial<Seen> = {}): Seen => ({
  records: [{ name: 'Azure Interior', fields: { phone: { raw: '+58 212 681 0538', label: 'Phone' }, 'language?': { raw: 'English (US)', label: 'Language' } }, interactions: [] }],
  rows: [],
  badges: [{ level: 'medium', placement: 'heading' }],
  ...over,
});

describe('scorePage', () => {
  it('counts the name, the non-empty fields by label and value, and nothing misplaced', () => {
    const s = scorePage('odoo/x', record, seen(), today);
    expect(s.nameRight).toBe(true);
    expect(s.fields).toEqual([2, 2]);
    expect(s.misplaced).toBe(0);
  });

  it('fails a name taken from the app, a wrong value and a second heading badge', () => {
    const s = scorePage('odoo/x', record, seen({
      records: [{ name: 'Odoo', fields: { phone: { raw: 'Call SMS', label: 'Phone' } }, interactions: [] }],
      badges: [{ level: 'low', placement: 'heading' }, { level: 'low', placement: 'floating' }, { level: 'low', placement: 'elsewhere' }],
    }), today);
    expect(s.nameRight).toBe(false);
    expect(s.fields).toEqual([0, 2]);
    expect(s.misplaced).toBe(2);
  });

  it('finds an activity on its day, or on the day a relative date lands when read later', () => {
    const at = (d: string) => Date.parse(`${d}T12:00:00Z`);
    const exact = scorePage('x', record, seen({ records: [{ name: 'Azure Interior', fields: {}, interactions: [
      { at: at('2026-12-05'), text: 'Call about renewal pricing before contract end' },
      { at: at('2026-11-20'), text: 'Usage dropped about 40% since last quarter: only 3 of 10 seats' },
    ] }] }), today);
    expect(exact.activities).toEqual([2, 2]);
    // "Due in 3 days" read a week after the capture lands a week later.
    const shifted = scorePage('x', record, seen({ records: [{ name: 'Azure Interior', fields: {}, interactions: [{ at: at('2026-12-05') + 7 * DAY, text: 'Call about renewal pricing' }] }] }), today);
    expect(shifted.activities).toEqual([1, 2]);
    const wrongDay = scorePage('x', record, seen({ records: [{ name: 'Azure Interior', fields: {}, interactions: [{ at: at('2026-12-06'), text: 'Call about renewal pricing' }] }] }), today);
    expect(wrongDay.activities).toEqual([0, 2]);
  });

  it('counts list rows badged in their own row, with a level', () => {
    const list: Truth = { url: 'http://127.0.0.1/l', kind: 'list', language: 'zh', rows: [{ name: '甲公司', fields: {} }, { name: '乙公司', fields: {} }, { name: '丙公司', fields: {} }] };
    const s = scorePage('x', list, { records: [], rows: [], badges: [
      { level: 'high', placement: 'row', row: '甲公司' }, { level: 'unknown', placement: 'row', row: '乙公司' }, { level: 'low', placement: 'elsewhere' },
    ] }, today);
    expect(s.rowsBadged).toEqual([2, 3]);
    expect(s.rowsLevelled).toBe(1);
    expect(totals([s]).misplaced).toBe(1);
  });
});
