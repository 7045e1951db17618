import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backtestTransactions, parseTransactions, summarise, TxnReadError } from '../../../src/core/models/bgnbd-backtest';

const SAMPLE = resolve(process.cwd(), '../shared/data/CDNOW_sample.txt');
const SUMMARY = resolve(process.cwd(), '../shared/data/cdnow_customers_summary.csv');
const has = existsSync(SAMPLE) && existsSync(SUMMARY);

describe.skipIf(!has)('BG/NBD backtest on the CDNOW transaction log', () => {
  if (!has) console.log('skipped: ../shared/data is absent');
  const txns = has ? parseTransactions(readFileSync(SAMPLE, 'utf8')) : [];

  it('summarising weeks 1–39 reproduces the paper’s summary file', () => {
    const mine = summarise(txns, Date.UTC(1997, 8, 30), Date.UTC(1998, 5, 30));
    const paper = readFileSync(SUMMARY, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
    expect(mine).toHaveLength(paper.length);
    // The sample's ids are the cohort's, the summary's are renumbered: compare the summaries as sets.
    const key = (x: number, tx: number, T: number) => `${x}|${tx.toFixed(2)}|${T.toFixed(2)}`;
    const a = mine.map((c) => key(c.x, c.tx, c.T)).sort();
    const b = paper.map(([, x, tx, T]) => key(x, tx, T)).sort();
    expect(a).toEqual(b);
  });

  it('forecasts the holdout as the paper reports, beside a recency baseline', () => {
    const r = backtestTransactions(txns);
    console.log(`CDNOW holdout: correlation ${r.correlation.toFixed(3)} (paper 0.626), baseline ${r.baselineCorrelation.toFixed(3)}; AUC no-activity ${r.aucNoActivity.toFixed(3)} vs recency ${r.aucRecencyBaseline.toFixed(3)}`);
    expect(r.calibrationEnd).toBe('1997-09-30');
    expect(r.holdoutWeeks).toBe(39);
    expect(Math.abs(r.params.r - 0.243)).toBeLessThan(0.005);
    expect(Math.abs(r.correlation - 0.626)).toBeLessThan(0.005);
    expect(r.correlation).toBeGreaterThan(r.baselineCorrelation);
  });
});

describe('reading transaction logs', () => {
  it('reads CSV with a header and names the line and column of a bad date', () => {
    expect(parseTransactions('customer,date,amount\nc1,2024-03-05,12.5\nc2,20240306,3')).toEqual([
      { id: 'c1', at: Date.UTC(2024, 2, 5), amount: 12.5 },
      { id: 'c2', at: Date.UTC(2024, 2, 6), amount: 3 },
    ]);
    expect(() => parseTransactions('00001 19970231 1 9.99')).toThrow(/line 1, column 2: "19970231"/);
    expect(() => parseTransactions('1 19970101')).toThrow(/line 1: expected 3 to 5 columns/);
    expect(() => parseTransactions('   \n')).toThrow(/empty/);
  });
});

describe('transaction logs as people have them', () => {
  const want = [
    { id: '00001', at: Date.UTC(1997, 0, 1), amount: 11.77 },
    { id: '00002', at: Date.UTC(1997, 0, 12), amount: 12 },
  ];
  it('reads the CDNOW master layout: a header line, columns apart by runs of spaces, CRLF', () => {
    expect(parseTransactions(' customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n 00002 19970112  1   12.00\r\n')).toEqual(want);
  });
  it('reads tab-, comma- and semicolon-separated logs, with or without a header, and a BOM', () => {
    expect(parseTransactions('customer_id\tdate\tnumber_of_cds\tdollar_value\n00001\t19970101\t1\t11.77\n00002\t19970112\t1\t12.00')).toEqual(want);
    expect(parseTransactions('\uFEFF客户编号;日期;金额\n00001;1997-01-01;11.77\n00002;1997-01-12;12')).toEqual(want);
    expect(parseTransactions('00001,19970101,11.77\n00002,19970112,"12"'.replace('"12"', '12'))).toEqual(want);
  });
  it('says which line and column is wrong, with a code the caller words in the user’s language', () => {
    const fail = (text: string) => {
      try {
        parseTransactions(text);
      } catch (e) {
        return e instanceof TxnReadError ? [e.problem, ...e.params] : ['other'];
      }
      return ['read'];
    };
    expect(fail('id\tdate\tamount\nc1\t19970101\tabc')).toEqual(['amount', 2, 3, 'abc']);
    expect(fail('name\tcity\nAcme\tParis')).toEqual(['header', 1, 'name, city']);
    expect(fail('customer,date,amount\n')).toEqual(['no_rows']);
    expect(fail('')).toEqual(['empty']);
  });
});


const MASTER = resolve(__dirname, '../../..', '../shared/data/CDNOW_master.txt');
describe.skipIf(!existsSync(MASTER))('the CDNOW master file as shipped (header line, CRLF)', () => {
  it('is read whole: every purchase of its 23,570 customers', () => {
    const txns = parseTransactions(readFileSync(MASTER, 'utf8'));
    expect(txns.length).toBe(readFileSync(MASTER, 'utf8').split(/\r?\n/).filter((l) => l.trim()).length - 1);
    expect(new Set(txns.map((t) => t.id)).size).toBe(23_570);
  });
});
