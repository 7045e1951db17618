/** Opens the database once per context; only the worker writes (DESIGN.md). */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, type ChurnLensDB } from './schema';
import { DB_VERSION, runMigrations } from './migrations';

let opening: Promise<IDBPDatabase<ChurnLensDB>> | null = null;

/** Every entry of one account in a byAccount index ([account, time] keys). */
export const accountRange = (key: string) => IDBKeyRange.bound([key, -Infinity], [key, Infinity]);

export function openDb(version: number = DB_VERSION): Promise<IDBPDatabase<ChurnLensDB>> {
  return openDB<ChurnLensDB>(DB_NAME, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      await runMigrations(db, oldVersion, newVersion ?? version, tx);
    },
    blocking(_current, _blocked, event) {
      // Another context wants a newer schema: step aside so its upgrade can run.
      (event.target as IDBDatabase).close();
      opening = null;
    },
  });
}

export function db(): Promise<IDBPDatabase<ChurnLensDB>> {
  opening ??= openDb().then((d) => {
    d.addEventListener('close', () => (opening = null));
    return d;
  });
  return opening;
}

/** Close this context's connection; the next db() opens a fresh one (tests use a new factory each). */
export async function closeDb(): Promise<void> {
  const open = opening;
  opening = null;
  if (open) (await open).close();
}

/** Forget everything ChurnLens has kept, in one transaction. */
export async function clearAll(): Promise<void> {
  const d = await db();
  const names = [...d.objectStoreNames];
  const tx = d.transaction(names, 'readwrite');
  await Promise.all([...names.map((n) => tx.objectStore(n).clear()), tx.done]);
}
