/** The manager's review and people's verdicts: handlers for the popup's and side panel's clicks. */
import { rankOf } from '../core/review';
import { RISK_LEVELS, type Verdict } from '../core/types';
import { getReviewedAll, setReview, setReviewedAll } from '../storage/reviews';
import { getScore } from '../storage/scores';
import { addVerdict, verdictsOf } from '../storage/verdicts';
import { announce, refreshBadges } from './handlers';
import { encodeRows, headOf } from '../protocol/review-list';
import { t } from '../i18n/t';
import { flaggedRows, newCount, userName, workerLang } from './review';
import type { Handlers } from './router';
import { lastAnswer } from '../core/last-answer';
import { rescore } from './scoring';

const DAY = 86_400_000;

// The same list gets the same answers: the popup asks for both at every opening.
const listAnswer = lastAnswer(encodeRows);
const headAnswer = lastAnswer(headOf);

async function reviewState(now: number) {
  const all = await getReviewedAll();
  return { reviewedAll: all ?? null, newCount: await newCount(now) };
}

export const reviewHandlers: Handlers = {
  async 'review:set'(msg) {
    const now = Date.now();
    const snooze = msg.snoozeDays === undefined ? {} : { snoozedUntil: msg.snoozeDays ? now + msg.snoozeDays * DAY : null };
    const changed = await setReview(msg.keys, { reviewedAt: now, ...snooze }, await userName());
    announce();
    return { changed };
  },

  async 'review:all'() {
    const now = Date.now();
    await setReviewedAll({ at: now, by: await userName() });
    announce();
    return reviewState(now);
  },

  async 'review:state'() {
    return reviewState(Date.now());
  },

  async 'review:list'() {
    return listAnswer(await flaggedRows(Date.now()));
  },

  async 'review:head'(msg) {
    return headAnswer(await flaggedRows(Date.now()), msg.first);
  },

  async 'verdict:add'(msg) {
    const now = Date.now();
    const score = await getScore(msg.key);
    if (!score) throw new Error(t(await workerLang(), 'verdict_no_account'));
    // "Not a risk" holds until the computed level rises above the one it was said at.
    const computed = score.computedLevel ?? score.level;
    const level = msg.kind === 'override' ? msg.level : msg.kind === 'not_risk' ? RISK_LEVELS[rankOf(computed)] : undefined;
    const by = await userName();
    const verdict: Verdict = {
      id: crypto.randomUUID(), account: msg.key, kind: msg.kind, by, at: now,
      ...(level ? { level } : {}), ...(msg.reason ? { reason: msg.reason } : {}),
    };
    await addVerdict(verdict);
    await rescore([msg.key], now);
    // Giving a verdict is looking at the account: it is not news on the toolbar afterwards.
    await setReview([msg.key], { reviewedAt: now }, by);
    announce(msg.key);
    await refreshBadges();
    return verdict;
  },

  async 'verdict:list'(msg) {
    return verdictsOf(msg.key);
  },
};
