/**
 * Which account each tab shows. Kept in session storage because the worker may be stopped at any
 * time while the side panel still asks about the tab it sits beside.
 */
const keyOf = (tabId: number) => `tab:${tabId}`;

export async function setTabAccount(tabId: number, key: string | null): Promise<void> {
  await chrome.storage.session.set({ [keyOf(tabId)]: key });
}

export async function getTabAccount(tabId: number): Promise<string | null> {
  const got = await chrome.storage.session.get(keyOf(tabId));
  return (got[keyOf(tabId)] as string | null | undefined) ?? null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await chrome.storage.session.remove(keyOf(tabId));
}
