/**
 * The worker's broadcast to its pages that something they show changed (messages.ts has its
 * schema for the worker's side). Checked here by hand because this is all a page receives: the
 * popup then loads none of the protocol's schemas before its first paint.
 */
export interface AccountChanged {
  type: 'account:changed';
  key?: string;
}

export function isAccountChanged(raw: unknown): raw is AccountChanged {
  if (typeof raw !== 'object' || raw === null) return false;
  const { type, key } = raw as Record<string, unknown>;
  return type === 'account:changed' && (key === undefined || typeof key === 'string');
}
