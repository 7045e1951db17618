/**
 * What the popup shows, asked for when its script loads, right after the settings request that
 * picks its language (src/ui/mount.tsx): the first paint waits for one round trip to the worker,
 * not two. The first screen (review:head) comes on its own, small, and the page mounts with it.
 */
import { request } from '../messaging';
import { PAGE } from '../core/review-filter';
import { decodeRows } from '../protocol/review-list';

export const firstHead = request({ type: 'review:head', first: PAGE }).then((h) => ({ ...h, rows: decodeRows(h.rows) }));
export type Head = Awaited<typeof firstHead>;

/** The first screen once it is in, for the first render to start from. */
export let headIn: Head | null = null;
firstHead.then((h) => (headIn = h), () => {});

/**
 * The rest is asked for once the first screen is in and painted: the whole list's encoding, the
 * tasks and the review state would hold the worker and the page up before that.
 */
export const ask = (after: Promise<unknown> = Promise.resolve()) => ({
  rows: after.then(() => request({ type: 'review:list' })).then(decodeRows),
  tasks: after.then(() => request({ type: 'task:list' })),
  review: after.then(() => request({ type: 'review:state' })),
});

/**
 * After the frame that shows the first screen: decoding the whole list would hold that frame up. A
 * page out of sight draws no frame, so it waits a tenth of a second at most.
 */
const painted = () => new Promise<void>((done) => {
  requestAnimationFrame(() => setTimeout(done));
  setTimeout(done, 100);
});

export const firstAsk = ask(firstHead.catch(() => {}).then(painted));
