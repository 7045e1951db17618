/**
 * `npm run classify -- <file.jsonl | -> [--competitors a,b]`: the cause classifier over a file of
 * notes, one JSON line out per line in, in order, so the output can be pasted next to the input.
 * A bad line gets {"error": ...} in its place (and a message naming it on stderr) instead of
 * stopping the run; the exit code is 1 when any line was bad, 2 when the input cannot be read.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { classifyText, scoreCauses, type ClassifyOptions } from '../src/core/causes/classify';
import { fill } from '../src/i18n/define';
import { classifyCliStrings } from './classify-strings';

type Key = keyof typeof classifyCliStrings.en;
const lang = /^zh/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '') ? 'zh_CN' : 'en';
const t = (key: Key, ...params: (string | number)[]) => fill(classifyCliStrings[lang][key], params);

const round = (x: number) => Math.round(x * 1000) / 1000;

/** One output line for one input line; exported so tests can check the mapping without a process. */
export function classifyLine(line: string, lineNo: number, opts: ClassifyOptions): { out: string; error?: string } {
  const fail = (error: string) => ({ out: JSON.stringify({ error }), error });
  if (line.trim() === '') return fail(t('line_empty', lineNo));
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return fail(t('line_json', lineNo, (e as Error).message));
  }
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject) return fail(t('line_shape', lineNo, JSON.stringify(value)));
  const record = value as Record<string, unknown>;
  if (!('text' in record)) return fail(t('line_shape', lineNo, t('object_keys', Object.keys(record).join(', ') || '{}')));
  const text = record.text;
  if (typeof text !== 'string') return fail(t('text_type', lineNo, JSON.stringify(text)));
  const hits = classifyText(text, opts);
  if (hits.length > 0) {
    return { out: JSON.stringify({ causes: hits.map((h) => ({ id: h.cause, confidence: round(h.confidence) })) }) };
  }
  // "none" is as sure as the strongest hint that did not make the cut is weak.
  const hint = scoreCauses(text, opts)[0]?.confidence ?? 0;
  return { out: JSON.stringify({ causes: [{ id: 'none', confidence: round(1 - hint) }] }) };
}

function parseArgs(argv: string[]): { file: string; opts: ClassifyOptions } | { error: string } {
  let file: string | undefined;
  const opts: ClassifyOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return { error: t('usage') };
    if (a === '--competitors' || a.startsWith('--competitors=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') return { error: t('missing_value', '--competitors') };
      opts.competitors = v.split(',').map((s) => s.trim()).filter(Boolean);
    } else if (a.startsWith('-') && a !== '-') {
      return { error: t('bad_option', a, t('usage')) };
    } else if (file === undefined) {
      file = a;
    } else {
      return { error: t('bad_option', a, t('usage')) };
    }
  }
  return file === undefined ? { error: t('usage') } : { file, opts };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(args.error);
    process.exit(2);
  }
  let input: string;
  try {
    input = readFileSync(args.file === '-' ? 0 : args.file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    console.error(t('no_file', args.file, err.code === 'ENOENT' ? t('not_found') : err.message));
    process.exit(2);
  }
  const lines = input.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const out: string[] = [];
  let bad = 0;
  lines.forEach((line, i) => {
    const r = classifyLine(line, i + 1, args.opts);
    out.push(r.out);
    if (r.error) {
      bad++;
      console.error(r.error);
    }
  });
  process.stdout.write(out.length ? out.join('\n') + '\n' : '');
  if (bad > 0) {
    console.error(t('summary_bad', bad, lines.length));
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
