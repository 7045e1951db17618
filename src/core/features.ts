/**
 * History → signals. Each signal is a Contribution: the feature, the cause it points at, its
 * points on the 0..100 risk scale before saturation, and the evidence a person can check.
 * Defaults come from the seed articles (DOMAIN.md): silence of 30+ days is the usual win-back
 * trigger, complaints and slow service are the most cited causes, value is weighed in.
 */
import { classifyText } from './causes/classify';
import { pNoActivity, type BgNbdParams } from './models/bgnbd';
import { statusClass } from './status';
import { NO_ORDER_WINDOW_DAYS, orderSummary } from './transactional';
import type { AccountHistory } from './engine';
import type { CauseId, Contribution, Evidence, FieldValue, Interaction } from './types';

const DAY = 86_400_000;
// Our own notes are not contact with the customer: "still no reply" is a note too.
// Compared, not hashed: kinds read back from storage are fresh strings, and hashing each costs more.
const isContact = (kind: string) => kind === 'call' || kind === 'meeting' || kind === 'email' || kind === 'visit';
/** Text evidence loses half its weight every 90 days: last quarter's complaint matters most. */
const TEXT_HALF_LIFE_DAYS = 90;

export interface FeatureWeights {
  silence: number;
  contactTrend: number;
  text: number;
  openTickets: number;
  nps: number;
  csat: number;
  ownerChange: number;
  orders: number;
  arrDown: number;
  latePayment: number;
  contacts: number;
  ces: number;
  status: number;
  followUp: number;
}

/** Points each feature can reach at most; the scorecard's default weights. */
export const DEFAULT_WEIGHTS: FeatureWeights = {
  silence: 30,
  contactTrend: 12,
  text: 35,
  openTickets: 20,
  nps: 20,
  csat: 15,
  ownerChange: 15,
  orders: 20,
  arrDown: 15,
  // Money trouble shows in the ledger before anyone says it (DOMAIN: customer circumstances).
  latePayment: 15,
  // A relationship that hangs on one or two people breaks when they leave (DOMAIN: staff turnover).
  contacts: 10,
  // Customers who find it hard to get things done leave for easier vendors (DOMAIN: friction).
  ces: 12,
  // The CRM team's own verdict ("Churned", 沉睡客户) outweighs any one signal we infer.
  status: 40,
  // A follow-up someone planned and let slip is neglect in the making (DOMAIN: relationship neglect).
  followUp: 18,
};

export interface FeatureContext {
  now: number;
  weights: FeatureWeights;
  competitors: string[];
  disabled: ReadonlySet<string>;
  /** BG/NBD fitted on the team's buying accounts, once there are enough of them. */
  orders?: BgNbdParams;
  /** Memo for text classification: the same note is seen on every rescore. */
  classify: (text: string) => ReturnType<typeof classifyText>;
}

const days = (ms: number) => Math.max(0, Math.round(ms / DAY));
/** Median of finite numbers, by selection in place: `xs` comes back reordered. */
function medianInPlace(xs: number[]): number {
  const n = xs.length;
  if (!n) return NaN;
  const m = n >> 1;
  select(xs, m);
  if (n % 2) return xs[m];
  // After selecting the m-th, everything before it is smaller or equal: the (m-1)-th is their largest.
  let below = xs[0];
  for (let i = 1; i < m; i++) if (xs[i] > below) below = xs[i];
  return (below + xs[m]) / 2;
}

