/** The recipe being taught, as the panel edits it, and the stored recipe it becomes. */
import { recordPathProblem } from '../../adapters/record-path';
import type { PageRecipe } from '../../messages';
import { deriveRecordPath } from './record-path';

export interface DraftField {
  /** A canonical field, or '' while the user has not chosen one. */
  field: string;
  selector: string;
  label?: string;
}

export interface Draft {
  /** Selector of the account name; '' when only a list is taught. */
  name: string;
  fields: DraftField[];
  list?: { row: string; name: string };
  /** Record-id pattern for location.pathname; '' when the address holds no id. */
  recordPath: string;
}

export function draftFrom(existing: PageRecipe | null | undefined, pathname: string): Draft {
  return {
    name: existing?.name.selector ?? '',
    fields: existing?.fields.map((f) => ({ ...f })) ?? [],
    list: existing?.list,
    recordPath: existing?.recordPath ?? deriveRecordPath(pathname) ?? '',
  };
}

/** Does the pattern match this address? An unfinished pattern being typed simply does not. */
export function pathMatches(recordPath: string, pathname: string): boolean {
  try {
    return Boolean(recordPath) && new RegExp(recordPath).test(pathname);
  } catch {
    return false;
  }
}

/** The name was taught on this page: its address is the record page the pattern must describe. */
export function withName(d: Draft, selector: string, pathname: string): Draft {
  const recordPath = pathMatches(d.recordPath, pathname) ? d.recordPath : deriveRecordPath(pathname) ?? d.recordPath;
  return { ...d, name: selector, recordPath };
}

/** Add a value; a field already taken by another value is left for the user to choose. */
export function withValue(d: Draft, v: DraftField): Draft {
  if (d.fields.some((f) => f.selector === v.selector)) return d;
  const taken = d.fields.some((f) => f.field === v.field);
  return { ...d, fields: [...d.fields, { ...v, field: taken ? '' : v.field }] };
}

/** Set one value's field; another value holding that field gives it up, so no field is read twice. */
export function withField(d: Draft, index: number, field: string): Draft {
  return {
    ...d,
    fields: d.fields.map((f, i) => (i === index ? { ...f, field } : f.field === field && field ? { ...f, field: '' } : f)),
  };
}

export function withoutValue(d: Draft, index: number): Draft {
  return { ...d, fields: d.fields.filter((_, i) => i !== index) };
}

export type DraftProblem = 'nothing' | 'unassigned' | 'pattern';

export function draftProblem(d: Draft): DraftProblem | null {
  if (!d.name && !d.list) return 'nothing';
  if (d.fields.some((f) => !f.field)) return 'unassigned';
  if (d.recordPath && recordPathProblem(d.recordPath)) return 'pattern';
  return null;
}

export function toRecipe(d: Draft, origin: string, now: number): PageRecipe {
  return {
    version: 1,
    origin,
    ...(d.recordPath ? { recordPath: d.recordPath } : {}),
    name: { selector: d.name },
    fields: d.fields.filter((f) => f.field).map((f) => ({ field: f.field, selector: f.selector, ...(f.label ? { label: f.label } : {}) })),
    ...(d.list ? { list: d.list } : {}),
    updatedAt: now,
  };
}
