import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'classify-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], input?: string) {
  const r = spawnSync('npx', ['tsx', 'scripts/classify.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout.split('\n').filter(Boolean), err: r.stderr };
}

interface OutLine {
  causes?: { id: string; confidence: number }[];
  error?: string;
}

describe('npm run classify', { timeout: 60_000 }, () => {
  it('prints one aligned line per input line, errors in place, exit 1 when any line was bad', () => {
    const file = join(dir, 'notes.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ text: '客户嫌价格太贵，要求打折', causes: ['ignored'] }),
        JSON.stringify({ text: 'Sent the Q3 invoice' }),
        '{"text": "broken json',
        JSON.stringify({ note: 'no text field' }),
        JSON.stringify({ text: 'evaluating Zoho next quarter' }),
        JSON.stringify({ text: '系统又崩溃了，客服也没人理' }),
      ].join('\n') + '\n',
    );
    const r = cli([file, '--competitors', 'Zoho,HubSpot']);
    expect(r.code).toBe(1);
    expect(r.out).toHaveLength(6);
    const lines = r.out.map((l) => JSON.parse(l) as OutLine);
    expect(lines[0]!.causes![0]!.id).toBe('price');
    expect(lines[0]!.causes![0]!.confidence).toBeGreaterThan(0.5);
    expect(lines[1]!.causes).toEqual([{ id: 'none', confidence: expect.any(Number) }]);
    expect(lines[1]!.causes![0]!.confidence).toBeGreaterThan(0.5);
    expect(lines[2]!.error).toMatch(/line 3/);
    expect(lines[3]!.error).toMatch(/line 4.*"text"/);
    expect(lines[4]!.causes!.map((c) => c.id)).toContain('competitor');
    expect(lines[5]!.causes!.map((c) => c.id).sort()).toEqual(['product_quality', 'service_experience']);
    expect(r.err).toMatch(/line 3/);
    expect(r.err).toMatch(/line 4/);
  });

  it('reads standard input with -, exit 0 when every line is good', () => {
    const r = cli(['-'], '{"text":"no complaints, renewal signed"}\r\n{"text":"Customer feels ignored"}\n');
    expect(r.code).toBe(0);
    expect(r.out.map((l) => (JSON.parse(l) as OutLine).causes![0]!.id)).toEqual(['none', 'relationship_neglect']);
  });

  it('says clearly when the file is missing or no file is given, exit 2', () => {
    const missing = cli([join(dir, 'nope.jsonl')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.jsonl.*no such file/);
    expect(missing.out).toEqual([]);
    const none = cli([]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/Usage/);
  });
});
