/**
 * BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way") for transactional
 * histories: while alive a customer buys at rate λ ~ Gamma(r, α); after each purchase they drop
 * out with probability p ~ Beta(a, b). Fitted by maximum likelihood on (x, t_x, T) summaries.
 *
 * Speed: customers with the same (x, t_x, T) share one likelihood term (weighted by their count),
 * and the gradient is analytic, so a quasi-Newton method converges in a few dozen steps.
 */

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface Summary {
  /** Repeat purchases in the calibration period. */
  x: number;
  /** Time of the last purchase, from the first. */
  tx: number;
  /** Time from the first purchase to the end of calibration. */
  T: number;
}

export interface BgNbdFit extends BgNbdParams {
  logLik: number;
  iterations: number;
}

// Lanczos approximation (g = 7, n = 9): ~15 digits, enough for likelihoods summed over thousands.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
export function lnGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * z))) - lnGamma(1 - z);
  z -= 1;
  let x = LANCZOS[0];
  for (let i = 1; i < 9; i++) x += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(x);
}

export function digamma(z: number): number {
  let acc = 0;
  while (z < 6) {
    acc -= 1 / z;
    z += 1;
  }
  const f = 1 / (z * z);
  return acc + Math.log(z) - 0.5 / z - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))));
}

/** Gauss hypergeometric 2F1(a, b; c; z) for 0 ≤ z < 1 by its series, summed until terms vanish. */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 0; k < 100_000; k++) {
    term *= ((a + k) * (b + k)) / ((c + k) * (k + 1)) * z;
    sum += term;
    if (Math.abs(term) < 1e-15 * Math.abs(sum)) return sum;
  }
  throw new RangeError(`2F1(${a}, ${b}; ${c}; ${z}) did not converge`);
}

interface Group extends Summary {
  n: number;
}

function compress(data: Summary[]): Group[] {
  const m = new Map<string, Group>();
  for (const d of data) {
    const k = `${d.x}|${d.tx}|${d.T}`;
    const g = m.get(k);
    if (g) g.n++;
    else m.set(k, { ...d, n: 1 });
  }
  return [...m.values()];
}

/** Log-likelihood and its gradient with respect to log-parameters (so every step stays positive). */
function llAndGrad(groups: Group[], [r, alpha, a, b]: number[]): { ll: number; grad: number[] } {
  let ll = 0;
  const g = [0, 0, 0, 0];
  const common = lnGamma(a + b) - lnGamma(b) - lnGamma(r) + r * Math.log(alpha);
  const psiR = digamma(r), psiAB = digamma(a + b), psiB = digamma(b);
  for (const { x, tx, T, n } of groups) {
    const rx = r + x;
    const A3 = -rx * Math.log(alpha + T);
    const A4 = x > 0 ? Math.log(a) - Math.log(b + x - 1) - rx * Math.log(alpha + tx) : -Infinity;
    const m = Math.max(A3, A4);
    const lse = m + Math.log(Math.exp(A3 - m) + Math.exp(A4 - m));
    const w3 = Math.exp(A3 - lse);
    const w4 = 1 - w3;
    ll += n * (common + lnGamma(rx) + lnGamma(b + x) - lnGamma(a + b + x) + lse);
    const psiABX = digamma(a + b + x);
    g[0] += n * (digamma(rx) - psiR + Math.log(alpha) - w3 * Math.log(alpha + T) - (x > 0 ? w4 * Math.log(alpha + tx) : 0));
    g[1] += n * (r / alpha - w3 * rx / (alpha + T) - (x > 0 ? w4 * rx / (alpha + tx) : 0));
    g[2] += n * (psiAB - psiABX + (x > 0 ? w4 / a : 0));
    g[3] += n * (psiAB + digamma(b + x) - psiB - psiABX - (x > 0 ? w4 / (b + x - 1) : 0));
  }
  const p = [r, alpha, a, b];
  return { ll, grad: g.map((v, i) => v * p[i]) };
}

/** The log-likelihood of raw (uncompressed) data at given parameters: for checks and baselines. */
export function logLikelihood(data: Summary[], p: BgNbdParams): number {
  return llAndGrad(data.map((d) => ({ ...d, n: 1 })), [p.r, p.alpha, p.a, p.b]).ll;
}

export function gradientAt(data: Summary[], p: BgNbdParams): number[] {
  return llAndGrad(data.map((d) => ({ ...d, n: 1 })), [p.r, p.alpha, p.a, p.b]).grad;
}

