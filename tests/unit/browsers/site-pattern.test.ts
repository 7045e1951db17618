/**
 * The pattern "Enable on this site" asks for and the worker registers the content script under.
 * Firefox accepts a pattern with a port and then matches no page with it (the site would be
 * granted and never read), so its build asks for the host; Chromium's keeps the port.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteOf, sitePattern } from '../../../src/ui/site-pattern';

afterEach(() => vi.unstubAllEnvs());

describe('a CRM site as the browser grants it', () => {
  it('in Chromium, keeps the origin whole, port included', () => {
    vi.stubEnv('CHURNLENS_TARGET', 'chromium');
    expect(sitePattern('http://crm.example:8069')).toBe('http://crm.example:8069/*');
    expect(sitePattern('https://acme.my.salesforce.com')).toBe('https://acme.my.salesforce.com/*');
  });

  it('in Firefox, drops the port: the host on every port', () => {
    vi.stubEnv('CHURNLENS_TARGET', 'firefox');
    expect(sitePattern('http://crm.example:8069')).toBe('http://crm.example/*');
    expect(siteOf('http://crm.example:8069')).toBe('http://crm.example');
    expect(sitePattern('https://acme.my.salesforce.com')).toBe('https://acme.my.salesforce.com/*');
  });
});
