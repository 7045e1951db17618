/**
 * `npm start`: the extension, built, opened in Chromium on the bundled demo CRM. With a display
 * it stays open for you to use; without one (CI, a server) it drives the browser headless, writes
 * screenshots of the list, an account beside its side panel, and the popup, in English and Chinese,
 * into demo-output/, and prints the flagged accounts.
 */
import { mkdirSync } from 'node:fs';
import { startDemoServer } from './serve-demo';
import { composeSideBySide, launchWithExtension, sendAsPage, tabIdOf, type ExtensionBrowser } from './browser';
import type { FlaggedRow } from '../src/messages';

const OUT = 'demo-output';
const headed = Boolean(process.env.DISPLAY) && !process.env.CI && !process.argv.includes('--headless');

const server = await startDemoServer({ port: headed ? 5178 : 0 });
const b = await launchWithExtension({ headless: !headed });
const page = b.context.pages()[0] ?? (await b.context.newPage());
await page.goto(`${server.url}/accounts`);
await waitForListBadges(page);

if (headed) {
  console.log(`ChurnLens is running on the demo CRM at ${server.url}/accounts — close the browser to stop.`);
  await new Promise((r) => b.context.on('close', r));
  await server.close();
  process.exit(0);
}

// A person browsing the CRM opens accounts one by one; the demo does the same, so the popup has
// the whole history to rank (a list row alone shows only what the list shows).
const hrefs = await page.locator('table tbody tr a[href^="/accounts/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
for (const [i, href] of hrefs.entries()) {
  await page.goto(`${server.url}${href}`);
  await page.locator(`[data-churnlens="badge"][data-account-key$=":${href.split('/').pop()}"]`).first().waitFor({ timeout: 15_000 });
  if ((i + 1) % 20 === 0) console.log(`opened ${i + 1}/${hrefs.length} accounts`);
}

mkdirSync(OUT, { recursive: true });
for (const lang of ['en', 'zh_CN'] as const) {
  const suffix = lang === 'en' ? '' : '-zh';
  await sendAsPage(b, { type: 'settings:set', settings: { ...(await sendAsPage<object>(b, { type: 'settings:get' })), lang } });
  await page.goto(`${server.url}/accounts?lang=${lang === 'en' ? 'en' : 'zh'}`);
  await waitForListBadges(page);
  await page.screenshot({ path: `${OUT}/list${suffix}.png` });

  const flagged = await sendAsPage<FlaggedRow[]>(b, { type: 'flagged:list' });
  const top = flagged.find((r) => r.url) ?? flagged[0];
  if (!top?.url) throw new Error('No flagged account with a CRM link: the demo CRM or the scorer is broken.');
  await page.goto(top.url);
  await page.locator(`[data-churnlens="badge"][data-account-key="${top.key}"]`).first().waitFor();
  await page.waitForTimeout(300);
  const accountPng = await page.screenshot();
  const sidebarPng = await screenshotExtensionPage(b, `src/sidebar/index.html?tab=${await tabIdOf(b, page)}`, 400, 860, '[data-churnlens="causes"], [data-churnlens="risk"]');
  await composeSideBySide(b, [accountPng, sidebarPng], `${OUT}/account-with-sidebar${suffix}.png`);
  await screenshotExtensionPage(b, 'src/popup/index.html', 460, 580, '[data-churnlens="flagged-row"]', `${OUT}/popup${suffix}.png`);
  await screenshotExtensionPage(b, 'src/options/index.html', 900, 860, '[data-churnlens="options"]', `${OUT}/options${suffix}.png`);

  if (lang === 'en') printFlagged(flagged);
}
console.log(`\nScreenshots in ${OUT}/: list, account-with-sidebar, popup, options (and -zh versions).`);
await b.close();
await server.close();

async function waitForListBadges(p: typeof page) {
  await p.locator('table tbody tr').first().waitFor();
  await p.waitForFunction(() => {
    const rows = document.querySelectorAll('table tbody tr').length;
    return rows > 0 && document.querySelectorAll('[data-churnlens="badge"]').length >= rows;
  }, undefined, { timeout: 20_000 });
}

async function screenshotExtensionPage(x: ExtensionBrowser, path: string, width: number, height: number, ready: string, file?: string) {
  const p = await x.context.newPage();
  await p.setViewportSize({ width, height });
  await p.goto(x.extensionUrl(path));
  await p.locator(ready).first().waitFor();
  await p.waitForTimeout(200);
  const png = await p.screenshot({ path: file });
  await p.close();
  return png;
}

function printFlagged(rows: FlaggedRow[]) {
  console.log(`\nFlagged accounts (${rows.length}), highest value at risk first:`);
  for (const r of rows.slice(0, 25)) {
    const risk = r.risk === null ? '  ?' : String(Math.round(r.risk)).padStart(3);
    console.log(`  ${r.level.padEnd(8)} ${risk}  ${Math.round(r.valueAtRisk).toLocaleString('en-US').padStart(10)}  ${(r.cause ?? '-').padEnd(22)} ${r.name.slice(0, 50)}`);
  }
  if (rows.length > 25) console.log(`  … and ${rows.length - 25} more`);
}
