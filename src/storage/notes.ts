import type { Note } from '../core/types';
import { db } from './db';

export async function addNote(note: Note): Promise<void> {
  await (await db()).add('notes', note);
}

export async function getNote(id: string): Promise<Note | undefined> {
  return (await db()).get('notes', id);
}

export async function markWrittenBack(id: string, at: number): Promise<void> {
  const d = await db();
  const tx = d.transaction('notes', 'readwrite');
  const note = await tx.store.get(id);
  if (note) await tx.store.put({ ...note, writtenBackAt: at });
  await tx.done;
}
