/**
 * CRM exports as teams really have them, generated (seeded) for tests, the bench and the demo:
 * an accounts table with an outcome column, a follow-up log and an orders log, written as CSV or
 * TSV in UTF-8, UTF-8 with a BOM, UTF-16 ("Unicode text" from Excel) or GBK, or as .xlsx.
 */
import writeXlsxFile from 'write-excel-file/node';
import { mulberry32 } from '../src/core/random';

export type SampleEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'gbk';
type Table = (string | number)[][];

const COMPANIES = ['华东精密', '星河科技', '蓝海物流', '恒通制造', '北辰软件', '云帆教育', '金石医疗', '远景能源', 'Acme Robotics', 'Northwind Foods'];
const OWNERS = ['张伟', '李娜', '王芳', 'Alex Chen', 'Maria Lopez'];
const FOLLOW_UPS: [string, string][] = [
  ['电话', '客户反馈系统经常卡顿，要求尽快处理'],
  ['拜访', '季度业务回顾，讨论续约方案'],
  ['邮件', 'Sent the renewal quote, waiting for reply'],
  ['电话', '客户说竞品报价更低，考虑更换供应商'],
  ['投诉', '工单超过一周未解决，客户很不满意'],
  ['会议', 'Training session for the new admin'],
  ['微信', '确认下次培训时间'],
];

export const accountName = (i: number) => `${COMPANIES[i % COMPANIES.length]} ${Math.floor(i / COMPANIES.length) + 1}号`;
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export function accountsTable(n: number, seed = 1): Table {
  const rnd = mulberry32(seed);
  const rows: Table = [['客户编号', '客户名称', '负责人', '合同金额', '到期日', '客户状态']];
  for (let i = 0; i < n; i++) {
    const churned = rnd() < 0.25;
    rows.push([
      `C${String(i + 1).padStart(5, '0')}`, accountName(i), OWNERS[i % OWNERS.length]!, Math.round(20_000 + rnd() * 480_000),
      iso(Date.UTC(2026, 0, 1) + Math.floor(rnd() * 540) * DAY), churned ? '已流失' : '合作中',
    ]);
  }
  return rows;
}

/** `perAccount` follow-ups for each of `accounts` accounts, the newest within the last 200 days of `end`. */
export function activitiesTable(rowsWanted: number, accounts: number, end = Date.UTC(2026, 10, 30), seed = 2): Table {
  const rnd = mulberry32(seed);
  const rows: Table = [['客户编号', '客户名称', '跟进时间', '跟进方式', '跟进内容']];
  for (let i = 0; i < rowsWanted; i++) {
    const a = i % accounts;
    const [kind, text] = FOLLOW_UPS[Math.floor(rnd() * FOLLOW_UPS.length)]!;
    const at = end - Math.floor(rnd() * 200 * DAY);
    rows.push([`C${String(a + 1).padStart(5, '0')}`, accountName(a), new Date(at).toISOString().slice(0, 16).replace('T', ' '), kind, `${text} #${i + 1}`]);
  }
  return rows;
}

export function ordersTable(rowsWanted: number, accounts: number, end = Date.UTC(2026, 10, 30), seed = 3): Table {
  const rnd = mulberry32(seed);
  const rows: Table = [['Account ID', 'Account Name', 'Order Date', 'Amount']];
  for (let i = 0; i < rowsWanted; i++) {
    const a = i % accounts;
    rows.push([`C${String(a + 1).padStart(5, '0')}`, accountName(a), iso(end - Math.floor(rnd() * 365) * DAY), (100 + rnd() * 9_900).toFixed(2)]);
  }
  return rows;
}

const quote = (c: string | number, sep: string) => {
  const s = String(c);
  return s.includes(sep) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toDelimited(t: Table, sep = ','): string {
  return t.map((r) => r.map((c) => quote(c, sep)).join(sep)).join('\r\n') + '\r\n';
}

let gbkTable: Map<string, number[]> | null = null;
/** GBK bytes of a text, by inverting the platform's GBK decoder (Node has no GBK encoder). */
function gbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbkTable.has(ch)) gbkTable.set(ch, [a, b]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

export function encode(text: string, encoding: SampleEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'utf-16le':
      return new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'));
    case 'gbk':
      return gbk(text);
  }
}

export async function toXlsx(t: Table): Promise<Uint8Array> {
  const buf = await writeXlsxFile(t.map((r) => r.map((value) => ({ value })))).toBuffer();
  return new Uint8Array(buf);
}
