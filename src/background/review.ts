/**
 * The manager's review in the worker: the popup's list, judged by the worker's clock when it is
 * read, and the toolbar count of newly flagged accounts (core/review.ts says what counts). The
 * count is recomputed whenever the worker announces a change (every scoring announces one) and
 * when a snooze ends, on an alarm set for the earliest end.
 */
import { badgeText, countNew, isFlagged, nextWake, reviewStatus, roseBy } from '../core/review';
import type { ReviewRow } from '../core/review';
import { resolveLang, t, type Lang } from '../i18n/t';
import type { FlaggedRow } from '../messages';
import { ensureReviewRows, getReviewedAll, reviewRows } from '../storage/reviews';
import { getSettings } from '../storage/settings';

export const WAKE_ALARM = 'review-wake';

const DAY = 86_400_000;

/** Accounts newly flagged are told in the critical colour the pages use (theme.css --cl-critical). */
const BADGE_COLOR = '#dc2638';

/** The language the worker speaks to this user in. */
export async function workerLang(): Promise<Lang> {
  return resolveLang((await getSettings()).lang, chrome.i18n.getUILanguage());
}

/** Who this browser's user is, as verdicts and reviews record it: empty is "me", said in each reader's language (ui/verdict-text.ts). */
export async function userName(): Promise<string> {
  return (await getSettings()).userName ?? '';
}

async function rowsNow(): Promise<ReviewRow[]> {
  await ensureReviewRows();
  return reviewRows();
}

/**
 * The list as last judged. It holds until the rows or the "all reviewed" mark change, a snooze ends,
 * or the UTC day turns (a rise drops out of "this week"): the popup is opened many times in between,
 * and judging ten thousand rows took it most of the worker's answer.
 */
let judged: { rows: ReviewRow[]; allAt: number | undefined; from: number; until: number; list: FlaggedRow[] } | undefined;

/** Every flagged account, highest value at risk first, with its review status at `now`. Shared: not to be changed. */
export async function flaggedRows(now: number): Promise<FlaggedRow[]> {
  const [rows, all] = await Promise.all([rowsNow(), getReviewedAll()]);
  if (judged && judged.rows === rows && judged.allAt === all?.at && now >= judged.from && now < judged.until) return judged.list;
  const list = rows
    .filter((r) => isFlagged(r.level))
    .sort((a, b) => b.valueAtRisk - a.valueAtRisk)
    .map((r) => toFlagged(r, reviewStatus(r, all?.at, now), roseBy(r, now)));
  judged = { rows, allAt: all?.at, from: now, until: Math.min(nextWake(rows, now) ?? Infinity, (Math.floor(now / DAY) + 1) * DAY), list };
  return list;
}

function toFlagged(r: ReviewRow, status: FlaggedRow['status'], rose: boolean): FlaggedRow {
  return {
    key: r.account, name: r.name, level: r.level, risk: r.risk, valueAtRisk: r.valueAtRisk, at: r.at, site: r.site, status,
    ...(rose ? { rose: true } : {}),
    ...(r.url ? { url: r.url } : {}),
    ...(r.cause ? { cause: r.cause } : {}),
    ...(r.owner ? { owner: r.owner } : {}),
    ...(r.snoozedUntil !== undefined && status === 'snoozed' ? { snoozedUntil: r.snoozedUntil } : {}),
    ...(r.verdict ? { verdict: r.verdict } : {}),
  };
}

export async function newCount(now: number): Promise<number> {
  const [rows, all] = await Promise.all([rowsNow(), getReviewedAll()]);
  return countNew(rows, all?.at, now);
}

async function paintBadge(): Promise<void> {
  const now = Date.now();
  const [rows, all, lang] = await Promise.all([rowsNow(), getReviewedAll(), workerLang()]);
  const n = countNew(rows, all?.at, now);
  await chrome.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await chrome.action.setBadgeText({ text: badgeText(n) });
  await chrome.action.setTitle({ title: n ? t(lang, 'review_badge_title', n) : t(lang, 'action_title') });
  const wake = nextWake(rows, now);
  if (wake === undefined) await chrome.alarms.clear(WAKE_ALARM);
  else await chrome.alarms.create(WAKE_ALARM, { when: wake });
}

let painting: Promise<void> | null = null;
let again = false;

/**
 * Recount and paint the toolbar badge. Calls that come while one runs make one more run after it,
 * so a burst of scorings (a long list read in batches) costs two counts, not one per batch.
 */
export function refreshBadge(): Promise<void> {
  if (painting) {
    again = true;
    return painting;
  }
  painting = (async () => {
    try {
      do {
        again = false;
        await paintBadge();
      } while (again);
    } catch (e) {
      console.warn('[ChurnLens] the toolbar count was not updated', e);
    } finally {
      painting = null;
    }
  })();
  return painting;
}
