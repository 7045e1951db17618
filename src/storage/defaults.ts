import type { UserSettings } from '../messages';
import { DEFAULT_SETTINGS } from '../core/engine';

/** What a user who never opened the options page gets. */
export const DEFAULT_USER_SETTINGS: UserSettings = {
  lang: 'auto',
  thresholds: { ...DEFAULT_SETTINGS.thresholds },
  competitors: [...DEFAULT_SETTINGS.competitors],
};
