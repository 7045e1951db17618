/**
 * The one protocol between the content script, the extension pages and the worker.
 * Every message is a member of one discriminated union whose schema is checked on receipt:
 * a content script runs beside page code and reads page text, so nothing it sends is trusted
 * until it has passed these schemas, and each type names the sender classes allowed to send it.
 */
import * as v from 'valibot';
import { CAUSE_IDS, INTERACTION_KINDS, RISK_LEVELS } from './core/types';
import type { Account, CauseId, ImportRecord, Level, Note, Score, ScoreDay, Snapshot, Interaction, Task, Verdict } from './core/types';
import type { ReviewStatus, VerdictMark } from './core/review';
import type { CompactList, ReviewHead } from './protocol/review-list';
import { BadgesRefresh, LIMITS, NoteFill, parseWith, PickerStart, text, type ParseResult } from './protocol/parts';
import { ImportBegin, ImportCancel, ImportCommit, ImportList, ImportRows, ImportStatus, type ImportStatusData } from './protocol/import';
import { ModelKeep, ModelProgress, ModelReport, ModelRetrain, ModelRollback, ModelTable, type ModelViewData } from './protocol/model';
import { CONTENT_PART_NAMES } from './content/parts';

export { LIMITS };
const finite = v.pipe(v.number(), v.finite());
const boundedRecord = <T extends v.GenericSchema>(value: T, max: number) =>
  v.pipe(
    v.record(text(120), value),
    v.check((o) => Object.keys(o).length <= max, `more than ${max} entries`),
  );

const FieldValueSchema = v.object({
  raw: text(LIMITS.raw),
  num: v.optional(finite),
  date: v.optional(finite),
  label: v.optional(text(LIMITS.label)),
});
const FieldsSchema = boundedRecord(FieldValueSchema, LIMITS.fields);

const PageInteractionSchema = v.object({
  id: text(200),
  at: finite,
  kind: v.picklist(INTERACTION_KINDS),
  text: v.optional(text(LIMITS.text)),
  amount: v.optional(finite),
  open: v.optional(v.boolean()),
  source: v.literal('page'),
});

const AccountKeySchema = v.pipe(v.string(), v.minLength(3), v.maxLength(300), v.regex(/^[a-z0-9_-]+:/i));
const UrlSchema = v.pipe(v.string(), v.maxLength(4000), v.url());

const PageRecord = v.object({
  type: v.literal('page:record'),
  url: UrlSchema,
  read: v.object({
    key: AccountKeySchema,
    name: text(LIMITS.name),
    fields: FieldsSchema,
    interactions: v.pipe(v.array(PageInteractionSchema), v.maxLength(LIMITS.interactions)),
    problems: v.pipe(v.array(text(500)), v.maxLength(50)),
  }),
});

const PageList = v.object({
  type: v.literal('page:list'),
  url: UrlSchema,
  rows: v.pipe(
    v.array(v.object({
      key: AccountKeySchema, name: text(LIMITS.name), url: v.optional(UrlSchema), fields: v.optional(FieldsSchema),
    })),
    v.maxLength(LIMITS.rows),
  ),
});

const PanelOpen = v.object({ type: v.literal('panel:open') });
/**
 * A content script asks for a part of itself (src/content/parts.ts), which the worker injects into
 * the very frame that asked: the message names a part and nothing else, no file, tab or frame.
 */
const PartLoad = v.strictObject({ type: v.literal('part:load'), part: v.picklist(CONTENT_PART_NAMES) });
const AccountView = v.object({ type: v.literal('account:view'), key: AccountKeySchema });
const TabAccount = v.object({ type: v.literal('tab:account'), tabId: v.pipe(v.number(), v.integer()) });
const FlaggedList = v.object({ type: v.literal('flagged:list') });
const NoteAdd = v.object({
  type: v.literal('note:add'),
  key: AccountKeySchema,
  text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(5000)),
  cause: v.optional(v.picklist(CAUSE_IDS)),
});
const NoteWrite = v.object({
  type: v.literal('note:write'),
  tabId: v.pipe(v.number(), v.integer()),
  noteId: text(100),
});
/** A calendar day as a date input gives it; 2026-02-30 is refused, not rolled into March. */
const DaySchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a day like 2026-12-31'),
  v.check((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'no such day'),
);
const TaskAdd = v.object({
  type: v.literal('task:add'),
  key: AccountKeySchema,
  title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300)),
  due: DaySchema,
  action: v.optional(text(80)),
  cause: v.optional(v.picklist(CAUSE_IDS)),
});
const TaskDone = v.object({ type: v.literal('task:done'), id: text(100), done: v.boolean() });
/** Every open task with its account, for the manager's view and export. */
const TaskList = v.object({ type: v.literal('task:list') });
const SettingsGet = v.object({ type: v.literal('settings:get') });

