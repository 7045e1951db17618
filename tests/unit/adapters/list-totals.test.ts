// @vitest-environment happy-dom
/** A list's totals are not an account: a footer row, or a row named only by a number or amount. */
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../src/adapters/generic';

const URL_ = new URL('http://127.0.0.1/crm/pipeline');
const row = (name: string, amount: string) => `<tr><td>${name}</td><td>${amount}</td><td>Won</td></tr>`;

describe('rows that are totals', () => {
  it('reads no account from a table footer or a row with no words in it', () => {
    document.body.innerHTML = `<table><thead><tr><th>Opportunity</th><th>Expected Revenue</th><th>Stage</th></tr></thead>
      <tbody>${row('Open Space Design', '11,000.00 €')}${row('Quote for 600 Chairs', '22,500.00 €')}
      <tr><td></td><td>33,500.00 €</td><td>2</td></tr></tbody>
      <tfoot><tr><td></td><td>320,200.00 €</td><td></td></tr></tfoot></table>`;
    const rows = genericAdapter.readList(URL_, document);
    expect(rows.map((r) => r.name)).toEqual(['Open Space Design', 'Quote for 600 Chairs']);
  });
});
