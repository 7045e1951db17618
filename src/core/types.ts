/**
 * The domain model shared by every context. Pure data: no DOM, no extension API, so the same
 * values flow from the content script through messages into IndexedDB and the engine.
 * Times are epoch milliseconds; "now" is always passed in, never read, so results are repeatable.
 */

/** Cause ids from DOMAIN.md; stable because notes, settings and playbooks refer to them. */
export const CAUSE_IDS = [
  'product_quality',
  'service_experience',
  'price',
  'broken_promise',
  'relationship_neglect',
  'competitor',
  'staff_turnover',
  'business_change',
  'customer_circumstances',
  'friction',
  'channel_conflict',
  'brand_damage',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
/** 'unknown' is an honest answer when the evidence is too thin; it always carries a reason. */
export type Level = RiskLevel | 'unknown';

export type Lang = 'en' | 'zh_CN';

/** Canonical fields a reader maps page labels onto (zh/en synonyms live with the reader). */
export const CANONICAL_FIELDS = [
  'name',
  'owner',
  'plan',
  'arr',
  'renewalDate',
  'lastContact',
  'nextFollowUp',
  'status',
  'nps',
  'csat',
  'openTickets',
  'industry',
  'contacts',
  'email',
  'phone',
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** A value as read from a page: the raw text is kept so evidence can quote what the user saw. */
export interface FieldValue {
  raw: string;
  /** Parsed number (amounts, scores, counts) when the text is numeric. */
  num?: number;
  /** Parsed date (epoch ms) when the text is a date. */
  date?: number;
  /** The label as the page showed it, e.g. "合同金额". */
  label?: string;
}

export const INTERACTION_KINDS = [
  'call', 'meeting', 'email', 'ticket', 'complaint', 'order', 'payment', 'note', 'visit', 'other',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export interface Interaction {
  /** Stable id so re-reading the same timeline does not duplicate entries. */
  id: string;
  account: string;
  at: number;
  kind: InteractionKind;
  text?: string;
  amount?: number;
  /** For tickets: whether still open, and since when overdue. */
  open?: boolean;
  source: 'page' | 'import' | 'user';
}

export interface Account {
  /** `crm:recordId`, e.g. `demo:acc-0042`, `salesforce:001xx000003DGb2AAG`. */
  key: string;
  crm: string;
  name: string;
  url?: string;
  /** Latest known field values, merged from snapshots. */
  fields: Partial<Record<CanonicalField, FieldValue>> & Record<string, FieldValue>;
  firstSeen: number;
  lastSeen: number;
  /** Labelled outcome for learning, from a CRM status field or an import. */
  outcome?: 'churned' | 'retained';
  /** What the last read of its page could not read or had to cut (problem codes, src/adapters/problems.ts). */
  readProblems?: string[];
}

/** What the page showed at one visit; history is the sequence of these. */
export interface Snapshot {
  account: string;
  at: number;
  url?: string;
  fields: Record<string, FieldValue>;
}

export interface Note {
  id: string;
  account: string;
  at: number;
  text: string;
  cause?: CauseId;
  exportedAt?: number;
  writtenBackAt?: number;
}

/**
 * A follow-up the user committed to, usually from a suggested action. `due` is a calendar day
 * (YYYY-MM-DD) as the user picked it, so it means the same day in any time zone and in any CRM import.
 */
export interface Task {
  id: string;
  account: string;
  title: string;
  due: string;
  status: 'open' | 'done';
  /** The playbook action and cause it came from, when it came from one. */
  action?: string;
  cause?: CauseId;
  createdAt: number;
  doneAt?: number;
}

/** One piece of evidence behind a contribution, quotable in the user's language. */
export interface Evidence {
  /** i18n message key plus substitutions, so the UI renders it in the user's language. */
  key: string;
  params?: (string | number)[];
  /** Where it came from: a field, an interaction id, a note id. */
  ref?: { kind: 'field' | 'interaction' | 'note' | 'snapshot'; id: string };
  at?: number;
}

export interface Contribution {
  feature: string;
  /** Absent when the signal says how much risk but not why (a CRM status of "Churned"). */
  cause?: CauseId;
  /** Points added to the risk score (0..100 scale); positive raises risk. */
  points: number;
  evidence: Evidence[];
}

export interface CauseScore {
  cause: CauseId;
  points: number;
  /** 0..1, share of the explained risk this cause holds, tempered by evidence strength. */
  confidence: number;
  evidence: Evidence[];
}

export interface Action {
  id: string;
  cause: CauseId;
  /** i18n key of the action title and body. */
  titleKey: string;
  bodyKey?: string;
  /** Free text when the user edited the playbook. */
  title?: Partial<Record<Lang, string>>;
  fit: number;
}

export interface Score {
  account: string;
  at: number;
  level: Level;
  /** 0..100 risk, or null when level is unknown. */
  risk: number | null;
  /** risk/100 × account value, in the account's currency units. */
  valueAtRisk: number;
  unknownReason?: Evidence;
  /**
   * Set when the score rests on a few shown fields alone (a list row's columns, a form with no
   * activity): its confidence is lower, and the user is told what it was judged from.
   */
  basis?: Evidence;
  contributions: Contribution[];
  causes: CauseScore[];
  actions: Action[];
  model: string;
  /** A person's standing verdict, applied over the computed score (core/review.ts applyVerdict). */
  verdict?: Verdict;
  /** The level the model computed, when the verdict set another. */
  computedLevel?: Level;
}

/**
 * One account's score on one calendar day (UTC, YYYY-MM-DD): the last scoring of that day wins.
 * The trend chart and "what changed" read these; `points` holds each feature's contribution.
 */
export interface ScoreDay {
  account: string;
  day: string;
  at: number;
  level: Level;
  risk: number | null;
  points: Record<string, number>;
  cause?: CauseId;
}

/**
 * A person's word on an account's risk. Kept apart from scores, so no rescoring or retraining
 * touches it; the newest one per account stands, the older ones are its history.
 * 'not_risk' and 'real_risk' are also outcome labels for training; 'override' sets the level.
 */
export interface Verdict {
  id: string;
  account: string;
  kind: 'not_risk' | 'real_risk' | 'override';
  /** For 'override': the level the person set; for 'not_risk': the computed level it was given at (a rise above it flags the account again). */
  level?: RiskLevel;
  reason?: string;
  by: string;
  at: number;
}

/** The manager's review state of one account: reviewed at, or snoozed until (it comes back by itself). */
export interface Review {
  account: string;
  reviewedAt?: number;
  snoozedUntil?: number;
  by?: string;
}

export const IMPORT_KINDS = ['accounts', 'activities', 'orders'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** One finished import of a CRM export; the same file and kind imported again adds nothing new. */
export interface ImportRecord {
  /** Hash of the file's bytes and the mapping, so a re-import is recognised. */
  id: string;
  fileName: string;
  kind: ImportKind;
  at: number;
  rows: number;
  /** Records that were new, and rows skipped with a problem. */
  added: { accounts: number; interactions: number };
  skipped: number;
}
