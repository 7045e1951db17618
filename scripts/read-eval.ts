/**
 * `npm run read-eval`: how well ChurnLens reads the real-page gallery, per page and in total.
 *
 *   npm run read-eval [-- --only <app or app/view>] [--missed] [--json <file>]
 */
import { writeFileSync } from 'node:fs';
import { galleryPages, runReadEval } from './read-eval/run';
import { pct, totals, type PageScore } from './read-eval/score';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = flag('--only');
const showMissed = args.includes('--missed');
const pages = galleryPages().filter((p) => !only || p.id === only || p.id.startsWith(`${only}/`));
if (!pages.length) {
  console.error(only ? `No gallery page matches "${only}".` : 'The gallery is empty: no <page>.json beside a <page>.html.');
  process.exit(1);
}

const frac = ([a, b]: [number, number]) => (b ? `${a}/${b}` : '–');
const line = (s: PageScore) =>
  [
    s.page.padEnd(38),
    s.kind.padEnd(6),
    (s.kind === 'record' ? (s.nameRight ? 'yes' : `NO (${(s.nameRead ?? '—').slice(0, 24)})`) : '').padEnd(30),
    frac(s.fields).padStart(7),
    frac(s.activities).padStart(6),
    frac(s.rowsBadged).padStart(7),
    (s.kind === 'list' ? String(s.rowsLevelled) : '').padStart(6),
    String(s.misplaced).padStart(5),
    (s.ms === undefined ? '—' : `${s.ms}`).padStart(6),
    String(s.reads ?? 0).padStart(5),
  ].join(' ');

console.log(['page'.padEnd(38), 'kind'.padEnd(6), 'name right'.padEnd(30), 'fields'.padStart(7), 'acts'.padStart(6), 'badged'.padStart(7), 'level'.padStart(6), 'stray'.padStart(5), 'ms'.padStart(6), 'reads'.padStart(5)].join(' '));
const scores = await runReadEval({
  pages,
  onPage(s) {
    console.log(line(s));
    if (showMissed) for (const m of s.missed) console.log(`    missed: ${m}`);
  },
});
const t = totals(scores);
console.log(
  `total: ${t.pages} pages; names right ${frac(t.namesRight)}; record fields ${frac(t.recordFields)} (${pct(t.recordFields).toFixed(0)}%); ` +
    `activities ${frac(t.activities)} (${pct(t.activities).toFixed(0)}%); list rows badged ${frac(t.rowsBadged)} (${pct(t.rowsBadged).toFixed(0)}%), ` +
    `with a level ${t.rowsLevelled}; list+record fields ${frac(t.fields)}; badges elsewhere ${t.misplaced}`,
);
const out = flag('--json');
if (out) writeFileSync(out, JSON.stringify({ scores, totals: t }, null, 2));
