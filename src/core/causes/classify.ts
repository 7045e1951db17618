/**
 * Text signals: which churn causes a note or ticket subject points at, with the words that say so.
 *
 * Scoring, per cause: every lexicon match adds its weight (lexicon.ts), times
 *   ×1.4 when an intensifier stands just before it (非常贵, "really slow"),
 *   ×1.25 when its clause says it keeps happening (又, 多次, "again"),
 *   ×0.25 when its clause says the matter is settled (已修复, "resolved", "accepted"),
 *   ×0 when a negator reaches it (没有投诉, "no complaints", "not too expensive").
 * A topic (价格, "support") adds its weight only when its clause also holds a judgement (贵, "slow").
 * A dampener anywhere in the note (还是选择我们 after a rival's name) keeps ×0.2 of a cause's score.
 * The same words said twice count one and a half times, never more: repetition within one note is
 * emphasis, not new evidence.
 *
 * confidence = 1 − exp(−score): one clear term (weight 1.2) gives 0.70, a strong one (1.6) 0.80,
 * two clear terms 0.91; it is monotone in the evidence and never reaches 1. The corpus test prints
 * how often hits in each confidence band are right and fails if that rate falls as confidence
 * rises. On the labelled notes the scale is conservative: hits stated at 0.5–0.7 were right about
 * 95% of the time, hits at 0.7 or more about 98% (tuned and held-out sets alike), so read it as a
 * ranking of evidence strength with a floor, not as a probability to multiply.
 */
import { CAUSE_IDS, type CauseId } from '../types';
import { COMPETITOR_NAME_WEIGHT, LEXICON, type Weighted } from './lexicon';
import {
  CLAUSE_BREAK,
  DAMPENER_FACTOR,
  EN_NEGATION_SCOPE,
  EN_NEGATOR,
  EN_NEGATOR_EXCEPTIONS,
  INTENSIFIER,
  INTENSIFIER_FACTOR,
  INTENSIFIER_REACH,
  NEGATIVE_JUDGEMENTS,
  REPEAT_FACTOR,
  REPEAT_MARKER,
  RESOLVED_FACTOR,
  RESOLVED_MARKER,
  ZH_NEGATION_SCOPE,
  ZH_NEGATOR,
  ZH_NEGATOR_EXCEPTIONS,
} from './modifiers';
import { normalizeText } from './normalize';

export interface CauseHit {
  cause: CauseId;
  confidence: number;
  /** the matched terms, for evidence */
  matches: string[];
}

export interface ClassifyOptions {
  /** Names of the rivals the team meets (e.g. "Zoho", "销售易"); matched like the word 竞品. */
  competitors?: string[];
}

/** Below this a cause is a hunch, not a finding: a lone weak term (weight 0.5 → 0.39) passes. */
export const MIN_CONFIDENCE = 0.35;
/** A secondary cause must hold at least this share of the leading cause's score to be reported. */
export const RELATIVE_FLOOR = 0.25;

type Script = 'zh' | 'en';

interface Rule {
  cause: CauseId;
  re: RegExp;
  weight: number;
  /** What the text must contain for the rule to have a chance, so most rules are skipped cheaply. */
  needs: 'han' | 'latin' | 'any';
}

interface Span {
  start: number;
  end: number;
  text: string;
}

interface Match extends Span {
  cause: CauseId;
  weight: number;
  topic: boolean;
}

const HAN = /[\u4e00-\u9fff]/;
const LATIN = /[a-z]/;

function compile(source: string, script: Script): RegExp {
  return new RegExp(script === 'en' ? `(?<![a-z0-9_])(?:${source})(?![a-z0-9_])` : source, 'g');
}

function needs(source: string, script: Script): Rule['needs'] {
  if (script === 'en') return 'latin';
  return HAN.test(source) ? 'han' : 'any';
}

function rules(list: readonly Weighted[], cause: CauseId, script: Script): Rule[] {
  return list.map(([src, weight]) => ({ cause, re: compile(src, script), weight, needs: needs(src, script) }));
}

/**
 * One cause's rules in one script behind a gate: the union of their patterns. Where the gate finds
 * nothing no rule can match, so most notes skip most rules after one scan per group.
 */
interface RuleGroup {
  gate: RegExp | null;
  rules: Rule[];
}

function group(list: readonly Weighted[], cause: CauseId, script: Script): RuleGroup {
  const rs = rules(list, cause, script);
  return { gate: rs.length ? new RegExp(rs.map((r) => r.re.source).join('|')) : null, rules: rs };
}

const TERM_RULES: RuleGroup[] = [];
const TOPIC_RULES: RuleGroup[] = [];
/** Per cause: judgements that turn its topics into complaints (shared ones plus its own). */
const JUDGEMENTS = new Map<CauseId, RegExp[]>();
const DAMPENERS = new Map<CauseId, RegExp[]>();

