/**
 * What the popup shows, asked for when its script loads, beside the settings request that picks
 * its language: the first paint waits for one round trip to the worker, not two. The first screen
 * (review:head) comes on its own, small, ahead of the whole list.
 */
import { request } from '../messaging';
import { PAGE } from '../core/review-filter';
import { decodeRows } from '../protocol/review-list';

export const firstHead = request({ type: 'review:head', first: PAGE }).then((h) => ({ ...h, rows: decodeRows(h.rows) }));
export type Head = Awaited<typeof firstHead>;

/** The whole list is asked for once the first screen is in: its encoding would hold the worker up before that. */
export const ask = (after: Promise<unknown> = Promise.resolve()) => ({
  rows: after.then(() => request({ type: 'review:list' })).then(decodeRows),
  tasks: request({ type: 'task:list' }),
  review: request({ type: 'review:state' }),
});

export const firstAsk = ask(firstHead.catch(() => {}));
