/**
 * Numbered schema migrations. Migration N takes a database at version N-1 to N inside the
 * versionchange transaction, so a failed upgrade rolls back whole and no data is half-moved.
 * Never edit a shipped migration: users' databases already ran it. Add the next one.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ChurnLensDB } from './schema';

type UpgradeTx = IDBPTransaction<ChurnLensDB, StoreNames<ChurnLensDB>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<ChurnLensDB>, tx: UpgradeTx) => void | Promise<void>;

export const MIGRATIONS: readonly Migration[] = [
  // v1: the history the foundation keeps.
  (db) => {
    db.createObjectStore('accounts', { keyPath: 'key' }).createIndex('byLastSeen', 'lastSeen');
    db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true })
      .createIndex('byAccount', ['account', 'at']);
    db.createObjectStore('interactions', { keyPath: 'uid' }).createIndex('byAccount', ['account', 'at']);
    db.createObjectStore('notes', { keyPath: 'id' }).createIndex('byAccount', ['account', 'at']);
    db.createObjectStore('scores', { keyPath: 'account' }).createIndex('byLevel', 'level');
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  // v2: user-taught page recipes and trained models; the popup ranks by value at risk, so index it
  // and backfill nothing (the index builds itself from the existing score records).
  (db, tx) => {
    db.createObjectStore('recipes', { keyPath: 'origin' });
    db.createObjectStore('models', { keyPath: 'id' });
    tx.objectStore('scores').createIndex('byValueAtRisk', 'valueAtRisk');
  },
  // v3: a list row known only by name points to the record id its page revealed.
  (db) => {
    db.createObjectStore('aliases', { keyPath: 'from' });
  },
  // v4: follow-up tasks made from suggested actions; the popup lists every open one by due day.
  (db) => {
    const tasks = db.createObjectStore('tasks', { keyPath: 'id' });
    tasks.createIndex('byAccount', ['account', 'createdAt']);
    tasks.createIndex('byStatusDue', ['status', 'due']);
  },
  // v5: the team's loop: a score per account per day (trend, what changed), people's verdicts on
  // risk, the manager's review and snooze state, and the record of finished imports.
  (db) => {
    db.createObjectStore('scoreDays', { keyPath: ['account', 'day'] }).createIndex('byDay', 'day');
    db.createObjectStore('verdicts', { keyPath: 'id' }).createIndex('byAccount', ['account', 'at']);
    db.createObjectStore('reviews', { keyPath: 'account' });
    db.createObjectStore('imports', { keyPath: 'id' });
  },
  // v6: imported activity in blocks of a file's rows (storage/activity-blocks.ts): a record per row
  // made a 100,000-row import cost 100,000 writes. Rows imported before stay where they are.
  (db) => {
    db.createObjectStore('activityBlocks', { keyPath: ['file', 'n'] }).createIndex('byAccount', 'accounts', { multiEntry: true });
  },
];

export const DB_VERSION = MIGRATIONS.length;

export async function runMigrations(
  db: IDBPDatabase<ChurnLensDB>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): Promise<void> {
  for (let v = oldVersion; v < newVersion; v++) await MIGRATIONS[v](db, tx);
}
