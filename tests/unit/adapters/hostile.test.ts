// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genericAdapter, readFields, readTimeline } from '../../../src/adapters/generic';
import { readTableRows } from '../../../src/adapters/table';
import { loadHtml } from './load-fixture';

const URL_ = 'https://crm.example.com/accounts/acc-1';

describe('hostile pages complete and say what they skipped', () => {
  it('cuts a 10,000-character name to 500 and reports it', () => {
    const { doc, url } = loadHtml(`<html><body><h1>${'N'.repeat(10_000)}</h1><dl><dt>Owner</dt><dd>Bo</dd><dt>Notes</dt><dd>${'x'.repeat(10_000)}</dd></dl></body></html>`, URL_);
    const r = genericAdapter.readRecord(url, doc)!;
    expect(r.name).toHaveLength(500);
    expect(r.fields.notes?.raw).toHaveLength(500);
    expect(r.problems.some((p) => p === 'name_too_long:500')).toBe(true);
    expect(r.problems.some((p) => p === 'value_too_long:500:Notes')).toBe(true);
  });

  it('reads script tags as nothing and markup as text, never as HTML', () => {
    const html = `<html><body>
      <h1><script>window.pwned = 1</script>Acme<script>document.title = 'x'</script></h1>
      <dl><dt>Owner</dt><dd><img src="x" onerror="window.pwned=2"><script>alert(1)</script>Bob</dd>
      <dt>Plan</dt><dd>&lt;script&gt;alert(2)&lt;/script&gt;</dd></dl>
      <ol><li><time datetime="2025-01-02">Jan 2</time> Call<script>alert(3)</script> about <b>pricing</b></li></ol>
    </body></html>`;
    const { doc, url } = loadHtml(html, URL_);
    const r = genericAdapter.readRecord(url, doc)!;
    expect(r.name).toBe('Acme');
    expect(r.fields.owner?.raw).toBe('Bob');
    // Escaped markup stays literal text: it is shown as text later, never parsed.
    expect(r.fields.plan?.raw).toBe('<script>alert(2)</script>');
    expect(r.interactions[0]!.text).toBe('Jan 2 Call about pricing');
    expect(JSON.stringify(r)).not.toMatch(/alert\(1\)|alert\(3\)|pwned/);
  });

  it('stops at 20,000 nested divs, reads the rest and reports the depth', () => {
    const { doc, url } = loadHtml('<html><body><h1>Deep Co</h1><dl><dt>Owner</dt><dd>Ann</dd></dl><div id="deep"></div></body></html>', URL_);
    let el = doc.getElementById('deep')!;
    for (let i = 0; i < 20_000; i++) {
      const d = doc.createElement('div');
      el.appendChild(d);
      el = d;
    }
    el.textContent = 'ARR: $5';
    const t0 = performance.now();
    const r = genericAdapter.readRecord(url, doc)!;
    const rows = genericAdapter.readList(url, doc);
    const ms = performance.now() - t0;
    expect(r.name).toBe('Deep Co');
    expect(r.fields.owner?.raw).toBe('Ann');
    expect(r.fields.arr).toBeUndefined();
    expect(r.problems.some((p) => p.startsWith('too_deep:'))).toBe(true);
    expect(rows).toEqual([]);
    expect(ms).toBeLessThan(5_000);
  });

  it('stops after the element budget on a huge flat page and says so', () => {
    const { doc, url } = loadHtml('<html><body><h1>Wide Co</h1><dl><dt>Owner</dt><dd>Ann</dd></dl><div id="wide"></div></body></html>', URL_);
    const wide = doc.getElementById('wide')!;
    const frag = doc.createDocumentFragment();
    for (let i = 0; i < 30_000; i++) frag.appendChild(doc.createElement('span'));
    wide.appendChild(frag);
    const r = genericAdapter.readRecord(url, doc)!;
    expect(r.fields.owner?.raw).toBe('Ann');
    expect(r.problems.some((p) => p === 'too_large')).toBe(true);
    // Building 30,000 elements in happy-dom alone takes seconds on a busy machine; the reader's own bound is what is tested.
  }, 30_000);

  it('reads broken tables without throwing', () => {
    const { doc } = loadHtml('<table><tr><td colspan="100000">a</td></tr><tr><th></th></tr><tbody><tr><td>x<td>y</tbody><tr></table><table role="grid"><div role="row"></div></table>');
    for (const t of Array.from(doc.querySelectorAll('table'))) expect(() => readTableRows(t)).not.toThrow();
    const rows = readTableRows(doc.querySelector('table')!);
    expect(rows.flatMap((r) => r.cells.map((c) => c.text))).toEqual(['a', 'x', 'y']);
  });

  it('reports timeline entries it could not date instead of inventing dates', () => {
    const { doc } = loadHtml('<ol><li><time datetime="2025-01-02">Jan 2</time> Call</li><li><time>soon</time> Meeting</li></ol>');
    const problems = new Set<string>();
    const entries = readTimeline(doc, { now: Date.UTC(2025, 0, 10), budget: { left: 1_000, maxDepth: 50, problems } });
    expect(entries).toHaveLength(1);
    expect([...problems]).toEqual(['undated_entries:1']);
  });

  it('never throws on random markup', async () => {
    const tag = fc.constantFrom('div', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'ul', 'li', 'label', 'input', 'select', 'option', 'time', 'a', 'iframe', 'template', 'script', 'span', 'p', 'h1');
    const attr = fc.constantFrom('', ' role="grid"', ' role="feed"', ' role="row"', ' for="a"', ' id="a"', ' aria-labelledby="a b"', ' href="/x/1"', ' datetime="2025-13-45"', ' colspan="-3"', ' srcdoc="<dt>x</dt><dd>y"', ' shadowrootmode="open"', ' data-id="9"');
    const text = fc.constantFrom('', 'ARR: $1.2M', '客户名称：甲', 'Owner', '3天前', '(1,2,3)', '¥', ':', '：', 'yesterday', '2025/2/30');
    const node: fc.Arbitrary<string> = fc.letrec<{ n: string }>((tie) => ({
      n: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc.tuple(tag, attr, fc.array(tie('n'), { maxLength: 4 })).map(([t, a, kids]) => `<${t}${a}>${kids.join('')}</${t}>`),
      ),
    })).n;
    await fc.assert(
      fc.asyncProperty(fc.array(node, { maxLength: 6 }), async (parts) => {
        const { doc, url } = loadHtml(`<html><body>${parts.join('')}</body></html>`, URL_);
        const r = genericAdapter.readRecord(url, doc);
        genericAdapter.readList(url, doc);
        await genericAdapter.noteTarget!(doc);
        readFields(doc);
        return r === null || (typeof r.name === 'string' && r.interactions.every((i) => Number.isFinite(i.at)));
      }),
      { numRuns: 150 },
    );
  });
});
