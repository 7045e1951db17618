import type { UserSettings } from '../messages';
import { db } from './db';
import { DEFAULT_USER_SETTINGS } from './defaults';

export async function getSettings(): Promise<UserSettings> {
  const row = await (await db()).get('settings', 'user');
  return { ...DEFAULT_USER_SETTINGS, ...(row?.value as Partial<UserSettings> | undefined) };
}

export async function putSettings(s: UserSettings): Promise<void> {
  await (await db()).put('settings', { key: 'user', value: s });
}
