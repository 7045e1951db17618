/**
 * BG/NBD fit speed on the paper's 2,357 CDNOW customers, against a baseline measured in the same
 * run: Nelder–Mead on the raw, uncompressed likelihood (no gradient), the textbook way to fit it.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fitBgNbd, logLikelihood, type Summary } from '../src/core/models/bgnbd';

function nelderMead(f: (u: number[]) => number, start: number[], iters = 2000): number[] {
  const n = start.length;
  let pts = [start, ...start.map((_, i) => start.map((v, j) => (i === j ? v + 0.5 : v)))].map((p) => ({ p, v: f(p) }));
  for (let k = 0; k < iters; k++) {
    pts.sort((a, b) => a.v - b.v);
    if (Math.abs(pts[n].v - pts[0].v) < 1e-9) break;
    const c = start.map((_, j) => pts.slice(0, n).reduce((s, q) => s + q.p[j], 0) / n);
    const at = (t: number) => c.map((cj, j) => cj + t * (pts[n].p[j] - cj));
    const r = { p: at(-1), v: 0 };
    r.v = f(r.p);
    if (r.v < pts[0].v) {
      const e = { p: at(-2), v: 0 };
      e.v = f(e.p);
      pts[n] = e.v < r.v ? e : r;
    } else if (r.v < pts[n - 1].v) pts[n] = r;
    else {
      const ct = { p: at(0.5), v: 0 };
      ct.v = f(ct.p);
      if (ct.v < pts[n].v) pts[n] = ct;
      else pts = pts.map((q, i) => (i === 0 ? q : { p: q.p.map((v, j) => pts[0].p[j] + 0.5 * (v - pts[0].p[j])), v: 0 })).map((q, i) => (i === 0 ? q : { p: q.p, v: f(q.p) }));
    }
  }
  return pts.sort((a, b) => a.v - b.v)[0].p;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export async function benchBgNbd(): Promise<string[]> {
  const file = resolve(process.cwd(), '../shared/data/cdnow_customers_summary.csv');
  if (!existsSync(file)) return ['bgnbd: skipped, ../shared/data is absent'];
  const data: Summary[] = readFileSync(file, 'utf8').trim().split('\n').slice(1).map((l) => {
    const [, x, tx, T] = l.split(',').map(Number);
    return { x, tx, T };
  });
  fitBgNbd(data);
  const fast: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    fitBgNbd(data);
    fast.push(performance.now() - t);
  }
  const t0 = performance.now();
  const u = nelderMead((u) => -logLikelihood(data, { r: Math.exp(u[0]), alpha: Math.exp(u[1]), a: Math.exp(u[2]), b: Math.exp(u[3]) }), [0, 0, 0, 0]);
  const slow = performance.now() - t0;
  const fit = fitBgNbd(data);
  const nmLL = logLikelihood(data, { r: Math.exp(u[0]), alpha: Math.exp(u[1]), a: Math.exp(u[2]), b: Math.exp(u[3]) });
  return [
    `bgnbd fit cdnow ${data.length} customers: ${median(fast).toFixed(1)} ms (LL ${fit.logLik.toFixed(1)}); baseline Nelder–Mead on the raw likelihood ${slow.toFixed(0)} ms (LL ${nmLL.toFixed(1)}); ratio ${(slow / median(fast)).toFixed(0)}x (scipy L-BFGS-B ≈ 40 ms)`,
  ];
}
