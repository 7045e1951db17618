/**
 * What the content script asks of a list read: rows it does not pick stay unread, and a row read
 * before is not read again until its text or its links change.
 */
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../src/adapters/generic';
import type { ListReadOptions } from '../../../src/adapters/types';
import { loadHtml } from './load-fixture';

const table = (n: number) =>
  `<table><thead><tr><th>Account name</th><th>ARR</th></tr></thead><tbody>${Array.from(
    { length: n },
    (_, i) => `<tr><td><a href="/accounts/a-${i + 1}">Account ${i + 1}</a></td><td>$${(i + 1) * 1000}</td></tr>`,
  ).join('')}</tbody></table>`;

describe('list reads for the content script', () => {
  it('hands each list’s rows over in page order and reads only the ones picked', () => {
    const { doc, url } = loadHtml(`<html><body>${table(30)}</body></html>`, 'https://crm.example.test/accounts');
    const offered: string[][] = [];
    const rows = genericAdapter.readList(url, doc, {
      pick: (list) => {
        offered.push(list.map((r) => r.querySelector('a')!.textContent!));
        return list.slice(19, 22);
      },
    });
    expect(offered[0]).toEqual(Array.from({ length: 30 }, (_, i) => `Account ${i + 1}`));
    expect(rows.map((r) => r.name)).toEqual(['Account 20', 'Account 21', 'Account 22']);
    expect(rows[0]!.fields?.arr?.num).toBe(20_000);
  });

  it('reuses a row read before and reads it again once its link or text changed', () => {
    const { doc, url } = loadHtml(`<html><body>${table(3)}</body></html>`, 'https://crm.example.test/accounts');
    const memo: NonNullable<ListReadOptions['memo']> = new WeakMap();
    const first = genericAdapter.readList(url, doc, { memo });
    const again = genericAdapter.readList(url, doc, { memo });
    expect(again[1]).toBe(first[1]);

    // A recycled row: same name, another record (only the link changed).
    const link = doc.querySelectorAll('tbody a')[1]!;
    link.setAttribute('href', '/accounts/a-99');
    const relinked = genericAdapter.readList(url, doc, { memo });
    expect(relinked[1]!.key).toMatch(/:a-99$/);
    expect(relinked[0]).toBe(first[0]);

    link.textContent = 'Renamed Co';
    expect(genericAdapter.readList(url, doc, { memo })[1]!.name).toBe('Renamed Co');
  });

  it('reuses a table taken apart before, while the caller says nothing changed', () => {
    const { doc, url } = loadHtml(`<html><body>${table(3)}</body></html>`, 'https://crm.example.test/accounts');
    const shapes: NonNullable<ListReadOptions['shapes']> = new WeakMap();
    expect(genericAdapter.readList(url, doc, { shapes })).toHaveLength(3);
    const body = doc.querySelector('tbody')!;
    body.append(body.lastElementChild!.cloneNode(true));
    // The kept shape lists three rows; a fresh one (the page changed) finds the fourth.
    expect(genericAdapter.readList(url, doc, { shapes })).toHaveLength(3);
    expect(genericAdapter.readList(url, doc, { shapes: new WeakMap() })).toHaveLength(4);
  });
});
