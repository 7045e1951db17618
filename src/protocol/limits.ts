/** Bounds keep a hostile page from pushing megabytes through the worker into IndexedDB. */
export const LIMITS = { name: 500, raw: 2000, label: 200, text: 5000, fields: 200, interactions: 2000, rows: 5000 } as const;
