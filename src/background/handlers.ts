/** One handler per message type; the router has already validated shape and sender. */
import browser from 'webextension-polyfill';
import type { Note, Task } from '../core/types';
import { requestTab } from './request-tab';
import { resolveLang, t } from '../i18n/t';
import { clearAll } from '../storage/db';
import { nameKey } from '../adapters/name-key';
import { accountsByKey, loadHistory, mergeAccount, recordReads, resolveKeys } from '../storage/history';
import { addNote, getNote, markWrittenBack } from '../storage/notes';
import { addTask, openTasks, setTaskDone, tasksOf } from '../storage/tasks';
import { getScore } from '../storage/scores';
import { trendDays } from '../storage/score-days';
import { deleteRecipe, getRecipe, importRecipes, listRecipes, saveRecipe } from '../storage/recipes';
import { getSettings, putSettings } from '../storage/settings';
import { toBadge } from './badges';
import { flaggedRows, refreshBadge } from './review';
import type { Handlers } from './router';
import { engineSettings, rescore, rescoreAll } from './scoring';
import { enableSite } from './sites';
import { scheduleRetrain } from './training';
import { getTabAccount, setTabAccount } from './tab-accounts';
import { openSidePanel } from '../ui/side-panel';

const currentLang = async () => resolveLang((await getSettings()).lang, chrome.i18n.getUILanguage());

/** Tell open extension pages that what they show may have changed (none open is fine); the toolbar count follows. */
export function announce(key?: string): void {
  browser.runtime.sendMessage({ type: 'account:changed', ...(key ? { key } : {}) }).catch(() => {});
  void refreshBadge();
}

/**
 * Tell every page's content script its badges are stale (new thresholds, a retrained model,
 * cleared data). Tabs without ChurnLens refuse the message, which is fine.
 */
export async function refreshBadges(): Promise<void> {
  for (const tab of await chrome.tabs.query({})) {
    if (tab.id !== undefined) chrome.tabs.sendMessage(tab.id, { type: 'badges:refresh' }).catch(() => {});
  }
}

export const handlers: Handlers = {
  async 'page:record'(msg, sender) {
    const now = Date.now();
    // A list may have shown this account by name only; now that its id is known, its history moves.
    if (!msg.read.key.startsWith('name:') && msg.read.name) {
      await mergeAccount(nameKey(new URL(msg.url).origin, msg.read.name), msg.read.key);
    }
    await recordReads([{ ...msg.read, url: msg.url }], now);
    const [score] = await rescore([msg.read.key], now);
    if (msg.read.fields.status) scheduleRetrain();
    if (sender.tabId !== undefined) await setTabAccount(sender.tabId, msg.read.key);
    announce(msg.read.key);
    return toBadge(score, await currentLang());
  },

  /** Badges come back in the order of the rows sent, so a row keyed by name finds its badge. */
  async 'page:list'(msg, sender) {
    const now = Date.now();
    const origin = new URL(msg.url).origin;
    // A row's link is trusted only within the page's own origin.
    const sameOrigin = (u?: string) => (u && new URL(u).origin === origin ? u : undefined);
    const keys = await resolveKeys(msg.rows.map((r) => r.key));
    await recordReads(
      msg.rows.map((r, i) => ({ key: keys[i], name: r.name, url: sameOrigin(r.url), fields: r.fields ?? {}, interactions: [] })),
      now,
    );
    const scores = await rescore(keys, now);
    if (msg.rows.some((r) => r.fields?.status)) scheduleRetrain();
    if (sender.tabId !== undefined) await setTabAccount(sender.tabId, null);
    announce();
    const lang = await currentLang();
    return scores.map((s) => toBadge(s, lang));
  },

  async 'panel:open'(_msg, sender) {
    if (sender.tabId !== undefined) await openSidePanel(sender.tabId);
    return null;
  },

  async 'account:view'(msg) {
    const h = await loadHistory(msg.key);
    if (!h) return null;
    return { ...h, tasks: await tasksOf(msg.key), score: (await getScore(msg.key)) ?? null, scoreDays: await trendDays(msg.key, Date.now()) };
  },

  async 'tab:account'(msg) {
    return { key: await getTabAccount(msg.tabId) };
  },

  async 'flagged:list'() {
    return flaggedRows(Date.now());
  },

  async 'note:add'(msg) {
    const note: Note = { id: crypto.randomUUID(), account: msg.key, at: Date.now(), text: msg.text, cause: msg.cause };
    await addNote(note);
    await rescore([msg.key], note.at);
    announce(msg.key);
    return note;
  },

  async 'note:write'(msg) {
    const note = await getNote(msg.noteId);
    const lang = await currentLang();
    if (!note) throw new Error(t(lang, 'error_note_gone'));
    const text = `${note.text}\n— ${t(lang, 'note_written_by', new Date(note.at).toISOString().slice(0, 10))}`;
    const { filled, missing } = await requestTab(msg.tabId, { type: 'note:fill', text });
    // A form left open for the user to finish is not written back until they save it. The tab's
    // answer is the page's word: only short strings are passed on.
    const left = Array.isArray(missing) ? missing.slice(0, 10).map((m) => String(m).slice(0, 60)) : [];
    if (left.length) return { written: false, missing: left };
    if (filled === true) {
      await markWrittenBack(note.id, Date.now());
      announce(note.account);
    }
    return { written: filled === true };
  },

  async 'task:add'(msg) {
    const task: Task = {
      id: crypto.randomUUID(), account: msg.key, title: msg.title, due: msg.due, status: 'open', createdAt: Date.now(),
      ...(msg.action ? { action: msg.action } : {}), ...(msg.cause ? { cause: msg.cause } : {}),
    };
    await addTask(task);
    announce(msg.key);
    return task;
  },

  async 'task:done'(msg) {
    const task = await setTaskDone(msg.id, msg.done, Date.now());
    if (!task) throw new Error(t(await currentLang(), 'error_task_gone'));
    announce(task.account);
    return task;
  },

  async 'task:list'() {
    const tasks = await openTasks();
    const accounts = await accountsByKey(tasks.map((x) => x.account));
    return tasks.map((task) => {
      const acc = accounts.get(task.account);
      return { ...task, accountName: acc?.name ?? task.account, ...(acc?.url ? { accountUrl: acc.url } : {}) };
    });
  },

  async 'settings:get'() {
    return getSettings();
  },

  async 'settings:set'(msg) {
    const before = engineSettings(await getSettings());
    await putSettings(msg.settings);
    // Only what the engine reads changes scores; a new language or name needs new labels, not a rescore.
    if (JSON.stringify(engineSettings(msg.settings)) !== JSON.stringify(before)) await rescoreAll(Date.now());
    announce();
    await refreshBadges();
    return msg.settings;
  },

  async 'site:enable'(msg) {
    await enableSite(msg.origin, msg.tabId, await currentLang());
    return null;
  },

  async 'recipe:save'(msg) {
    await saveRecipe(msg.recipe);
    return msg.recipe;
  },

  async 'recipe:get'(msg) {
    return getRecipe(msg.origin);
  },

  async 'recipe:list'() {
    return listRecipes();
  },

  async 'recipe:import'(msg) {
    await importRecipes(msg.recipes);
    return { imported: msg.recipes.length };
  },

  async 'recipe:delete'(msg) {
    await deleteRecipe(msg.origin);
    return null;
  },

  async 'data:clear'() {
    await clearAll();
    announce();
    await refreshBadges();
    return null;
  },
};
