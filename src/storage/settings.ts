import type { UserSettings } from '../messages';
import { DEFAULT_SETTINGS } from '../core/engine';
import { db } from './db';

export const DEFAULT_USER_SETTINGS: UserSettings = {
  lang: 'auto',
  thresholds: { ...DEFAULT_SETTINGS.thresholds },
  competitors: [...DEFAULT_SETTINGS.competitors],
};

export async function getSettings(): Promise<UserSettings> {
  const row = await (await db()).get('settings', 'user');
  return { ...DEFAULT_USER_SETTINGS, ...(row?.value as Partial<UserSettings> | undefined) };
}

export async function putSettings(s: UserSettings): Promise<void> {
  await (await db()).put('settings', { key: 'user', value: s });
}
