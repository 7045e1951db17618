import { describe, expect, it, vi } from 'vitest';

// sites.ts listens for permission changes when loaded; the test needs only its pattern check.
vi.stubGlobal('chrome', { permissions: { onAdded: { addListener() {} }, onRemoved: { addListener() {} } }, runtime: { getManifest: () => ({}) } });
const { coversOrigin } = await import('../../../src/background/sites');

describe('match patterns against origins', () => {
  it('ignores ports, as Chrome does, and keeps schemes and hosts apart', () => {
    expect(coversOrigin('http://127.0.0.1/*', 'http://127.0.0.1:5178')).toBe(true);
    expect(coversOrigin('http://127.0.0.1/*', 'https://127.0.0.1')).toBe(false);
    expect(coversOrigin('http://127.0.0.1/*', 'http://localhost:5178')).toBe(false);
    expect(coversOrigin('https://*.example.com/*', 'https://crm.example.com')).toBe(true);
    expect(coversOrigin('https://*.example.com/*', 'https://example.com')).toBe(true);
    expect(coversOrigin('https://*.example.com/*', 'https://badexample.com')).toBe(false);
    expect(coversOrigin('*://crm.example/*', 'http://crm.example')).toBe(true);
    expect(coversOrigin('not a pattern', 'http://crm.example')).toBe(false);
  });
});