/** Hoare's selection: puts the k-th smallest at k, smaller or equal ones before it, larger or equal after. */
function select(xs: number[], k: number): void {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const pivot = xs[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (xs[i] < pivot) i++;
      while (xs[j] > pivot) j--;
      if (i <= j) {
        const t = xs[i];
        xs[i++] = xs[j];
        xs[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}
/** Days between consecutive sorted times; same-day repeats (under a day apart) are not a rhythm. */
function dayGaps(sorted: ArrayLike<number>): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const g = (sorted[i] - sorted[i - 1]) / DAY;
    if (g >= 1) gaps.push(g);
  }
  return gaps;
}
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const validAt = (i: Interaction, now: number) => Number.isFinite(i.at) && i.at <= now + DAY;

/** The field's latest value across snapshots, and its earlier values, oldest first. */
function fieldSeries(h: AccountHistory, field: string): { at: number; v: FieldValue }[] {
  const out: { at: number; v: FieldValue }[] = [];
  for (const s of h.snapshots) if (s.fields[field]) out.push({ at: s.at, v: s.fields[field] });
  if (out.length > 1) out.sort((a, b) => a.at - b.at);
  if (!out.length && h.account.fields[field]) out.push({ at: h.account.lastSeen, v: h.account.fields[field] });
  return out;
}
const latest = (h: AccountHistory, field: string) => fieldSeries(h, field).at(-1)?.v;
const num = (f?: FieldValue) => (f && Number.isFinite(f.num) ? (f.num as number) : undefined);

function contribution(feature: string, cause: CauseId | undefined, points: number, evidence: Evidence[]): Contribution {
  return { feature, ...(cause ? { cause } : {}), points: Math.round(points * 10) / 10, evidence };
}

/** What several features read from the same interactions, gathered in one pass over them. */
interface Timeline {
  /** Dated contacts with the customer, oldest first, and the latest of them (-Infinity if none). */
  contacts: Float64Array;
  lastContact: number;
  /** Dated orders, oldest first (same-time orders in timeline order). */
  orders: Interaction[];
  /** Tickets the timeline shows as open, dated or not. */
  openTickets: number;
  /** When the longest-open dated ticket was opened (Infinity if none). */
  oldestOpenTicket: number;
  /** Payments the timeline shows as late or unpaid, newest last. */
  latePayments: Interaction[];
}

function timeline(h: AccountHistory, now: number): Timeline {
  const contacts: number[] = [];
  const orders: Interaction[] = [];
  let lastContact = -Infinity;
  let openTickets = 0;
  let oldestOpenTicket = Infinity;
  const latePayments: Interaction[] = [];
  for (const i of h.interactions) {
    if (i.kind === 'ticket' && i.open) {
      openTickets++;
      if (validAt(i, now)) oldestOpenTicket = Math.min(oldestOpenTicket, i.at);
    }
    if (!validAt(i, now)) continue;
    if (i.kind === 'payment' && i.at > now - LATE_PAYMENT_WINDOW && LATE.test(i.text ?? '')) latePayments.push(i);
    else if (isContact(i.kind)) {
      contacts.push(i.at);
      lastContact = Math.max(lastContact, i.at);
    } else if (i.kind === 'order') orders.push(i);
  }
  orders.sort((a, b) => a.at - b.at);
  latePayments.sort((a, b) => a.at - b.at);
  return { contacts: new Float64Array(contacts).sort(), lastContact, orders, openTickets, oldestOpenTicket, latePayments };
}

/** Words of a payment entry that did not arrive on time; "not overdue" and the like are read as paid. */
const LATE = /(?<!不|未|没有|无)(逾期|拖欠|欠款|延迟付款|延期付款|晚付|未付|未到账|催款)|(?<!not |no |never )\b(overdue|past due|late payment|paid late|unpaid|not received|outstanding|dunning)\b/i;
const LATE_PAYMENT_WINDOW = 180 * DAY;

function latePayment(_h: AccountHistory, c: FeatureContext, t: Timeline): Contribution[] {
  const n = t.latePayments.length;
  if (!n) return [];
  const last = t.latePayments[n - 1]!;
  return [contribution('late_payment', 'customer_circumstances', c.weights.latePayment * clamp(0.6 + 0.2 * (n - 1), 0.6, 1), [
    { key: 'ev_late_payment', params: [n, Math.round((c.now - last.at) / DAY)], at: last.at, ref: { kind: 'interaction', id: last.id } },
  ])];
}

/** Few people on the customer's side, or fewer than before. */
function contacts(h: AccountHistory, c: FeatureContext): Contribution[] {
  const series = fieldSeries(h, 'contacts').filter((s) => num(s.v) !== undefined && num(s.v)! >= 0);
  if (!series.length) return [];
  const first = num(series[0]!.v)!;
  const last = num(series.at(-1)!.v)!;
  const evidence: Evidence[] = [];
  let share = 0;
  if (last <= 2) {
    share += last <= 1 ? 0.7 : 0.4;
    evidence.push({ key: 'ev_few_contacts', params: [last], ref: { kind: 'field', id: 'contacts' } });
  }
  if (first - last >= 2 && last < first * 0.75) {
    share += 0.5;
    evidence.push({ key: 'ev_contacts_down', params: [first, last], ref: { kind: 'field', id: 'contacts' } });
  }
  return share ? [contribution('contacts', 'staff_turnover', c.weights.contacts * Math.min(1, share), evidence)] : [];
}

function silence(h: AccountHistory, c: FeatureContext, t: Timeline): Contribution[] {
  const sorted = t.contacts;
  const lastField = latest(h, 'lastContact')?.date;
  const last = Math.max(t.lastContact, Number.isFinite(lastField) ? (lastField as number) : -Infinity);
  if (!Number.isFinite(last)) return [];
  const gaps = dayGaps(sorted);
  // With too little history, the seeds' 30-day rule stands in for the account's own rhythm.
  const usual = gaps.length >= 3 ? clamp(medianInPlace(gaps), 7, 120) : 30;
  const since = days(c.now - last);
  if (since < 30 && since < usual * 1.5) return [];
  const points = c.weights.silence * clamp((since / usual - 1) / 3, 0.15, 1);
  return [contribution('silence', 'relationship_neglect', points, [{ key: 'ev_last_contact', params: [since, Math.round(usual)], at: last }])];
}

function contactTrend(_h: AccountHistory, c: FeatureContext, t: Timeline): Contribution[] {
  let recent = 0;
  let prior = 0;
  const ats = t.contacts;
  for (let i = 0; i < ats.length; i++) {
    if (ats[i] > c.now - 90 * DAY) recent++;
    else if (ats[i] > c.now - 180 * DAY) prior++;
  }
  if (prior < 3 || recent >= prior * 0.6) return [];
  const points = c.weights.contactTrend * (1 - recent / prior);
  return [contribution('contact_trend', 'relationship_neglect', points, [{ key: 'ev_contact_trend', params: [recent, prior] }])];
}

const snippet = (t: string) => (t.length > 80 ? t.slice(0, 79) + '…' : t);

/** Evidence kept per cause: the heaviest few, ties in timeline order. */
const TEXT_EVIDENCE = 4;
/** Weight of one piece of text evidence, and its index in interactions followed by notes. */
interface TextEvidence { w: number; k: number }

/** Notes, tickets and activity text, classified into causes, newer ones weighing more. */
function text(h: AccountHistory, c: FeatureContext): Contribution[] {
  const byCause = new Map<CauseId, { score: number; top: TextEvidence[] }>();
  const oldest = c.now - 730 * DAY;
  const its = h.interactions;
  const n = its.length + h.notes.length;
  for (let k = 0; k < n; k++) {
    let txt: string | undefined;
    let at: number;
    let weight = 1;
    if (k < its.length) {
      const i = its[k];
      txt = i.text;
      at = i.at;
      if (!txt || !validAt(i, c.now)) continue;
      // Complaints and tickets are the customer speaking; our own notes about them count a little less.
      if (i.kind === 'complaint') weight = 1.3;
      else if (i.kind === 'ticket') weight = 1.1;
    } else {
      const note = h.notes[k - its.length];
      txt = note.text;
      at = note.at;
    }
    if (at < oldest) continue;
    const hits = c.classify(txt);
    if (!hits.length) continue;
    const decay = Math.pow(0.5, (c.now - at) / DAY / TEXT_HALF_LIFE_DAYS);
    for (const hit of hits) {
      const w = hit.confidence * decay * weight;
      let entry = byCause.get(hit.cause);
      if (!entry) byCause.set(hit.cause, (entry = { score: 0, top: [] }));
      entry.score += w;
      const top = entry.top;
      let p = top.length;
      while (p > 0 && top[p - 1].w < w) p--;
      if (p >= TEXT_EVIDENCE) continue;
      if (top.length < TEXT_EVIDENCE) top.push(top[top.length - 1]);
      for (let q = top.length - 1; q > p; q--) top[q] = top[q - 1];
      top[p] = { w, k };
    }
  }
  const ref = (k: number): { text: string; at: number; ref: Evidence['ref'] } => {
    if (k < its.length) return { text: its[k].text!, at: its[k].at, ref: { kind: 'interaction', id: its[k].id } };
    const note = h.notes[k - its.length];
    return { text: note.text, at: note.at, ref: { kind: 'note', id: note.id } };
  };
  return [...byCause].map(([cause, { score, top }]) =>
    contribution(
      'text',
      cause,
      c.weights.text * (1 - Math.exp(-score / 1.2)),
      top.map(({ k }) => {
        const e = ref(k);
        return { key: 'ev_text', params: [snippet(e.text)], ref: e.ref, at: e.at };
      }),
    ),
  );
}

/** A ticket open this long has outlived any support promise a CRM customer is usually given. */
const OVERDUE_TICKET_DAYS = 14;

function openTickets(h: AccountHistory, c: FeatureContext, t: Timeline): Contribution[] {
  const fromField = num(latest(h, 'openTickets'));
  const n = Math.max(fromField ?? 0, t.openTickets);
  const openDays = Math.floor((c.now - t.oldestOpenTicket) / DAY);
  const overdue = openDays >= OVERDUE_TICKET_DAYS;
  if (n < 2 && !overdue) return [];
  const evidence: Evidence[] = [];
  if (n >= 2) evidence.push({ key: 'ev_open_tickets', params: [n] });
  if (overdue) evidence.push({ key: 'ev_ticket_overdue', params: [openDays], at: t.oldestOpenTicket });
  const share = clamp((n - 1) / 4, 0, 1) + (overdue ? clamp(openDays / 60, 0.25, 0.5) : 0);
  return [contribution('open_tickets', 'service_experience', c.weights.openTickets * Math.min(1, share), evidence)];
}

function nps(h: AccountHistory, c: FeatureContext): Contribution[] {
  const series = fieldSeries(h, 'nps').filter((s) => num(s.v) !== undefined && num(s.v)! >= 0 && num(s.v)! <= 10);
  const now = series.at(-1);
  if (!now) return [];
  const v = num(now.v)!;
  const evidence: Evidence[] = [];
  let points = 0;
  if (v <= 6) {
    points += c.weights.nps * ((7 - v) / 7);
    evidence.push({ key: 'ev_nps', params: [v], ref: { kind: 'field', id: 'nps' } });
  }
  const first = num(series[0].v)!;
  if (first - v >= 2) {
    points += c.weights.nps * 0.25;
    evidence.push({ key: 'ev_nps_drop', params: [first, v], ref: { kind: 'field', id: 'nps' } });
  }
  return points > 0 ? [contribution('nps', 'service_experience', points, evidence)] : [];
}

function csat(h: AccountHistory, c: FeatureContext): Contribution[] {
  const v = num(latest(h, 'csat'));
  if (v === undefined) return [];
  // Scales seen in CRMs: 1–5 stars, 1–10, or a percentage.
  const share = v <= 5 ? (v - 1) / 4 : v <= 10 ? (v - 1) / 9 : v / 100;
  if (!(share < 0.6)) return [];
  return [contribution('csat', 'service_experience', c.weights.csat * (0.6 - share) / 0.6, [{ key: 'ev_csat', params: [v], ref: { kind: 'field', id: 'csat' } }])];
}

/**
 * Customer effort score, read as CES 2.0 asks it ("the company made it easy to handle my issue",
 * agree 1–7; higher is easier) or as a percentage. The page's label is kept as the field's key.
 */
const CES_LABELS = ['ces', 'ces score', 'customer effort score', 'customer effort', 'effort score', '客户费力度', '费力度', '客户费力度评分', '费力度评分'];

function ces(h: AccountHistory, c: FeatureContext): Contribution[] {
  const key = CES_LABELS.find((k) => h.account.fields[k] || h.snapshots.some((s) => s.fields[k]));
  const v = key ? num(latest(h, key)) : undefined;
  if (v === undefined || v < 1) return [];
  const share = v <= 7 ? (v - 1) / 6 : v <= 100 ? v / 100 : 1;
  if (!(share < 0.5)) return [];
  return [contribution('ces', 'friction', c.weights.ces * (0.5 - share) / 0.5, [{ key: 'ev_ces', params: [v], ref: { kind: 'field', id: key! } }])];
}

function ownerChange(h: AccountHistory, c: FeatureContext): Contribution[] {
  const owners = fieldSeries(h, 'owner').filter((s) => s.v.raw.trim());
  for (let i = owners.length - 1; i > 0; i--) {
    if (owners[i].v.raw !== owners[i - 1].v.raw && owners[i].at > c.now - 180 * DAY) {
      return [contribution('owner_change', 'staff_turnover', c.weights.ownerChange, [
        { key: 'ev_owner_change', params: [owners[i - 1].v.raw, owners[i].v.raw], at: owners[i].at, ref: { kind: 'field', id: 'owner' } },
      ])];
    }
  }
  return [];
}

function orders(_h: AccountHistory, c: FeatureContext, t: Timeline): Contribution[] {
  const os = t.orders;
  if (os.length < 3) return [];
  const out: Contribution[] = [];
  const sum = (from: number, to: number) => {
    let total = 0;
    for (const o of os) if (o.at > from && o.at <= to) total += Number.isFinite(o.amount) ? (o.amount as number) : 0;
    return total;
  };
  const recent = sum(c.now - 182 * DAY, c.now);
  const before = sum(c.now - 365 * DAY, c.now - 182 * DAY);
  if (before > 0 && recent < before * 0.7) {
    const drop = 1 - recent / before;
    out.push(contribution('orders_down', 'customer_circumstances', c.weights.orders * drop, [
      { key: 'ev_orders_down', params: [Math.round(recent), Math.round(drop * 100)] },
    ]));
  }
  const gaps = dayGaps(os.map((o) => o.at));
  const usual = medianInPlace(gaps);
  const since = days(c.now - os[os.length - 1].at);
  const summary = c.orders ? orderSummary(os, c.now) : null;
  if (c.orders && summary) {
    const p0 = pNoActivity(c.orders, NO_ORDER_WINDOW_DAYS / 7, summary.x, summary.tx, summary.T);
    if (p0 > 0.5) {
      out.push(contribution('order_silence', 'customer_circumstances', c.weights.orders * (p0 - 0.5) * 2, [
        { key: 'ev_no_order_chance', params: [Math.round(p0 * 100), NO_ORDER_WINDOW_DAYS, since], at: os[os.length - 1].at },
      ]));
    }
  } else if (gaps.length >= 2 && since > Math.max(30, usual * 2)) {
    out.push(contribution('order_silence', 'customer_circumstances', c.weights.orders * clamp((since / usual - 2) / 4, 0.2, 0.8), [
      { key: 'ev_order_silence', params: [since, Math.round(usual)], at: os[os.length - 1].at },
    ]));
  }
  return out;
}

function arrDown(h: AccountHistory, c: FeatureContext): Contribution[] {
  const series = fieldSeries(h, 'arr').filter((s) => num(s.v) !== undefined);
  if (series.length < 2) return [];
  const first = num(series[0].v)!;
  const last = num(series.at(-1)!.v)!;
  if (!(first > 0 && last < first * 0.9)) return [];
  return [contribution('arr_down', 'price', c.weights.arrDown * clamp((1 - last / first) * 2, 0.3, 1), [
    { key: 'ev_arr_down', params: [series[0].v.raw, series.at(-1)!.v.raw], ref: { kind: 'field', id: 'arr' } },
  ])];
}

/**
 * The CRM's status or stage for the account. It names no cause by itself; when its words do
 * ("Lost – price"), the classifier says which.
 */
function status(h: AccountHistory, c: FeatureContext): Contribution[] {
  const v = latest(h, 'status');
  const cls = statusClass(v?.raw);
  if (!v || (cls !== 'gone' && cls !== 'slipping')) return [];
  const cause = c.classify(v.raw)[0]?.cause;
  return [contribution('status', cause, c.weights.status * (cls === 'gone' ? 1 : 0.6), [
    { key: cls === 'gone' ? 'ev_status_gone' : 'ev_status_slipping', params: [v.label ?? '', v.raw], ref: { kind: 'field', id: 'status' } },
  ])];
}

/** A planned follow-up whose day has passed with no contact since. */
function followUp(h: AccountHistory, c: FeatureContext, t: Timeline): Contribution[] {
  const due = latest(h, 'nextFollowUp')?.date;
  if (!Number.isFinite(due) || t.lastContact >= (due as number)) return [];
  const late = days(c.now - (due as number));
  if (late < 1) return [];
  return [contribution('follow_up', 'relationship_neglect', c.weights.followUp * clamp(late / 30, 0.3, 1), [
    { key: 'ev_followup_overdue', params: [late], at: due, ref: { kind: 'field', id: 'nextFollowUp' } },
  ])];
}

const FEATURES: [string, (h: AccountHistory, c: FeatureContext, t: Timeline) => Contribution[]][] = [
  ['silence', silence],
  ['contact_trend', contactTrend],
  ['text', text],
  ['open_tickets', openTickets],
  ['nps', nps],
  ['csat', csat],
  ['ces', ces],
  ['owner_change', ownerChange],
  ['late_payment', latePayment],
  ['contacts', contacts],
  ['orders', orders],
  ['arr_down', arrDown],
  ['status', status],
  ['follow_up', followUp],
];

export function computeContributions(h: AccountHistory, c: FeatureContext): Contribution[] {
  const t = timeline(h, c.now);
  const out: Contribution[] = [];
  for (let k = 0; k < FEATURES.length; k++) {
    const [id, f] = FEATURES[k];
    if (c.disabled.has(id)) continue;
    const xs = f(h, c, t);
    for (let i = 0; i < xs.length; i++) if (xs[i].points > 0) out.push(xs[i]);
  }
  return out;
}

/** Whether the history holds dated activity or notes, rather than only what a page's fields show. */
export const hasActivity = (h: AccountHistory, now: number) => h.notes.length > 0 || h.interactions.some((i) => validAt(i, now));

/** Fields that can ground a score: dated or scored ones, and a status that says something. */
const GROUND_FIELDS = ['lastContact', 'nextFollowUp', 'renewalDate', 'nps', 'csat', 'openTickets'];

/** The fields a score rests on when the history holds no dated activity, as the page showed them. */
export function fieldGrounds(h: AccountHistory): FieldValue[] {
  const out: FieldValue[] = [];
  for (const f of GROUND_FIELDS) {
    const v = latest(h, f);
    if (v && (Number.isFinite(v.date) || Number.isFinite(v.num))) out.push(v);
  }
  const s = latest(h, 'status');
  if (s && statusClass(s.raw)) out.push(s);
  return out;
}

export function daysToRenewal(h: AccountHistory, now: number): number | undefined {
  const d = latest(h, 'renewalDate')?.date;
  return Number.isFinite(d) ? Math.round(((d as number) - now) / DAY) : undefined;
}

/** The account's value: contract value when the CRM shows one, else a year of orders. */
export function accountValue(h: AccountHistory, now: number): number {
  const arr = num(latest(h, 'arr'));
  if (arr !== undefined && arr > 0) return arr;
  return h.interactions
    .filter((i) => i.kind === 'order' && i.at > now - 365 * DAY && Number.isFinite(i.amount))
    .reduce((s, i) => s + (i.amount as number), 0);
}