export const LANG_SETTINGS = ['auto', 'en', 'zh_CN'] as const;
export const UserSettingsSchema = v.object({
  lang: v.picklist(LANG_SETTINGS),
  thresholds: v.pipe(
    v.object({ medium: finite, high: finite, critical: finite }),
    v.check((t) => 0 < t.medium && t.medium < t.high && t.high < t.critical && t.critical <= 100,
      'thresholds must rise: 0 < medium < high < critical ≤ 100'),
  ),
  competitors: v.pipe(v.array(text(80)), v.maxLength(100)),
  /** The team's edits to the default playbooks: actions switched off, titles reworded. */
  playbooks: v.optional(v.object({
    disabled: v.optional(v.pipe(v.array(text(80)), v.maxLength(200))),
    titles: v.optional(boundedRecord(v.object({ en: v.optional(text(300)), zh_CN: v.optional(text(300)) }), 200)),
  })),
  /** Who this browser's user is, as verdicts and reviews record it; empty: "me", in each reader's language. */
  userName: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(80))),
});
export type UserSettings = v.InferOutput<typeof UserSettingsSchema>;
const SettingsSet = v.object({ type: v.literal('settings:set'), settings: UserSettingsSchema });
const DataClear = v.object({ type: v.literal('data:clear') });
const OriginSchema = v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/[^/*\s]+$/, 'an origin like https://crm.example.com'));
/** Sites whose access the user took back while ChurnLens still holds accounts read there. */
export interface RevokedSite {
  origin: string;
  at: number;
  accounts: number;
}
const SiteRevoked = v.object({ type: v.literal('site:revoked') });
/** The user's answer to that: delete what was read on the site, or keep it and stop asking. */
const SiteForget = v.object({ type: v.literal('site:forget'), origin: OriginSchema, deleteData: v.boolean() });
const SiteEnable = v.object({
  type: v.literal('site:enable'),
  origin: OriginSchema,
  tabId: v.optional(v.pipe(v.number(), v.integer())),
});

/**
 * A page recipe: what the user taught ChurnLens on one CRM origin by clicking ("Teach ChurnLens
 * this page"). Selectors are tried first, the label text is the fallback when a redesign breaks them.
 */
const SelectorSchema = text(1000);
export const RecipeSchema = v.object({
  version: v.literal(1),
  origin: OriginSchema,
  /** Path pattern of record pages with one capture group for the record id, e.g. "^/customers/(\\d+)". */
  recordPath: v.optional(text(300)),
  name: v.object({ selector: SelectorSchema }),
  fields: v.pipe(
    v.array(v.object({ field: text(120), selector: SelectorSchema, label: v.optional(text(LIMITS.label)) })),
    v.maxLength(50),
  ),
  list: v.optional(v.object({ row: SelectorSchema, name: SelectorSchema })),
  updatedAt: finite,
});
export type PageRecipe = v.InferOutput<typeof RecipeSchema>;
const RecipeSave = v.object({ type: v.literal('recipe:save'), recipe: RecipeSchema });
const RecipeGet = v.object({ type: v.literal('recipe:get'), origin: OriginSchema });
const RecipeList = v.object({ type: v.literal('recipe:list') });
const RecipeImport = v.object({ type: v.literal('recipe:import'), recipes: v.pipe(v.array(RecipeSchema), v.maxLength(500)) });
const RecipeDelete = v.object({ type: v.literal('recipe:delete'), origin: OriginSchema });

/** Worker → extension pages: something they show has changed. */
const AccountChanged = v.object({ type: v.literal('account:changed'), key: v.optional(AccountKeySchema) });

/** The manager's review: mark accounts reviewed, or snooze them for 7, 30 or 90 days (0 ends a snooze now). */
const ReviewSet = v.object({
  type: v.literal('review:set'),
  keys: v.pipe(v.array(AccountKeySchema), v.minLength(1), v.maxLength(20_000)),
  snoozeDays: v.optional(v.picklist([0, 7, 30, 90])),
});
/** "Mark all reviewed": the team's review time, from which the toolbar counts what is new. */
const ReviewAll = v.object({ type: v.literal('review:all') });
const ReviewState = v.object({ type: v.literal('review:state') });
/** The popup's flagged list, compact, and its first screen alone (protocol/review-list.ts). */
const ReviewList = v.object({ type: v.literal('review:list') });
const ReviewHeadAsk = v.object({ type: v.literal('review:head'), first: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)) });
const Reason = v.pipe(v.string(), v.trim(), v.maxLength(1000));
/** A person's word on an account's risk; setting the level needs a reason. */
const VerdictAdd = v.variant('kind', [
  v.object({ type: v.literal('verdict:add'), key: AccountKeySchema, kind: v.picklist(['not_risk', 'real_risk']), reason: v.optional(Reason) }),
  v.object({
    type: v.literal('verdict:add'), key: AccountKeySchema, kind: v.literal('override'), level: v.picklist(RISK_LEVELS),
    reason: v.pipe(Reason, v.minLength(1, 'a reason for the level')),
  }),
]);
const VerdictList = v.object({ type: v.literal('verdict:list'), key: AccountKeySchema });

