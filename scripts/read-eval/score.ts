/**
 * Scores what the content script read from a gallery page against the page's ground truth
 * (`<page>.json`, see the real-page README). Pure: the browser driver collects, this judges, and a
 * unit test holds the judging to hand-made cases.
 */

export interface Truth {
  url: string;
  kind: 'record' | 'list';
  language: 'en' | 'zh';
  /** The day the page was saved: relative dates on it ("2 days ago") are as of that day. */
  captured?: string;
  record?: {
    name: string;
    fields: Record<string, string>;
    activities?: { date: string; text?: string; type?: string }[];
    messages?: { date: string; text?: string }[];
  };
  rows?: { name: string; fields: Record<string, string> }[];
}

/** What the content script sent the worker about this page, as the worker received it. */
export interface Seen {
  records: { name: string; fields: Record<string, { raw: string; label?: string }>; interactions: { at: number; text?: string }[] }[];
  rows: { name: string; fields?: Record<string, { raw: string; label?: string }> }[];
  /** Every badge on the page and where it sits. */
  badges: { level: string; placement: 'heading' | 'row' | 'floating' | 'elsewhere'; row?: string }[];
  /** Milliseconds from navigation to the first badge, when one came. */
  firstBadgeMs?: number;
}

export interface PageScore {
  page: string;
  kind: 'record' | 'list';
  nameRight?: boolean;
  nameRead?: string;
  fields: [found: number, of: number];
  activities: [found: number, of: number];
  rowsBadged: [found: number, of: number];
  /** Badged rows that show a level rather than "unknown". */
  rowsLevelled: number;
  misplaced: number;
  ms?: number;
  /** Reads the content script sent while the page settled: more than a few means it keeps re-reading. */
  reads?: number;
  missed: string[];
}

const DAY = 86_400_000;
const norm = (s: string) => s.normalize('NFKC').replace(/[\s\u200b]+/g, ' ').trim().toLowerCase();
const normLabel = (s: string) => norm(s).replace(/[\s:：*＊]+$/u, '');

/** The calendar day (UTC) of a date or timestamp text. */
const dayOf = (s: string) => Math.floor(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s) / DAY);

function fieldFound(label: string, value: string, read: Record<string, { raw: string; label?: string }>): boolean {
  const l = normLabel(label);
  const v = norm(value);
  return Object.entries(read).some(([key, f]) => (normLabel(f.label ?? key) === l || norm(key) === l) && norm(f.raw) === v);
}

/** Expected fields with a value (an empty field is nothing to recover). */
function scoreFields(expected: Record<string, string>, read: Record<string, { raw: string; label?: string }>, missed: string[]): [number, number] {
  let found = 0;
  let of = 0;
  for (const [label, value] of Object.entries(expected)) {
    if (!value.trim()) continue;
    of++;
    if (fieldFound(label, value, read)) found++;
    else missed.push(`field ${label}=${value}`);
  }
  return [found, of];
}

/**
 * A dated entry is found when one interaction falls on its day and shares its text's opening (or
 * the entry has no text). `shift` is today minus the capture day: relative dates read today land
 * that many days later.
 */
function entryFound(day: number, text: string | undefined, seen: { at: number; text?: string }[], shift: number): boolean {
  // The opening words, each present: a table's columns may be joined in another order or with other marks.
  const words = text ? norm(text).slice(0, 24).split(' ').filter(Boolean) : [];
  if (words.length > 1) words.pop();
  return seen.some((i) => {
    const d = Math.floor(i.at / DAY);
    if (d !== day && d !== day + shift) return false;
    const said = norm(i.text ?? '');
    return words.every((w) => said.includes(w));
  });
}

export function scorePage(page: string, truth: Truth, seen: Seen, today: number): PageScore {
  const missed: string[] = [];
  const shift = truth.captured ? Math.floor(today / DAY) - dayOf(truth.captured) : 0;
  const misplaced = seen.badges.filter((b) => b.placement === 'elsewhere').length;
  const out: PageScore = { page, kind: truth.kind, fields: [0, 0], activities: [0, 0], rowsBadged: [0, 0], rowsLevelled: 0, misplaced, ms: seen.firstBadgeMs, missed };
  if (truth.kind === 'record' && truth.record) {
    const rec = truth.record;
    const last = seen.records[seen.records.length - 1];
    out.nameRead = last?.name;
    out.nameRight = Boolean(last && norm(last.name) === norm(rec.name));
    if (!out.nameRight) missed.push(`name ${rec.name} (read ${last?.name ?? 'nothing'})`);
    const fields: Record<string, { raw: string; label?: string }> = {};
    for (const r of seen.records) Object.assign(fields, r.fields);
    out.fields = scoreFields(rec.fields, fields, missed);
    const interactions = seen.records.flatMap((r) => r.interactions);
    const entries = [...(rec.activities ?? []), ...(rec.messages ?? []).filter((m) => m.text)];
    let found = 0;
    for (const e of entries) {
      if (entryFound(dayOf(e.date), e.text, interactions, shift)) found++;
      else missed.push(`activity ${e.date} ${(e.text ?? '').slice(0, 40)}`);
    }
    out.activities = [found, entries.length];
    const heading = seen.badges.filter((b) => b.placement === 'heading' || b.placement === 'floating');
    if (heading.length > 1) out.misplaced += heading.length - 1;
  } else if (truth.rows) {
    const badged = new Map<string, string>();
    for (const b of seen.badges) if (b.placement === 'row' && b.row !== undefined) badged.set(norm(b.row), b.level);
    let found = 0;
    let levelled = 0;
    let fieldsFound = 0;
    let fieldsOf = 0;
    for (const row of truth.rows) {
      const level = badged.get(norm(row.name));
      if (level) found++;
      else missed.push(`row ${row.name}`);
      if (level && level !== 'unknown') levelled++;
      const read = seen.rows.find((r) => norm(r.name) === norm(row.name));
      const [f, o] = scoreFields(row.fields, read?.fields ?? {}, []);
      fieldsFound += f;
      fieldsOf += o;
    }
    out.rowsBadged = [found, truth.rows.length];
    out.rowsLevelled = levelled;
    out.fields = [fieldsFound, fieldsOf];
  }
  return out;
}

export interface Totals {
  pages: number;
  namesRight: [number, number];
  fields: [number, number];
  recordFields: [number, number];
  activities: [number, number];
  rowsBadged: [number, number];
  rowsLevelled: number;
  misplaced: number;
}

export function totals(scores: PageScore[]): Totals {
  const add = (a: [number, number], b: [number, number]): [number, number] => [a[0] + b[0], a[1] + b[1]];
  const t: Totals = { pages: scores.length, namesRight: [0, 0], fields: [0, 0], recordFields: [0, 0], activities: [0, 0], rowsBadged: [0, 0], rowsLevelled: 0, misplaced: 0 };
  for (const s of scores) {
    if (s.kind === 'record') {
      t.namesRight = add(t.namesRight, [s.nameRight ? 1 : 0, 1]);
      t.recordFields = add(t.recordFields, s.fields);
    }
    t.fields = add(t.fields, s.fields);
    t.activities = add(t.activities, s.activities);
    t.rowsBadged = add(t.rowsBadged, s.rowsBadged);
    t.rowsLevelled += s.rowsLevelled;
    t.misplaced += s.misplaced;
  }
  return t;
}

export const pct = ([a, b]: [number, number]) => (b ? (100 * a) / b : 100);
