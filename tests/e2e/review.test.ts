/**
 * The manager's review in Chromium: a book of 320 accounts on two CRM sites (an English Salesforce
 * org and a Chinese 纷享销客 tenant, six owners, seven causes, some with outcomes to train on) is
 * written into the worker's database and scored there; then the popup's filters, search, cause chart,
 * review and snooze (with the worker's clock moved past the snooze), the toolbar count, export of a
 * selection, and a verdict that survives rescoring and retraining, in the popup and the side panel.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabIdOf } from '../../scripts/browser';
import { PAGE } from '../../src/core/review-filter';
import type { AccountViewData, FlaggedRow, UserSettings } from '../../src/messages';
import { decodeRows, type CompactList } from '../../src/protocol/review-list';
import { BADGE, readStores, setWorkerClock, useExtension } from './setup';

const env = useExtension();
const SHOTS = '.tmp/e2e';
const DAY = 86_400_000;
const ROW = '[data-churnlens="flagged-row"]';
/** Scoring a few hundred accounts, or retraining and then rescoring them, takes seconds each on a busy machine. */
const SLOW = 120_000;

const SF = 'https://northwind.my.salesforce.com';
const FX = 'https://www.fxiaoke.com';
const EN_OWNERS = ['Anna Schmidt', 'Tom Becker', 'Priya Nair'];
const ZH_OWNERS = ['王芳', '李强', '陈静'];
const EN_NAMES = ['Contoso', 'Fabrikam', 'Northwind', 'Tailspin', 'Litware', 'Adatum', 'Acme', 'Wingtip'];
const ZH_NAMES = ['恒信科技', '华联物流', '金石建材', '远航电子', '百川食品', '新桥医疗', '东方纺织', '瑞丰化工'];
/** What people write when an account is slipping, per cause, in the account's language. */
const TROUBLE: Record<string, [string, string]> = {
  product_quality: ['App crashed again during the demo', '客户反馈设备频繁故障，要求返修'],
  service_experience: ['Support took 9 days to reply', '工单12天没人理'],
  price: ['Asked for a 15% discount, budget is tight', '客户说价格太贵了，要求降价'],
  competitor: ['They got a quote from a rival at 20% less', '说竞品报价低20%'],
  staff_turnover: ['Champion left the company', '对接人离职了，新对接人还不熟悉'],
  customer_circumstances: ['Budget cut by 30%', '客户在裁员'],
  relationship_neglect: ["We haven't spoken to them in months", '签约后就没有回访过'],
};
const CAUSES = Object.keys(TROUBLE);

interface Seed {
  key: string;
  name: string;
  url: string;
  owner?: string;
  status?: string;
  calls: { at: number; kind: string; text: string }[];
}

/** 320 accounts: a third healthy, the rest gone quiet after trouble for a while; every fifth has an outcome. */
function book(now: number): Seed[] {
  return Array.from({ length: 320 }, (_, i) => {
    const zh = i % 2 === 1;
    const id = String(i).padStart(4, '0');
    const cause = CAUSES[i % CAUSES.length]!;
    const healthy = i % 3 === 0;
    const quiet = healthy ? 3 : 10 + ((i * 7) % 60) + (i % 9 === 4 ? 90 : 0);
    const owners = zh ? ZH_OWNERS : EN_OWNERS;
    const name = zh ? `${ZH_NAMES[i % 8]}${i}号店` : i === 40 ? `ＡＣＭＥ Trading ${i}` : `${EN_NAMES[i % 8]} ${['Logistics', 'Retail', 'Health', 'Labs'][i % 4]} ${i}`;
    return {
      key: zh ? `fxiaoke:${id}` : `salesforce:001A0000${id}AbCdEf`,
      name,
      url: zh ? `${FX}/XV/UI/Home#crm/detail/=/AccountObj/${id}` : `${SF}/lightning/r/Account/001A0000${id}AbCdEf/view`,
      ...(i % 11 === 5 ? {} : { owner: owners[Math.floor(i / 2) % 3] }),
      ...(i % 5 === 0 ? { status: healthy ? (zh ? '正常' : 'Active') : zh ? '已流失' : 'Churned' } : {}),
      calls: healthy
        ? Array.from({ length: 8 }, (_, k) => ({ at: now - (quiet + k * 9) * DAY, kind: 'call', text: zh ? '例行回访，客户满意' : 'Quarterly review went well' }))
        : [
          { at: now - quiet * DAY, kind: 'complaint', text: TROUBLE[cause]![zh ? 1 : 0] },
          { at: now - (quiet + 6) * DAY, kind: 'ticket', text: TROUBLE[cause]![zh ? 1 : 0] },
          ...Array.from({ length: 3 }, (_, k) => ({ at: now - (quiet + 25 + k * 30) * DAY, kind: 'call', text: zh ? '电话沟通续约' : 'Call about the renewal' })),
        ],
    };
  });
}

