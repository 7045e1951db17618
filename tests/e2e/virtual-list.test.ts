/**
 * Virtualised lists (issue #4): rows that scroll into view get badges too, and because the grid
 * recycles its 20 row elements for 500 accounts, a badge must follow what its row shows now.
 * After every scroll each badge on the page is compared with the account of the row it sits in.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BADGE, pageErrors, useExtension } from './setup';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'crm', 'generic');
const ROW_HEIGHT = 36;

const env = useExtension({ root: FIXTURES });

interface RowState {
  account: string;
  visible: boolean;
  badges: string[];
}

/** Every pooled row: the account its link opens now, whether it is inside the scroll box, its badges' keys. */
function rowStates(page: Page): Promise<{ rows: RowState[]; stray: number }> {
  return page.evaluate((sel) => {
    const scroller = document.getElementById('scroller')!;
    const box = scroller.getBoundingClientRect();
    const rows = [...scroller.querySelectorAll('[role="row"]')].map((row) => {
      const r = row.getBoundingClientRect();
      return {
        account: row.querySelector('a')!.getAttribute('href')!.split('/').pop()!,
        visible: r.bottom > box.top && r.top < box.bottom,
        badges: [...row.querySelectorAll(sel)].map((h) => h.getAttribute('data-account-key') ?? ''),
      };
    });
    const inRows = rows.reduce((n, r) => n + r.badges.length, 0);
    return { rows, stray: document.querySelectorAll(sel).length - inRows };
  }, BADGE);
}

/**
 * Wait for the scroll to come to rest (a wheel step scrolls smoothly over several frames), then
 * until every visible row carries a badge, then give the page two more frames to settle.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const scroller = document.getElementById('scroller')!;
        let last = -1;
        let still = 0;
        const tick = () => {
          still = scroller.scrollTop === last ? still + 1 : 0;
          last = scroller.scrollTop;
          if (still >= 5) done();
          else requestAnimationFrame(tick);
        };
        tick();
      }),
  );
  await page.waitForFunction(
    (sel) => {
      const scroller = document.getElementById('scroller')!;
      const box = scroller.getBoundingClientRect();
      return [...scroller.querySelectorAll('[role="row"]')]
        .filter((row) => {
          const r = row.getBoundingClientRect();
          return r.bottom > box.top && r.top < box.bottom;
        })
        .every((row) => row.querySelector(sel));
    },
    BADGE,
    { timeout: 15_000 },
  );
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Rows whose badges are not exactly one badge for the account the row shows. */
function wrongRows(rows: RowState[]): string[] {
  return rows
    .filter((r) => r.badges.some((k) => !k.endsWith(`:${r.account}`)) || (r.visible && r.badges.length !== 1))
    .map((r) => `${r.account} has [${r.badges.join(', ')}]`);
}

describe('a virtualised account grid that recycles its rows', () => {
  it('badges the rows that scroll into view, each beside its own account', async () => {
    const page = await env.b.context.newPage();
    const errors = pageErrors(page);
    await page.goto(`${env.crm}/virtual-list.html`);
    const scroller = page.locator('#scroller');
    await settle(page);

    const seen = new Set<string>();
    const check = async (step: string) => {
      await settle(page);
      const { rows, stray } = await rowStates(page);
      expect(wrongRows(rows), `after ${step}`).toEqual([]);
      expect(stray, `badges outside any row after ${step}`).toBe(0);
      for (const r of rows.filter((r) => r.visible)) seen.add(r.account);
    };
    await check('loading');

    // Small wheel steps recycle a few rows at a time; jumps (a scrollbar drag) recycle all of them.
    const box = (await scroller.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, ROW_HEIGHT * 7);
      await check(`wheel step ${i + 1}`);
    }
    for (const row of [250, 497, 120, 0]) {
      await scroller.evaluate((el, top) => (el.scrollTop = top), row * ROW_HEIGHT);
      await check(`jump to row ${row}`);
    }
    // A quick fling: many scroll events before the page gets to rest.
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, ROW_HEIGHT * 3);
    await check('a fling of 12 wheel steps');

    // The list showed rows from its start, middle and end, not only the first screen.
    for (const id of ['va-0001', 'va-0251', 'va-0500']) expect(seen).toContain(id);
    expect(seen.size).toBeGreaterThan(80);
    expect(errors).toEqual([]);
    await page.close();
  });
});
