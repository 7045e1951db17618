/**
 * What the popup shows, asked for when its script loads, beside the settings request that picks
 * its language: the first paint waits for one round trip to the worker, not two.
 */
import { request } from '../messaging';

export const ask = () => ({
  rows: request({ type: 'flagged:list' }),
  tasks: request({ type: 'task:list' }),
  review: request({ type: 'review:state' }),
});

export const firstAsk = ask();
