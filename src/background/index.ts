/**
 * The service worker. Listeners are registered synchronously at the top level so a message that
 * wakes a stopped worker is never dropped; all state lives in IndexedDB and session storage.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { announce, handlers, refreshBadges } from './handlers';
import { importHandlers } from './import-handlers';
import { modelHandlers } from './model-handlers';
import { partHandlers } from './part-handlers';
import { siteHandlers } from './site-handlers';
import { refreshBadge, WAKE_ALARM } from './review';
import { reviewHandlers } from './review-handlers';
import { createRouter } from './router';
import { adoptOpenTabs, originsOf, siteEnabled, sitesAdded, syncSites } from './sites';
import { forgetRevoked, noteRevoked } from '../storage/site-data';
import { forgetTab } from './tab-accounts';
import { scoreUnscored } from './heal';
import { RETRAIN_ALARM, retrain } from './training';
import { rescoreAll } from './scoring';
import { keepToolbarForPopup } from '../ui/side-panel';

const route = createRouter({ ...handlers, ...importHandlers, ...siteHandlers, ...reviewHandlers, ...modelHandlers, ...partHandlers }, browser.runtime.id, browser.runtime.getURL(''), siteEnabled);

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => route(msg, sender));
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
chrome.permissions.onRemoved.addListener((p) => {
  void syncSites();
  // Access taken back: the options page offers to delete what was read there.
  void noteRevoked(originsOf(p.origins), Date.now()).then(() => announce()).catch(console.warn);
});
chrome.permissions.onAdded.addListener((p) => {
  void sitesAdded(p.origins ?? []).catch(console.warn);
  for (const o of originsOf(p.origins)) void forgetRevoked(o);
});
void syncSites();
// Accounts saved while a stopped worker was scoring get their scores now (heal.ts).
void scoreUnscored()
  .then(async (n) => {
    if (!n) return;
    announce();
    await refreshBadges();
  })
  .catch(console.warn);
chrome.alarms.onAlarm.addListener(async (alarm) => {
  if (alarm.name !== RETRAIN_ALARM) return;
  const now = Date.now();
  await retrain(now);
  await rescoreAll(now);
  announce();
  await refreshBadges();
});
// A snooze ended: the account is back in the popup and on the toolbar count.
chrome.alarms.onAlarm.addListener((alarm) => alarm.name === WAKE_ALARM && announce());
// The toolbar count is the browser's to forget on restart; an update may bring a database without the review list.
chrome.runtime.onStartup.addListener(() => void refreshBadge());
chrome.runtime.onInstalled.addListener(() => {
  void refreshBadge();
  void adoptOpenTabs().catch(console.warn);
});

// The toolbar button opens the manager's popup; the side panel opens from a badge or the popup.
keepToolbarForPopup();
