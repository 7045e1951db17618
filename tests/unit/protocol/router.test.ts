import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { parseMessage } from '../../../src/messages';
import { createRouter } from '../../../src/background/router';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT}/`;
const contentSender = (url = 'http://127.0.0.1:5178/accounts/acc-0001') => ({ id: EXT, url, tab: { id: 7 } as never });
const pageSender = { id: EXT, url: `${ORIGIN}src/popup/index.html` };

const record = (over: Record<string, unknown> = {}) => ({
  type: 'page:record',
  url: 'http://127.0.0.1:5178/accounts/acc-0001',
  read: { key: 'demo:acc-0001', name: 'Northwind', fields: { nps: { raw: '7', num: 7 } }, interactions: [], problems: [] },
  ...over,
});

describe('message validation', () => {
  it('accepts a well-formed page read', () => {
    expect(parseMessage(record()).ok).toBe(true);
  });
  it('names the path of what is wrong', () => {
    const r = parseMessage(record({ read: { key: 'demo:1', name: 'x', fields: { nps: { raw: 7 } }, interactions: [], problems: [] } }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('read.fields.nps.raw');
  });
  it('rejects unknown types, non-objects and oversized names', () => {
    expect(parseMessage({ type: 'account:delete-everything' }).ok).toBe(false);
    expect(parseMessage('page:record').ok).toBe(false);
    expect(parseMessage(null).ok).toBe(false);
    const big = record();
    (big.read as { name: string }).name = 'x'.repeat(10_000);
    expect(parseMessage(big).ok).toBe(false);
  });
  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.anything(), (x) => typeof parseMessage(x).ok === 'boolean'));
  });
  it('rejects thresholds that do not rise', () => {
    const msg = { type: 'settings:set', settings: { lang: 'en', thresholds: { medium: 60, high: 50, critical: 80 }, competitors: [] } };
    expect(parseMessage(msg).ok).toBe(false);
  });
});

describe('router', () => {
  const handler = vi.fn(async () => ({ key: 'demo:acc-0001', level: 'low', risk: 10, label: 'Low', title: '' }));
  const route = createRouter({ 'page:record': handler as never, 'flagged:list': async () => [] }, EXT, ORIGIN);

  it('routes a valid message from an allowed sender', async () => {
    handler.mockClear();
    const res = await route(record(), contentSender());
    expect(res.ok).toBe(true);
    expect(handler).toHaveBeenCalledOnce();
  });
  it('refuses a content script speaking for another origin', async () => {
    handler.mockClear();
    const res = await route(record(), contentSender('https://evil.example/'));
    expect(res).toMatchObject({ ok: false });
    expect(handler).not.toHaveBeenCalled();
  });
  it('refuses manager-only requests from a content script', async () => {
    const res = await route({ type: 'flagged:list' }, contentSender());
    expect(res).toMatchObject({ ok: false, error: expect.stringContaining('not accepted from content') });
  });
  it('refuses other extensions and malformed messages', async () => {
    expect((await route({ type: 'flagged:list' }, { ...pageSender, id: 'other' })).ok).toBe(false);
    expect((await route({ type: 'page:record', url: 'nope' }, contentSender())).ok).toBe(false);
    expect((await route({ type: 'flagged:list' }, pageSender)).ok).toBe(true);
  });
  it('turns a handler failure into an error result', async () => {
    const failing = createRouter({ 'flagged:list': async () => { throw new Error('disk full'); } }, EXT, ORIGIN);
    expect(await failing({ type: 'flagged:list' }, pageSender)).toEqual({ ok: false, error: 'disk full' });
  });
});

describe('task messages', () => {
  const add = (over: Record<string, unknown> = {}) => ({
    type: 'task:add', key: 'demo:acc-0001', title: '  Call the sponsor  ', due: '2026-12-01', action: 'act_price_roi', cause: 'price', ...over,
  });
  it('accept a task with a real day and trim its title', () => {
    const r = parseMessage(add());
    expect(r.ok && r.message.type === 'task:add' && r.message.title).toBe('Call the sponsor');
    expect(parseMessage(add({ due: '2028-02-29', action: undefined, cause: undefined })).ok).toBe(true);
  });
  it('refuse days that do not exist or are not days, empty titles and unknown causes', () => {
    for (const due of ['2026-02-30', '2026-13-01', '2026-1-5', '01/12/2026', '2026-12-01T00:00', '', 20261201]) {
      const r = parseMessage(add({ due }));
      expect(r.ok, String(due)).toBe(false);
      if (!r.ok) expect(r.error).toContain('due');
    }
    expect(parseMessage(add({ title: '   ' })).ok).toBe(false);
    expect(parseMessage(add({ title: 'x'.repeat(301) })).ok).toBe(false);
    expect(parseMessage(add({ cause: 'boredom' })).ok).toBe(false);
    expect(parseMessage(add({ key: 'no-colon' })).ok).toBe(false);
  });
  it('task:done needs an id and a yes/no; task:list takes nothing else', () => {
    expect(parseMessage({ type: 'task:done', id: 'abc', done: true }).ok).toBe(true);
    expect(parseMessage({ type: 'task:done', id: 'abc', done: 'yes' }).ok).toBe(false);
    expect(parseMessage({ type: 'task:done', done: false }).ok).toBe(false);
    expect(parseMessage({ type: 'task:list' }).ok).toBe(true);
  });
  it('are accepted from extension pages only', async () => {
    const list = vi.fn(async () => []);
    const route = createRouter({ 'task:add': (async () => ({})) as never, 'task:list': list }, EXT, ORIGIN);
    expect((await route(add(), pageSender)).ok).toBe(true);
    expect(await route(add(), contentSender())).toMatchObject({ ok: false, error: expect.stringContaining('not accepted from content') });
    expect(await route({ type: 'task:list' }, contentSender())).toMatchObject({ ok: false });
    expect(list).not.toHaveBeenCalled();
  });
});

describe('a content script on a site ChurnLens is not enabled on', () => {
  it('is refused, whatever it sends, while pages of the extension are still heard', async () => {
    const handler = vi.fn(async () => ({ key: 'k', level: 'low', risk: 1, label: 'Low', title: '' }));
    const asked: string[] = [];
    const route = createRouter({ 'page:record': handler } as never, EXT, ORIGIN, async (origin) => (asked.push(origin), false));
    const r = await route(record(), contentSender());
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/not enabled/) });
    expect(handler).not.toHaveBeenCalled();
    expect(asked).toEqual(['http://127.0.0.1:5178']);
    const open = createRouter({ 'page:record': handler } as never, EXT, ORIGIN, async () => true);
    expect((await open(record(), contentSender())).ok).toBe(true);
  });
});

describe('a content script on a site a freshly woken worker has not checked yet', () => {
  it('may open the side panel within its click, and nothing else until the answer is in', async () => {
    const record_ = vi.fn(async () => ({ key: 'k', level: 'low', risk: 1, label: 'Low', title: '' }));
    const open = vi.fn(async () => null);
    const handlers = { 'page:record': record_, 'panel:open': open } as never;
    const pending = createRouter(handlers, EXT, ORIGIN, () => Promise.resolve(false));
    expect((await pending({ type: 'panel:open' }, contentSender())).ok).toBe(true);
    expect((await pending(record(), contentSender())).ok).toBe(false);
    expect(record_).not.toHaveBeenCalled();
    const known = createRouter(handlers, EXT, ORIGIN, () => false);
    expect((await known({ type: 'panel:open' }, contentSender())).ok).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
  });
});
