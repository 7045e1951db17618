/**
 * src/messaging.ts in Node: Chrome's messaging cannot run here, so `chrome` is a stand-in that
 * answers the way Chrome does (a Result, nothing, or a refusal) in a browser of a given language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { request } from '../../../src/messaging';
import { requestTab } from '../../../src/background/request-tab';
import { t } from '../../../src/i18n/t';

type Answer = () => Promise<unknown>;

function browserIn(uiLanguage: string, answer: Answer): void {
  (globalThis as { chrome?: unknown }).chrome = {
    i18n: { getUILanguage: () => uiLanguage },
    runtime: { sendMessage: answer },
    tabs: { sendMessage: answer },
  };
}

const REFUSED = 'Could not establish connection. Receiving end does not exist.';
const refuse: Answer = () => Promise.reject(new Error(REFUSED));
const silent: Answer = () => Promise.resolve(undefined);

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('messaging errors come in the user’s language', () => {
  it('says the worker did not answer, in Chinese in a Chinese browser', async () => {
    browserIn('zh-CN', silent);
    await expect(request({ type: 'settings:get' })).rejects.toThrow(t('zh_CN', 'error_no_answer', 'settings:get'));
    browserIn('zh-TW', refuse);
    await expect(request({ type: 'settings:get' })).rejects.toThrow(t('zh_CN', 'error_no_answer', 'settings:get'));
  });

  it('says it in English elsewhere, and keeps Chrome’s own refusal as the cause', async () => {
    browserIn('fr-FR', refuse);
    const err = await request({ type: 'settings:get' }).catch((e: Error) => e);
    expect((err as Error).message).toBe(t('en', 'error_no_answer', 'settings:get'));
    expect(((err as Error).cause as Error).message).toBe(REFUSED);
  });

  it('says a tab did not answer when no content script listens there', async () => {
    browserIn('zh-CN', refuse);
    await expect(requestTab(7, { type: 'badges:refresh' })).rejects.toThrow(t('zh_CN', 'error_tab_no_answer', 'badges:refresh'));
    browserIn('en-GB', silent);
    await expect(requestTab(7, { type: 'badges:refresh' })).rejects.toThrow(t('en', 'error_tab_no_answer', 'badges:refresh'));
  });

  it('passes the worker’s own error through unchanged, and data when it succeeds', async () => {
    browserIn('en-US', () => Promise.resolve({ ok: false, error: '阈值必须递增' }));
    await expect(request({ type: 'settings:get' })).rejects.toThrow(/^阈值必须递增$/);
    browserIn('zh-CN', () => Promise.resolve({ ok: true, data: { filled: true } }));
    await expect(requestTab(7, { type: 'note:fill', text: 'x' })).resolves.toEqual({ filled: true });
  });

  it('the two languages really differ, so each check above tells them apart', () => {
    expect(t('zh_CN', 'error_no_answer', 'x')).not.toBe(t('en', 'error_no_answer', 'x'));
    expect(t('zh_CN', 'error_tab_no_answer', 'x')).not.toBe(t('en', 'error_tab_no_answer', 'x'));
  });
});
