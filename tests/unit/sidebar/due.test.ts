import { describe, expect, it } from 'vitest';
import { addDays, dayToMs, defaultDue, dueState } from '../../../src/sidebar/due';
import { dayOf } from '../../../src/core/export/items';

describe('task due days', () => {
  it('default to tomorrow for critical accounts, three days for high, a week otherwise', () => {
    expect(defaultDue('critical', '2026-11-29')).toBe('2026-11-30');
    expect(defaultDue('high', '2026-11-29')).toBe('2026-12-02');
    for (const level of ['medium', 'low', 'unknown', undefined] as const) expect(defaultDue(level, '2026-11-29')).toBe('2026-12-06');
  });
  it('count calendar days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    // Daylight-saving changes do not shift a day: it is a date, not an instant.
    expect(addDays('2026-03-28', 7)).toBe('2026-04-04');
  });
  it('say overdue, today or later', () => {
    expect(dueState('2026-11-28', '2026-11-29')).toBe('overdue');
    expect(dueState('2026-11-29', '2026-11-29')).toBe('today');
    expect(dueState('2026-12-01', '2026-11-29')).toBe('later');
  });
  it('turn a day into an instant on that local day', () => {
    expect(dayOf(dayToMs('2026-01-05'))).toBe('2026-01-05');
  });
});