export const MessageSchema = v.variant('type', [
  PageRecord, PageList, PanelOpen, PartLoad, AccountView, TabAccount, FlaggedList, NoteAdd, NoteWrite,
  TaskAdd, TaskDone, TaskList, SettingsGet, SettingsSet, DataClear, SiteEnable, RecipeSave, RecipeGet, RecipeList, RecipeImport,
  RecipeDelete, PickerStart, NoteFill, BadgesRefresh, AccountChanged,
  ImportBegin, ImportRows, ImportCommit, ImportCancel, ImportStatus, ImportList, SiteRevoked, SiteForget,
  ReviewSet, ReviewAll, ReviewState, ReviewList, ReviewHeadAsk, VerdictAdd, VerdictList,
  ModelReport, ModelRetrain, ModelKeep, ModelRollback, ModelTable, ModelProgress,
]);
export type Message = v.InferOutput<typeof MessageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/**
 * Who may send what. 'content' is a content script in a tab; 'page' is one of our own extension
 * pages (popup, side panel, options); 'worker' is the service worker talking to the others.
 */
export type SenderClass = 'content' | 'page' | 'worker';
export const ALLOWED_SENDERS: Record<MessageType, readonly SenderClass[]> = {
  'page:record': ['content'],
  'page:list': ['content'],
  'panel:open': ['content', 'page'],
  'part:load': ['content'],
  'account:view': ['page'],
  'tab:account': ['page'],
  'flagged:list': ['page'],
  'note:add': ['page'],
  'note:write': ['page'],
  'task:add': ['page'],
  'task:done': ['page'],
  'task:list': ['page'],
  'settings:get': ['page', 'content'],
  'settings:set': ['page'],
  'data:clear': ['page'],
  'site:enable': ['page'],
  'recipe:save': ['content', 'page'],
  'recipe:get': ['content', 'page'],
  'recipe:list': ['page'],
  'recipe:import': ['page'],
  'recipe:delete': ['page'],
  'picker:start': ['page'],
  'note:fill': ['worker'],
  'badges:refresh': ['worker'],
  'account:changed': ['worker'],
  'import:begin': ['page'],
  'import:rows': ['page'],
  'import:commit': ['page'],
  'import:cancel': ['page'],
  'import:status': ['page'],
  'import:list': ['page'],
  'site:revoked': ['page'],
  'site:forget': ['page'],
  'review:set': ['page'],
  'review:all': ['page'],
  'review:state': ['page'],
  'review:list': ['page'],
  'review:head': ['page'],
  'verdict:add': ['page'],
  'verdict:list': ['page'],
  'model:report': ['page'],
  'model:retrain': ['page'],
  'model:keep': ['page'],
  'model:rollback': ['page'],
  'model:table': ['page'],
  'model:progress': ['worker'],
};

