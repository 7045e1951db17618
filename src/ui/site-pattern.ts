/**
 * One CRM site as the browser's permissions know it. Firefox's match patterns take no port (one
 * with a port is accepted, then matches no page), so there a site is its scheme and host on every
 * port; Chromium's keep the origin's port. The browser is fixed at build time (vite.config.ts).
 */
export function siteOf(origin: string): string {
  if (import.meta.env.CHURNLENS_TARGET !== 'firefox') return origin;
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}`;
}

/** The match pattern that grants, and runs ChurnLens on, the site of `origin`. */
export const sitePattern = (origin: string) => `${siteOf(origin)}/*`;