/** Maximum likelihood by BFGS on log-parameters with a backtracking (Armijo) line search. */
export function fitBgNbd(data: Summary[], opts: { maxIter?: number; tol?: number } = {}): BgNbdFit {
  if (data.length === 0) throw new RangeError('BG/NBD needs at least one customer');
  const groups = compress(data);
  const f = (u: number[]) => {
    const { ll, grad } = llAndGrad(groups, u.map(Math.exp));
    return { v: -ll, g: grad.map((x) => -x) };
  };
  let u = [0, 0, 0, 0];
  let cur = f(u);
  let H = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1].map((v) => v / Math.max(1, data.length));
  const maxIter = opts.maxIter ?? 200;
  const tol = opts.tol ?? 1e-8;
  let it = 0;
  for (; it < maxIter; it++) {
    const d = [0, 1, 2, 3].map((i) => -[0, 1, 2, 3].reduce((s, j) => s + H[i * 4 + j] * cur.g[j], 0));
    const slope = d.reduce((s, di, i) => s + di * cur.g[i], 0);
    if (slope >= 0) {
      H = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1].map((v) => v / Math.max(1, data.length));
      continue;
    }
    let step = 1;
    let next = f(u.map((x, i) => x + step * d[i]));
    while (!(next.v <= cur.v + 1e-4 * step * slope) && step > 1e-10) {
      step /= 2;
      next = f(u.map((x, i) => x + step * d[i]));
    }
    const s = d.map((di) => step * di);
    const y = next.g.map((gi, i) => gi - cur.g[i]);
    u = u.map((x, i) => x + s[i]);
    const improved = cur.v - next.v;
    cur = next;
    if (Math.max(...cur.g.map(Math.abs)) < tol * Math.max(1, Math.abs(cur.v)) || (improved >= 0 && improved < 1e-12)) break;
    const sy = s.reduce((acc, si, i) => acc + si * y[i], 0);
    if (sy <= 1e-12) continue;
    // BFGS update of the inverse Hessian.
    const Hy = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].reduce((acc, j) => acc + H[i * 4 + j] * y[j], 0));
    const yHy = y.reduce((acc, yi, i) => acc + yi * Hy[i], 0);
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++)
        H[i * 4 + j] += ((sy + yHy) * s[i] * s[j]) / (sy * sy) - (Hy[i] * s[j] + s[i] * Hy[j]) / sy;
  }
  const [r, alpha, a, b] = u.map(Math.exp);
  return { r, alpha, a, b, logLik: -cur.v, iterations: it };
}

const reachOdds = (p: BgNbdParams, x: number, tx: number, T: number) =>
  x > 0 ? (p.a / (p.b + x - 1)) * Math.pow((p.alpha + T) / (p.alpha + tx), p.r + x) : 0;

/** Probability the customer is still alive at T. It is 1 for anyone without repeat purchases. */
export function pAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
  return 1 / (1 + reachOdds(p, x, tx, T));
}

/** E[X(t)]: expected purchases in (0, t] for a new customer. */
export function expectedUnconditional(p: BgNbdParams, t: number): number {
  const z = t / (p.alpha + t);
  return ((p.a + p.b - 1) / (p.a - 1)) * (1 - Math.pow(p.alpha / (p.alpha + t), p.r) * hyp2f1(p.r, p.b, p.a + p.b - 1, z));
}

/** E[Y(t) | x, t_x, T]: expected purchases in the next t for a customer with this history. */
export function expectedConditional(p: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  const z = t / (p.alpha + T + t);
  const head = (p.a + p.b + x - 1) / (p.a - 1);
  const tail = 1 - Math.pow((p.alpha + T) / (p.alpha + T + t), p.r + x) * hyp2f1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
  return (head * tail) / (1 + reachOdds(p, x, tx, T));
}

/**
 * Probability of no purchase in (T, T + τ]: the customer has dropped out, or is alive and its
 * next purchase (rate λ, posterior Gamma(r + x, α + T)) falls after the window. Rank churn by this.
 */
export function pNoActivity(p: BgNbdParams, tau: number, x: number, tx: number, T: number): number {
  const alive = pAlive(p, x, tx, T);
  return 1 - alive + alive * Math.pow((p.alpha + T) / (p.alpha + T + tau), p.r + x);
}
