// @vitest-environment happy-dom
/** An entry keeps its id between visits, however its relative time reads by then. */
import { describe, expect, it } from 'vitest';
import { readTimeline } from '../../../src/adapters/timeline';

const feed = (when: string, author = 'Mitchell Admin') => {
  document.body.innerHTML = `<div class="o_MessageList">
    <div class="o_Message"><strong>${author}</strong><small>${when}</small><span>Customer says the renewal price is too high.</span></div>
    <div class="o_Message"><strong>${author}</strong><small>${when}</small><span>Usage dropped about 40% since last quarter.</span></div>
  </div>`;
};

describe('timeline entry ids', () => {
  const t0 = Date.UTC(2026, 11, 2, 10, 7);

  it('are the same when "5 minutes ago" has become "18 minutes ago"', () => {
    feed('- 5 minutes ago');
    const first = readTimeline(document, { now: t0 });
    feed('- 18 minutes ago');
    // Read 13½ minutes later, the page rounds to whole minutes.
    const later = readTimeline(document, { now: t0 + 13.5 * 60_000 });
    expect(first).toHaveLength(2);
    expect(later.map((i) => i.id)).toEqual(first.map((i) => i.id));
    expect(new Set(first.map((i) => i.id)).size).toBe(2);
  });

  it('differ for entries on different days', () => {
    feed('2026-11-30');
    const a = readTimeline(document, { now: t0 });
    feed('2026-12-01');
    const b = readTimeline(document, { now: t0 });
    expect(a[0]!.id).not.toBe(b[0]!.id);
  });

  it('are the same when the CRM is switched to another language around the customer’s words', () => {
    const planned = (due: string, forWho: string) => {
      document.body.innerHTML = `<div class="activity-list"><div class="activity"><i class="fa fa-phone"></i>
        <div><b>${due}</b><b>“Call about renewal pricing before contract end”</b><div>${forWho}</div></div></div></div>`;
      return readTimeline(document, { now: t0 });
    };
    const en = planned('Due in 3 days:', 'for Mitchell Admin');
    const zh = planned('3天后到期：', '为 Mitchell Admin');
    expect(en).toHaveLength(1);
    expect(zh.map((i) => i.id)).toEqual(en.map((i) => i.id));
  });

  it('differ for rows of one day whose longest cell is the same', () => {
    const row = (who: string, result: string) => `<tr><td>Contract signed off</td><td>${who}</td><td>${result}</td><td>2017-10-03 19:23:12</td><td>-</td></tr>`;
    document.body.innerHTML = `<table><thead><tr><th>Type</th><th>Operator</th><th>Result</th><th>Time</th><th>Note</th></tr></thead>
      <tbody>${row('Qu Lili', 'done')}${row('Fu Xiaoxiao', 'rejected')}</tbody></table>`;
    const got = readTimeline(document, { now: t0 });
    expect(got).toHaveLength(2);
    expect(new Set(got.map((i) => i.id)).size).toBe(2);
  });
});