/** Write the book into the worker's database as its readers would have, then let the worker score it all. */
async function seed(now: number): Promise<FlaggedRow[]> {
  const accounts = book(now);
  await env.send({ type: 'settings:get' });
  await (await env.b.worker()).evaluate(async ({ accounts, now }) => {
    const db = await new Promise<IDBDatabase>((ok, no) => {
      const r = indexedDB.open('churnlens');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const tx = db.transaction(['accounts', 'interactions'], 'readwrite');
    for (const a of accounts) {
      tx.objectStore('accounts').put({
        key: a.key, crm: a.key.split(':')[0], name: a.name, url: a.url, firstSeen: now - 400 * 86_400_000, lastSeen: now,
        fields: {
          arr: { raw: String(20_000 + (a.name.length * 7919) % 180_000), num: 20_000 + (a.name.length * 7919) % 180_000 },
          ...(a.owner ? { owner: { raw: a.owner } } : {}),
          ...(a.status ? { status: { raw: a.status } } : {}),
        },
        ...(a.status ? { outcome: /Churned|流失/.test(a.status) ? 'churned' : 'retained' } : {}),
      });
      a.calls.forEach((c, k) => tx.objectStore('interactions').put({ ...c, id: `c${k}`, account: a.key, uid: `${a.key}|c${k}`, source: 'page' }));
    }
    await new Promise((ok, no) => {
      tx.oncomplete = ok;
      tx.onerror = () => no(tx.error);
    });
    db.close();
  }, { accounts, now });
  await rescoreEverything();
  return env.send<FlaggedRow[]>({ type: 'flagged:list' });
}

const badge = async () => (await env.b.worker()).evaluate(() => chrome.action.getBadgeText({}));
const open = (rows: FlaggedRow[]) => rows.filter((r) => r.status === 'new' || r.status === 'reviewed');
const menu = (page: Page, name: string) => page.getByRole('combobox', { name, exact: true });
const keysOf = (page: Page) => page.locator(ROW).evaluateAll((rs) => rs.map((r) => r.getAttribute('data-account-key')!));

async function openPopup(): Promise<Page> {
  const popup = await env.b.context.newPage();
  await popup.setViewportSize({ width: 460, height: 600 });
  await popup.goto(env.b.extensionUrl('src/popup/index.html'));
  await popup.locator(ROW).first().waitFor();
  return popup;
}

/** Ring one of the worker's alarms now, by the real clock the browser keeps alarms by. */
async function ringAlarm(name: string): Promise<void> {
  await (await env.b.worker()).evaluate((name) => {
    const g = globalThis as { realNow?: () => number };
    return chrome.alarms.create(name, { when: (g.realNow ?? Date.now)() });
  }, name);
}

/** Retrain now, as the debounced alarm would, and wait until the new model is stored (the rescoring follows it). */
async function retrainNow(): Promise<void> {
  const trainedAt = () => readStores(env.b).then((s) => (s.models as { id: string; trainedAt: number }[]).find((m) => m.id === 'risk')?.trainedAt ?? 0);
  const before = await trainedAt();
  await ringAlarm('retrain');
  await expect.poll(trainedAt, { timeout: 30_000 }).toBeGreaterThan(before);
}

/**
 * Rescore every account, as any change of what the engine reads does: here a competitor's name no
 * note mentions, added or taken away again, which changes no score.
 */
async function rescoreEverything(): Promise<void> {
  const s = await env.send<UserSettings>({ type: 'settings:get' });
  const competitors = s.competitors.includes(UNSEEN) ? s.competitors.filter((c) => c !== UNSEEN) : [...s.competitors, UNSEEN];
  await env.send({ type: 'settings:set', settings: { ...s, competitors } });
}
const UNSEEN = 'Zephyrion Systems';

async function setSettings(patch: Partial<UserSettings>): Promise<void> {
  const s = await env.send<UserSettings>({ type: 'settings:get' });
  await env.send({ type: 'settings:set', settings: { ...s, ...patch } });
}

let flagged: FlaggedRow[] = [];

describe("the manager's review", () => {
  it('filters, searches and charts a few hundred flagged accounts on two sites', async () => {
    mkdirSync(SHOTS, { recursive: true });
    flagged = await seed(Date.now());
    const todo = open(flagged);
    expect(todo.length).toBeGreaterThan(100);
    expect(new Set(flagged.map((r) => r.site))).toEqual(new Set([SF, FX]));
    const popup = await openPopup();

    // The popup's compact list is the worker's list.
    expect(decodeRows(await env.send<CompactList>({ type: 'review:list' }))).toEqual(flagged);

    // Everything new at first; the first rows drawn, most value at risk first, and more on request.
    expect(await popup.locator('[data-status="open"] b').textContent()).toBe(String(todo.length));
    expect(await keysOf(popup)).toEqual(todo.slice(0, PAGE).map((r) => r.key));
    await popup.getByRole('button', { name: `Show ${PAGE} more` }).click();
    await expect.poll(() => popup.locator(ROW).count()).toBe(2 * PAGE);

    // The chart counts every open account by cause, most first; a bar filters to its cause.
    const byCause = new Map<string, number>();
    for (const r of todo) byCause.set(r.cause ?? '\u0000none', (byCause.get(r.cause ?? '\u0000none') ?? 0) + 1);
    const bars = await popup.locator('.rv-bar').evaluateAll((bs) => bs.map((b) => [b.getAttribute('data-cause'), Number(b.getAttribute('data-count'))]));
    expect(bars).toEqual([...byCause].sort((a, b) => b[1] - a[1]).slice(0, 6));
    const [cause, n] = bars.find(([, c]) => (c as number) < PAGE)! as [string, number];
    await popup.locator(`.rv-bar[data-cause="${cause}"]`).click();
    await expect.poll(() => popup.locator(ROW).count()).toBe(n);
    expect(new Set(await popup.locator(ROW).evaluateAll((rs) => rs.map((r) => r.getAttribute('data-cause'))))).toEqual(new Set([cause]));
    expect(await menu(popup, 'Likely cause').inputValue()).toBe(cause);
    expect(await popup.locator(`.rv-bar[data-cause="${cause}"]`).getAttribute('aria-pressed')).toBe('true');
    await popup.locator(`.rv-bar[data-cause="${cause}"]`).click();
    await expect.poll(() => menu(popup, 'Likely cause').inputValue()).toBe('');

    // Owner, site and level, each against the list the worker sent.
    await menu(popup, 'Owner').selectOption('Priya Nair');
    const priya = todo.filter((r) => r.owner === 'Priya Nair');
    await expect.poll(() => keysOf(popup)).toEqual(priya.slice(0, PAGE).map((r) => r.key));
    await menu(popup, 'Level').selectOption('critical');
    await expect.poll(() => keysOf(popup)).toEqual(priya.filter((r) => r.level === 'critical').map((r) => r.key));
    await menu(popup, 'Owner').selectOption('');
    await menu(popup, 'Level').selectOption('');
    await menu(popup, 'CRM site').selectOption(FX);
    const zh = todo.filter((r) => r.site === FX);
    expect(await popup.locator('[data-status="open"] b').textContent()).toBe(String(zh.length));
    expect((await keysOf(popup)).every((k) => k.startsWith('fxiaoke:'))).toBe(true);
    await menu(popup, 'CRM site').selectOption('');

    // Search: Chinese as written, Latin in any case and width.
    const search = popup.getByRole('searchbox');
    await search.fill('恒信');
    await expect.poll(() => keysOf(popup)).toEqual(todo.filter((r) => r.name.includes('恒信')).slice(0, PAGE).map((r) => r.key));
    await search.fill('acme');
    const acme = todo.filter((r) => /acme/i.test(r.name.normalize('NFKC'))).slice(0, PAGE).map((r) => r.key);
    expect(acme.some((k) => flagged.find((r) => r.key === k)!.name.startsWith('ＡＣＭＥ'))).toBe(true);
    await expect.poll(() => keysOf(popup)).toEqual(acme);
    await search.fill('');
    await search.blur();
    await popup.mouse.move(0, 0);
    await popup.screenshot({ path: `${SHOTS}/review-popup-en.png` });
    await popup.close();
  }, SLOW);

  it('counts what is new on the toolbar, through review, snooze and the snooze running out', async () => {
    const popup = await openPopup();
    const todo = open(flagged);
    await expect.poll(badge).toBe(String(todo.length));
    expect(await popup.locator('[data-churnlens="review-state"]').getAttribute('data-new')).toBe(String(todo.length));

    // Two snoozed for 7 days from the bulk bar: out of the list and off the count.
    const [a, b, c] = todo;
    for (const r of [a!, b!]) await popup.getByLabel(`Select ${r.name}`).check();
    const bulk = popup.locator('[data-churnlens="bulk"]');
    expect(await bulk.locator('strong').textContent()).toBe('2 selected');
    await bulk.getByRole('button', { name: '7 days' }).click();
    await expect.poll(() => popup.locator(`${ROW}[data-account-key="${a!.key}"]`).count()).toBe(0);
    await expect.poll(badge).toBe(String(todo.length - 2));
    await popup.locator('[data-status="snoozed"]').click();
    await expect.poll(() => keysOf(popup)).toEqual([a!.key, b!.key]);
    expect(await popup.locator(ROW).first().textContent()).toContain('Snoozed until');
    await popup.locator('[data-status="open"]').click();

    // One marked reviewed from its row: seen, still listed, off the count.
    const row = popup.locator(`${ROW}[data-account-key="${c!.key}"]`);
    await row.getByRole('button', { name: `Review “${c!.name}”` }).click();
    await popup.locator(`[data-churnlens="row-actions"][data-account-key="${c!.key}"]`).getByRole('button', { name: '✓ Reviewed' }).click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('reviewed');
    await expect.poll(badge).toBe(String(todo.length - 3));

    // "Mark all reviewed": nothing new until something rises or a snooze runs out.
    await popup.getByRole('button', { name: 'Mark all reviewed' }).click();
    await expect.poll(badge).toBe('');
    await expect.poll(() => popup.locator('[data-churnlens="review-state"]').textContent()).toContain('new since the review of');
    expect(await popup.locator('[data-churnlens="review-state"]').getAttribute('data-new')).toBe('0');

    // Eight days on, the snooze's alarm rings: both are back, new, and counted.
    await setWorkerClock(env.b, 8 * DAY);
    await ringAlarm('review-wake');
    await expect.poll(badge, { timeout: 20_000 }).toBe('2');
    const back = await env.send<FlaggedRow[]>({ type: 'flagged:list' });
    expect(back.filter((r) => r.status === 'new').map((r) => r.key)).toEqual([a!.key, b!.key]);
    await popup.reload();
    await popup.locator(`${ROW}[data-account-key="${a!.key}"][data-status="new"]`).waitFor();
    expect(await popup.locator('[data-churnlens="review-state"]').getAttribute('data-new')).toBe('2');
    await setWorkerClock(env.b, 0);
    await popup.close();
  });

  it('exports a selection as follow-up tasks in a CRM import format, and as text', async () => {
    const popup = await openPopup();
    await menu(popup, 'Owner').selectOption('王芳');
    const wang = open(await env.send<FlaggedRow[]>({ type: 'flagged:list' })).filter((r) => r.owner === '王芳');
    await popup.getByLabel(`Select all ${wang.length}`).check();
    const bulk = popup.locator('[data-churnlens="bulk"]');
    expect(await bulk.locator('strong').textContent()).toBe(`${wang.length} selected`);
    await bulk.getByLabel('Format').selectOption('hubspot');
    const [download] = await Promise.all([popup.waitForEvent('download'), bulk.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(csv[0]).toBe('Task Title,Due Date,Status,Priority,Task Type,Notes,Associated Company,Associated Company Record ID');
    expect(csv.slice(1)).toHaveLength(wang.length);
    for (const r of wang) {
      const line = csv.find((l) => l.startsWith(`Review churn risk: ${r.name},`))!;
      expect(line, r.name).toBeTruthy();
      expect(line).toContain(',Not started,Medium,To-do,');
      expect(line).toContain(`Owner: 王芳.`);
      expect(line.endsWith(`,${r.name},`)).toBe(true);
    }
    await env.b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await bulk.getByRole('button', { name: 'Copy as text' }).click();
    await bulk.getByRole('status').waitFor();
    const text = await popup.evaluate(() => navigator.clipboard.readText());
    for (const r of wang) expect(text).toContain(`[ ] Review churn risk: ${r.name} — due `);
    await popup.close();
  });

  it('records verdicts and reviews under the name given in the options', async () => {
    const options = await env.b.context.newPage();
    await options.goto(env.b.extensionUrl('src/options/index.html'));
    await options.getByLabel('Your name').fill('Priya Nair');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByRole('status').waitFor();
    expect((await env.send<UserSettings>({ type: 'settings:get' })).userName).toBe('Priya Nair');
    await options.close();
  });

  it('keeps a verdict with its reason through rescoring and retraining, from the popup', async () => {
    // A medium account set to critical; the reason is required.
    const target = open(await env.send<FlaggedRow[]>({ type: 'flagged:list' })).find((r) => r.level === 'medium')!;
    const popup = await openPopup();
    await popup.getByRole('searchbox').fill(target.name);
    const row = popup.locator(`${ROW}[data-account-key="${target.key}"]`);
    await row.getByRole('button', { name: `Review “${target.name}”` }).click();
    const actions = popup.locator(`[data-churnlens="row-actions"][data-account-key="${target.key}"]`);
    await actions.getByRole('button', { name: 'Set level…' }).click();
    await actions.getByRole('radio', { name: 'Critical' }).check({ force: true });
    const save = actions.getByRole('button', { name: 'Save verdict' });
    expect(await save.isDisabled()).toBe(true);
    await actions.getByLabel('Reason').fill('Their CFO told us they are moving to a rival at renewal');
    await save.click();
    await expect.poll(() => row.getAttribute('data-risk-level')).toBe('critical');
    expect(await row.locator('[data-churnlens="row-verdict"]').textContent()).toBe(
      '✎ Level set to Critical by Priya Nair: Their CFO told us they are moving to a rival at renewal');
    await popup.mouse.move(0, 0);
    await row.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${SHOTS}/review-popup-verdict-en.png` });

    // A rescore of everything, then a retrain on the outcomes: the verdict stands over both.
    await rescoreEverything();
    expect((await env.send<FlaggedRow[]>({ type: 'flagged:list' })).find((r) => r.key === target.key)?.level).toBe('critical');
    await retrainNow();
    await expect.poll(async () => {
      const s = (await env.send<AccountViewData>({ type: 'account:view', key: target.key }))!.score!;
      return [s.model.startsWith('logistic'), s.level, s.verdict?.reason];
    }, { timeout: 20_000 }).toEqual([true, 'critical', 'Their CFO told us they are moving to a rival at renewal']);
    // And through the options page's retrain: a candidate model trained, kept, and every account rescored by it.
    const candidate = await env.send<{ candidate: { trainedAt: number } | null }>({ type: 'model:retrain' });
    expect(candidate.candidate).not.toBeNull();
    await env.send({ type: 'model:keep' });
    const kept = (await env.send<AccountViewData>({ type: 'account:view', key: target.key }))!.score!;
    expect(kept.at).toBeGreaterThan(candidate.candidate!.trainedAt - 1);
    expect(kept).toMatchObject({ level: 'critical', verdict: { reason: 'Their CFO told us they are moving to a rival at renewal' } });
    expect((await env.send<FlaggedRow[]>({ type: 'flagged:list' })).find((r) => r.key === target.key)).toMatchObject({
      level: 'critical', verdict: { kind: 'override', by: 'Priya Nair' },
    });
    await popup.close();
  }, SLOW);

  it('shows a verdict and its history with who and when in the side panel, and keeps it through rescoring and retraining', async () => {
    // In the side panel of a CRM page: "not a risk", then a level with its reason; both kept with who and when.
    const page = await env.b.context.newPage();
    await page.goto(`${env.crm}/accounts/acc-0002`);
    const key = (await page.locator(`h1 ${BADGE}`).first().getAttribute('data-account-key'))!;
    const panel = await env.b.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(env.b.extensionUrl(`src/sidebar/index.html?tab=${await tabIdOf(env.b, page)}`));
    const card = panel.locator('[data-churnlens="verdict"]');
    await card.waitFor();
    expect(await card.textContent()).toContain('Not judged yet');
    await card.getByRole('button', { name: 'Not a risk' }).click();
    await card.getByLabel('Reason (optional)').fill('Renewal signed last week');
    await card.getByRole('button', { name: 'Save verdict' }).click();
    await expect.poll(() => card.locator('.sb-verdict').textContent()).toContain('Not a risk, says Priya Nair: Renewal signed last week');
    await card.getByRole('button', { name: 'Set level…' }).click();
    await card.getByRole('radio', { name: 'High' }).check({ force: true });
    await card.getByLabel('Reason', { exact: true }).fill('Signed, but the new owner wants a re-tender in Q3');
    await card.getByRole('button', { name: 'Save verdict' }).click();
    await expect.poll(() => card.locator('.sb-verdict').textContent()).toContain('Level set to High by Priya Nair: Signed, but the new owner wants a re-tender in Q3');
    await expect.poll(() => card.locator('[data-churnlens="verdict-history"] li').allTextContents()).toEqual([
      expect.stringContaining('Not a risk, says Priya Nair: Renewal signed last week'),
    ]);
    await expect.poll(() => panel.locator('.sb-head .cl-pill').getAttribute('data-level')).toBe('high');

    // Retrained, and so rescored: the panel, the page's badge and the stored verdicts keep it.
    await retrainNow();
    await page.reload();
    const pageBadge = page.locator(`h1 ${BADGE}`).first();
    await expect.poll(() => pageBadge.getAttribute('data-risk-level')).toBe('high');
    await expect.poll(() => pageBadge.getAttribute('title')).toContain('Level set to High by Priya Nair: Signed, but the new owner wants a re-tender in Q3');
    await panel.reload();
    await expect.poll(() => panel.locator('[data-churnlens="verdict"] .sb-verdict').textContent()).toContain('Level set to High by Priya Nair');
    const stored = (await readStores(env.b)).verdicts as { account: string; by: string; at: number }[];
    expect(stored.filter((v) => v.account === key).map((v) => v.by)).toEqual(['Priya Nair', 'Priya Nair']);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: `${SHOTS}/review-verdict-panel-en.png` });
    await panel.close();
    await page.close();
  }, SLOW);

  it('looks tidy in Chinese', async () => {
    await setSettings({ lang: 'zh_CN' });
    const popup = await openPopup();
    expect(await popup.getByRole('button', { name: '全部标为已复核' }).count()).toBe(1);
    await popup.screenshot({ path: `${SHOTS}/review-popup-zh_CN.png` });
    await popup.locator(ROW).first().getByRole('button', { name: /^复核“/ }).click();
    await popup.locator('[data-churnlens="row-actions"]').getByRole('button', { name: '设定等级…' }).click();
    await popup.locator('[data-churnlens="row-actions"]').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${SHOTS}/review-popup-actions-zh_CN.png` });
    await popup.close();
    const page = await env.b.context.newPage();
    await page.goto(`${env.crm}/accounts/acc-0002`);
    await page.locator(`h1 ${BADGE}`).first().waitFor();
    const panel = await env.b.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(env.b.extensionUrl(`src/sidebar/index.html?tab=${await tabIdOf(env.b, page)}`));
    const card = panel.locator('[data-churnlens="verdict"]');
    await expect.poll(() => card.locator('.sb-verdict').textContent()).toContain('Priya Nair 将等级设为高');
    await card.screenshot({ path: `${SHOTS}/review-verdict-panel-zh_CN.png` });
    await panel.close();
    await page.close();
    await setSettings({ lang: 'en' });
  }, SLOW);
});