/** What a badge shows; labels come localised from the worker so the content script needs no catalogue. */
export interface Badge {
  key: string;
  level: Level;
  risk: number | null;
  label: string;
  title: string;
  /** The score rests on a few shown fields alone (Score.basis): drawn outlined, and the title says so. */
  tentative?: boolean;
}

export interface FlaggedRow {
  key: string;
  name: string;
  url?: string;
  level: Level;
  risk: number | null;
  valueAtRisk: number;
  cause?: CauseId;
  at: number;
  /** Its level is higher than a week ago (or than when first scored, if newer): core/trend.ts levelRose. */
  rose?: boolean;
  /** The CRM's owner field. */
  owner?: string;
  /** Its CRM site: the page's origin, else the CRM family (core/review.ts siteOf). */
  site: string;
  /** Where it stands in the manager's review, judged by the worker's clock when the list was read. */
  status: ReviewStatus;
  snoozedUntil?: number;
  /** A person's standing verdict, with who, when and why. */
  verdict?: VerdictMark;
}

/** The team's last "Mark all reviewed", and how many accounts were flagged since. */
export interface ReviewStateData {
  reviewedAll: { at: number; by: string } | null;
  newCount: number;
}

export interface AccountViewData {
  account: Account;
  score: Score | null;
  snapshots: Snapshot[];
  interactions: Interaction[];
  notes: Note[];
  tasks: Task[];
  /** The last 90 days of daily scores, and the day "what changed" is measured from (storage/score-days.ts trendDays). */
  scoreDays: ScoreDay[];
}

/** A task with the account it belongs to, as lists outside that account's panel need it. */
export interface TaskRow extends Task {
  accountName: string;
  accountUrl?: string;
}

export interface Responses {
  'page:record': Badge;
  'page:list': Badge[];
  'panel:open': null;
  'part:load': null;
  'account:view': AccountViewData | null;
  'tab:account': { key: string | null };
  'flagged:list': FlaggedRow[];
  'note:add': Note;
  'note:write': { written: boolean; missing?: string[] };
  'task:add': Task;
  'task:done': Task;
  'task:list': TaskRow[];
  'settings:get': UserSettings;
  'settings:set': UserSettings;
  'data:clear': null;
  'site:enable': null;
  'recipe:save': PageRecipe;
  'recipe:get': PageRecipe | null;
  'recipe:list': PageRecipe[];
  'recipe:import': { imported: number };
  'recipe:delete': null;
  'picker:start': { started: boolean };
  /** missing: required fields of the CRM's form still empty; the note is filled in but not saved. */
  'note:fill': { filled: boolean; missing?: string[] };
  'badges:refresh': null;
  'account:changed': null;
  /** previous: this file was imported before with the same mapping (re-importing adds nothing new). */
  'import:begin': { previous: ImportRecord | null };
  'import:rows': { staged: number };
  'import:commit': ImportRecord;
  'import:cancel': null;
  'import:status': ImportStatusData;
  /** Finished imports, newest first, and the CRM origins accounts were read on (to join an import to). */
  'import:list': { imports: ImportRecord[]; sites: string[] };
  'site:revoked': RevokedSite[];
  /** deleted: accounts removed with everything kept about them (0 when kept). */
  'site:forget': { deleted: number };
  /** How many of the keys had a row to change. */
  'review:set': { changed: number };
  'review:all': ReviewStateData;
  'review:state': ReviewStateData;
  'review:list': CompactList;
  'review:head': ReviewHead;
  'verdict:add': Verdict;
  /** Newest first: the first one stands. */
  'verdict:list': Verdict[];
  'model:report': ModelViewData;
  'model:retrain': ModelViewData;
  'model:keep': ModelViewData;
  'model:rollback': ModelViewData;
  /** The labelled accounts as the backtest CLI reads them. */
  'model:table': { csv: string };
  'model:progress': null;
}

/** The page a content script's message speaks about, checked against where it really came from. */
export function claimedUrl(msg: Message): string | undefined {
  if ('url' in msg) return msg.url;
  if ('origin' in msg) return msg.origin;
  if ('recipe' in msg) return msg.recipe.origin;
  return undefined;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: string };

export function parseMessage(raw: unknown): ParseResult<Message> {
  return parseWith(MessageSchema, raw);
}