for (const cause of CAUSE_IDS) {
  const t = LEXICON[cause];
  TERM_RULES.push(group(t.zh, cause, 'zh'), group(t.en, cause, 'en'));
  if (t.topics) TOPIC_RULES.push(group(t.topics.zh, cause, 'zh'), group(t.topics.en, cause, 'en'));
  const zh = [...NEGATIVE_JUDGEMENTS.zh, ...(t.judgements?.zh ?? [])];
  const en = [...NEGATIVE_JUDGEMENTS.en, ...(t.judgements?.en ?? [])];
  JUDGEMENTS.set(cause, [compile(zh.join('|'), 'zh'), compile(en.join('|'), 'en')]);
  if (t.dampeners) DAMPENERS.set(cause, [compile(t.dampeners.zh.join('|'), 'zh'), compile(t.dampeners.en.join('|'), 'en')]);
}

/** Every non-empty match of a global regex, in order, to `each` (no array between: rules run per note). */
function eachMatch(re: RegExp, text: string, each: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else each(m);
  }
}

function spans(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  eachMatch(re, text, (m) => out.push({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const competitorCache = new Map<string, RuleGroup[]>();

/** Rival names become competitor rules; Latin names match whole words only ("Zoho", not "zohoed"). */
function competitorRules(names: readonly string[] | undefined): RuleGroup[] {
  if (!names || names.length === 0) return [];
  const key = names.join('\u0000');
  const cached = competitorCache.get(key);
  if (cached) return cached;
  const out: Rule[] = [];
  for (const raw of names) {
    const name = normalizeText(raw).trim();
    if (name.length < 2) continue;
    const body = escapeRegExp(name).replace(/\s+/g, '\\s+');
    const src = `${/^[a-z0-9]/.test(name) ? '(?<![a-z0-9])' : ''}${body}${/[a-z0-9]$/.test(name) ? '(?![a-z0-9])' : ''}`;
    out.push({ cause: 'competitor', re: new RegExp(src, 'g'), weight: COMPETITOR_NAME_WEIGHT, needs: 'any' });
  }
  const groups = out.length ? [{ gate: null, rules: out }] : [];
  if (competitorCache.size > 32) competitorCache.clear();
  competitorCache.set(key, groups);
  return groups;
}

/** Clause number of every offset, so "same clause" is one array lookup. */
function clauseIndex(text: string): Int32Array {
  const idx = new Int32Array(text.length + 1);
  let clause = 0;
  let pos = 0;
  for (const b of spans(CLAUSE_BREAK, text)) {
    idx.fill(clause, pos, b.start);
    clause++;
    idx.fill(-1, b.start, b.end);
    pos = b.end;
  }
  idx.fill(clause, pos);
  return idx;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** How far apart two spans are: Han characters plus Latin words between them. */
function distance(text: string, from: number, to: number): number {
  const gap = text.slice(from, to);
  let n = 0;
  for (const ch of gap) if (HAN.test(ch)) n++;
  const words = gap.match(/[a-z0-9']+/g);
  return n + (words ? words.length : 0);
}

interface Context {
  text: string;
  clause: Int32Array;
  negators: (Span & { scope: number })[];
  intensifiers: Span[];
  repeatClauses: Set<number>;
  resolvedClauses: Set<number>;
}

/** The nearest modifier before `at`, in the same clause, within `reach`. */
function reaches(ctx: Context, mods: readonly (Span & { scope?: number })[], at: number, reach: number): boolean {
  const c = ctx.clause[at];
  for (const m of mods) {
    if (m.end > at || ctx.clause[m.start] !== c) continue;
    if (distance(ctx.text, m.end, at) <= (m.scope ?? reach)) return true;
  }
  return false;
}

const isNegated = (ctx: Context, s: Span) => reaches(ctx, ctx.negators, s.start, 0);

function factor(ctx: Context, s: Span): number {
  const c = ctx.clause[s.start] ?? -1;
  let f = 1;
  if (reaches(ctx, ctx.intensifiers, s.start, INTENSIFIER_REACH)) f *= INTENSIFIER_FACTOR;
  if (ctx.repeatClauses.has(c)) f *= REPEAT_FACTOR;
  if (ctx.resolvedClauses.has(c)) f *= RESOLVED_FACTOR;
  return f;
}

function collect(out: Match[], groups: readonly RuleGroup[], text: string, hasHan: boolean, hasLatin: boolean, topic: boolean): Match[] {
  for (const g of groups) {
    let open = g.gate === null;
    for (const r of g.rules) {
      if ((r.needs === 'han' && !hasHan) || (r.needs === 'latin' && !hasLatin)) continue;
      if (!open) {
        if (!g.gate!.test(text)) break;
        open = true;
      }
      eachMatch(r.re, text, (m) => out.push({ start: m.index, end: m.index + m[0].length, text: m[0], cause: r.cause, weight: r.weight, topic }));
    }
  }
  return out;
}

/** Longest match wins: 渠道价格 is a channel conflict, not the price topic inside it. */
function dropContained(matches: Match[]): Match[] {
  return matches.filter(
    (m) => !matches.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
}

/**
 * Every cause with any evidence, weak ones included, strongest first. The CLI uses the weakest
 * evidence to say how sure "none" is; most callers want classifyText.
 */
export function scoreCauses(input: string, opts: ClassifyOptions = {}): CauseHit[] {
  const text = normalizeText(input);
  const hasHan = HAN.test(text);
  const hasLatin = LATIN.test(text);
  if (!hasHan && !hasLatin) return [];

  const terms = collect(collect([], TERM_RULES, text, hasHan, hasLatin, false), competitorRules(opts.competitors), text, hasHan, hasLatin, false);
  const topics = collect([], TOPIC_RULES, text, hasHan, hasLatin, true);
  if (terms.length === 0 && topics.length === 0) return [];

  const clause = clauseIndex(text);
  const judgementSpans = new Map<CauseId, Span[]>();
  for (const m of topics) {
    if (!judgementSpans.has(m.cause)) judgementSpans.set(m.cause, JUDGEMENTS.get(m.cause)!.flatMap((re) => spans(re, text)));
  }
  const claimed: Span[] = [...terms, ...topics, ...[...judgementSpans.values()].flat()];
  const free = (exceptions: RegExp) => {
    const ex = spans(exceptions, text);
    return (n: Span) => !claimed.some((s) => overlaps(s, n)) && !ex.some((e) => overlaps(e, n));
  };
  const zhFree = free(ZH_NEGATOR_EXCEPTIONS);
  const enFree = free(EN_NEGATOR_EXCEPTIONS);
  const ctx: Context = {
    text,
    clause,
    negators: [
      ...spans(ZH_NEGATOR, text).filter(zhFree).map((s) => ({ ...s, scope: ZH_NEGATION_SCOPE })),
      ...spans(EN_NEGATOR, text).filter(enFree).map((s) => ({ ...s, scope: EN_NEGATION_SCOPE })),
    ],
    intensifiers: spans(INTENSIFIER, text).filter((s) => !claimed.some((c) => c.start <= s.start && c.end >= s.end)),
    repeatClauses: new Set(spans(REPEAT_MARKER, text).map((s) => clause[s.start]!)),
    resolvedClauses: new Set<number>(),
  };
  for (const s of spans(RESOLVED_MARKER, text)) if (!isNegated(ctx, s)) ctx.resolvedClauses.add(clause[s.start]!);

  const score = new Map<CauseId, { total: number; seen: Map<string, number>; matches: string[] }>();
  const add = (cause: CauseId, key: string, weight: number, evidence: string[]) => {
    let e = score.get(cause);
    if (!e) score.set(cause, (e = { total: 0, seen: new Map(), matches: [] }));
    const times = e.seen.get(key) ?? 0;
    if (times >= 2) return;
    e.seen.set(key, times + 1);
    e.total += times === 0 ? weight : weight / 2;
    for (const w of evidence) if (!e.matches.includes(w)) e.matches.push(w);
  };

  for (const m of dropContained([...terms, ...topics])) {
    if (isNegated(ctx, m)) continue;
    if (!m.topic) {
      add(m.cause, m.text, m.weight * factor(ctx, m), [m.text]);
      continue;
    }
    const c = clause[m.start];
    const judgement = judgementSpans
      .get(m.cause)!
      .find((j) => clause[j.start] === c && !overlaps(j, m) && !isNegated(ctx, j));
    if (judgement) add(m.cause, `${m.text}+${judgement.text}`, m.weight * factor(ctx, judgement), [m.text, judgement.text]);
  }

  for (const [cause, e] of score) {
    const dampened = DAMPENERS.get(cause)?.some((re) => spans(re, text).some((s) => !isNegated(ctx, s)));
    if (dampened) e.total *= DAMPENER_FACTOR;
  }
  return [...score.entries()]
    .map(([cause, e]) => ({ cause, confidence: 1 - Math.exp(-e.total), matches: e.matches }))
    .sort((a, b) => b.confidence - a.confidence || CAUSE_IDS.indexOf(a.cause) - CAUSE_IDS.indexOf(b.cause));
}

/**
 * The causes a note or ticket subject points at, strongest first; [] when nothing does.
 * Weak lone signals (below MIN_CONFIDENCE) and causes far behind the leader are left out.
 */
export function classifyText(text: string, opts: ClassifyOptions = {}): CauseHit[] {
  const all = scoreCauses(text, opts);
  if (all.length === 0) return [];
  const lead = -Math.log(1 - all[0]!.confidence);
  return all.filter((h) => h.confidence >= MIN_CONFIDENCE && -Math.log(1 - h.confidence) >= RELATIVE_FLOOR * lead);
}
