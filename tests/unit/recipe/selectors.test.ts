// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { listSelectors, looksGenerated, rowOf, stableSelector } from '../../../src/content/picker/selectors';

const $ = (sel: string) => document.querySelector(sel)!;

describe('generated class names', () => {
  it('rejects what build tools emit and keeps words', () => {
    for (const c of ['css-1x2y3z', '_a8f3k', 'sc-bdVaJa', 'jss123', 'emotion-0', 'x9f2kq', 'Box-root-23']) {
      expect(looksGenerated(c), c).toBe(true);
    }
    for (const c of ['customer-name', 'value', 'field_label', 'col-2', 'detail-grid', 'kpi']) {
      expect(looksGenerated(c), c).toBe(false);
    }
  });
});

describe('stable selectors', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <main class="css-1x2y3z">
        <header id="hdr-88123"><h2 class="_a8f3k">Acme Corp</h2></header>
        <section data-panel="summary">
          <div class="sc-bdVaJa"><div>¥12,000</div><div>2025-03-01</div></div>
        </section>
        <div aria-label="Acme Corp"><span>Acme Corp</span></div>
      </main>`;
  });

  it('never uses hashed classes or record-specific ids and attributes, and stays unique', () => {
    for (const sel of ['h2', 'section div div:nth-of-type(2)', 'div[aria-label] span']) {
      const el = $(sel);
      const s = stableSelector(el);
      expect(document.querySelectorAll(s)).toHaveLength(1);
      expect(document.querySelector(s)).toBe(el);
      expect(s).not.toMatch(/css-1x2y3z|_a8f3k|sc-bdVaJa|hdr-88123|Acme/);
    }
  });

  it('prefers a data-attribute anchor to positions from the top', () => {
    const s = stableSelector($('section div div:nth-of-type(2)'));
    expect(s).toContain('[data-panel="summary"]');
  });
});

describe('teaching a list from one row', () => {
  it('generalises a table row to every row, whatever its odd/even class', () => {
    document.body.innerHTML = `
      <table id="customers"><thead><tr><th>Name</th><th>ARR</th></tr></thead><tbody>
        ${[1, 2, 3, 4].map((i) => `<tr class="row ${i % 2 ? 'odd' : 'even'}" data-id="${1000 + i}">
          <td><a href="/c/${1000 + i}">Customer ${i}</a></td><td>${i}00</td></tr>`).join('')}
      </tbody></table>`;
    const name = document.querySelectorAll('tbody a')[2];
    const got = listSelectors(name)!;
    const rows = [...document.querySelectorAll(got.row)];
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.querySelector(got.name)?.textContent)).toEqual(['Customer 1', 'Customer 2', 'Customer 3', 'Customer 4']);
    expect(got.row).not.toMatch(/odd|even|1003/);
  });

  it('finds cards in a grid of divs without any row markup', () => {
    document.body.innerHTML = `<div class="grid">${['Alpha', 'Beta', 'Gamma'].map((n) => `
      <div class="card"><div class="top"><b>${n}</b></div><div class="meta">x</div></div>`).join('')}</div>`;
    const b = document.querySelectorAll('b')[1];
    expect(rowOf(b)).toBe(b.closest('.card'));
    const got = listSelectors(b)!;
    expect([...document.querySelectorAll(got.row)].map((r) => r.querySelector(got.name)!.textContent)).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('treats a bare list item as both row and name', () => {
    document.body.innerHTML = `<ul class="accounts"><li>One</li><li>Two</li></ul>`;
    const got = listSelectors(document.querySelectorAll('li')[1])!;
    expect(got.name).toBe('');
    expect(document.querySelectorAll(got.row)).toHaveLength(2);
  });

  it('says no when the element does not repeat', () => {
    document.body.innerHTML = `<div><h1>Solo</h1><p>text</p></div>`;
    expect(listSelectors($('h1'))).toBeNull();
  });
});
