/** Tasks and notes as plain text to paste into an email, a chat or a CRM note, grouped by account. */
import { fill } from '../../i18n/define';
import { causeLabel } from '../render';
import type { Lang } from '../types';
import type { ExportItem } from './items';
import { exportStrings } from './strings';

/** `today` (YYYY-MM-DD) decides which open tasks are overdue. */
export function toText(items: readonly ExportItem[], lang: Lang, today: string): string {
  const s = exportStrings[lang];
  const byAccount = new Map<string, ExportItem[]>();
  for (const i of items) {
    const group = byAccount.get(i.accountKey);
    if (group) group.push(i);
    else byAccount.set(i.accountKey, [i]);
  }
  const blocks: string[] = [];
  for (const group of byAccount.values()) {
    const lines = [group[0].accountName];
    const tasks = group.filter((i) => i.kind === 'task');
    const notes = group.filter((i) => i.kind === 'note');
    if (tasks.length) {
      lines.push(`${s.x_tasks}:`);
      for (const t of tasks) {
        const when = t.status === 'done'
          ? fill(s.x_done, [t.completed ?? t.day])
          : fill(s.x_due, [t.day]) + (t.day < today ? ` (${s.x_overdue})` : '');
        lines.push(`${t.status === 'done' ? '[x]' : '[ ]'} ${t.title} — ${when}${t.cause ? ` · ${causeLabel(t.cause, lang)}` : ''}`);
      }
    }
    if (notes.length) {
      lines.push(`${s.x_notes}:`);
      for (const n of notes) lines.push(`- ${n.day} ${(n.body ?? n.title).replace(/\s*\n\s*/g, ' / ')}`);
    }
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}
