/** The IndexedDB schema as idb sees it: one typed description of every store and index. */
import type { DBSchema } from 'idb';
import type { Account, ImportRecord, Interaction, Note, Score, ScoreDay, Snapshot, Task, Verdict } from '../core/types';
import type { PageRecipe } from '../messages';
import type { ReviewRow } from '../core/review';

export interface StoredSnapshot extends Snapshot {
  id?: number;
}

/** An interaction keyed by account so the same timeline entry on two accounts never collides. */
export interface StoredInteraction extends Interaction {
  uid: string;
}

/**
 * Some forty review rows under one record, by a hash of their account keys: the popup reads a few
 * hundred records, not one per flagged account. The store's key path (schema v5) names the bucket.
 */
export interface ReviewBucket {
  account: string;
  rows: Record<string, ReviewRow>;
}

/** Part of one imported file's activity, its rows sorted by account (storage/activity-blocks.ts). */
export interface ActivityBlock {
  /** The import's file id; `n` numbers the file's blocks from 0. */
  file: string;
  n: number;
  /** Every account the block holds rows of: the index finds an account's blocks by these. */
  accounts: string[];
  items: StoredInteraction[];
}

export interface StoredModel {
  id: string;
  trainedAt: number;
  kind: string;
  model: unknown;
  metrics?: unknown;
}

export interface ChurnLensDB extends DBSchema {
  accounts: { key: string; value: Account; indexes: { byLastSeen: number } };
  snapshots: { key: number; value: StoredSnapshot; indexes: { byAccount: [string, number] } };
  interactions: { key: string; value: StoredInteraction; indexes: { byAccount: [string, number] } };
  notes: { key: string; value: Note; indexes: { byAccount: [string, number] } };
  scores: {
    key: string;
    value: Score;
    indexes: { byLevel: string; byValueAtRisk: number };
  };
  settings: { key: string; value: { key: string; value: unknown } };
  recipes: { key: string; value: PageRecipe };
  models: { key: string; value: StoredModel };
  aliases: { key: string; value: { from: string; to: string } };
  tasks: {
    key: string;
    value: Task;
    indexes: { byAccount: [string, number]; byStatusDue: [string, string] };
  };
  scoreDays: { key: [string, string]; value: ScoreDay; indexes: { byDay: string } };
  verdicts: { key: string; value: Verdict; indexes: { byAccount: [string, number] } };
  /** The manager's review list in buckets (storage/reviews.ts): every flagged account, or one with review state. */
  reviews: { key: string; value: ReviewBucket };
  imports: { key: string; value: ImportRecord };
  activityBlocks: { key: [string, number]; value: ActivityBlock; indexes: { byAccount: string } };
}

export const DB_NAME = 'churnlens';

