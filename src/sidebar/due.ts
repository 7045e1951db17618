/** Due days for tasks: calendar days (YYYY-MM-DD), so "tomorrow" is the user's tomorrow. */
import type { Level } from '../core/types';

/** How soon a follow-up is due by default: a critical account cannot wait a week. */
const DAYS_BY_LEVEL: Partial<Record<Level, number>> = { critical: 1, high: 3 };
const DEFAULT_DAYS = 7;

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function defaultDue(level: Level | undefined, today: string): string {
  return addDays(today, (level && DAYS_BY_LEVEL[level]) ?? DEFAULT_DAYS);
}

export type DueState = 'overdue' | 'today' | 'later';

export function dueState(due: string, today: string): DueState {
  return due < today ? 'overdue' : due === today ? 'today' : 'later';
}

/** Noon local time of a day, for formatting it with the user's date format. */
export function dayToMs(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d, 12).getTime();
}
