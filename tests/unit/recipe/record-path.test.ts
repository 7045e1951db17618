import { describe, expect, it } from 'vitest';
import { deriveRecordPath } from '../../../src/content/picker/record-path';

/** The pattern must match the page it came from, capture that page's id, and match its siblings. */
function check(path: string, id: string, sibling: string, siblingId: string) {
  const p = deriveRecordPath(path);
  expect(p, path).not.toBeNull();
  const re = new RegExp(p!);
  expect(re.exec(path)?.[1]).toBe(id);
  expect(re.exec(sibling)?.[1]).toBe(siblingId);
  return re;
}

describe('record id pattern from the address', () => {
  it('captures a numeric segment and keeps the rest literal', () => {
    const re = check('/customers/123', '123', '/customers/98765/', '98765');
    expect(re.test('/orders/123')).toBe(false);
    expect(re.test('/customers/123/contacts')).toBe(false);
  });

  it('captures a uuid, a hex id and a Salesforce-style id before a trailing view segment', () => {
    check('/c/3f2504e0-4f89-11d3-9a0c-0305e82c3301/edit', '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      '/c/8c2504e0-4f89-11d3-9a0c-0305e82c33ff/edit', '8c2504e0-4f89-11d3-9a0c-0305e82c33ff');
    check('/deals/5f8a9c0e1b2d', '5f8a9c0e1b2d', '/deals/aa01bb02cc03', 'aa01bb02cc03');
    check('/lightning/r/Account/001Dn00000AbCdE/view', '001Dn00000AbCdE', '/lightning/r/Account/001Dn00000XyZzY/view', '001Dn00000XyZzY');
  });

  it('takes a whole dashed id segment, and an id inside a file name', () => {
    check('/accounts/acc-0003', 'acc-0003', '/accounts/acc-0117', 'acc-0117');
    const re = check('/taught/customer-881234.html', '881234', '/taught/customer-5.html', '5');
    expect(re.test('/taught/customer-881234xhtml')).toBe(false);
  });

  it('prefers the last whole id segment over one in an earlier segment', () => {
    check('/org/42/customers/77', '77', '/org/42/customers/8', '8');
  });

  it('finds nothing in addresses made of words', () => {
    expect(deriveRecordPath('/customers/list')).toBeNull();
    expect(deriveRecordPath('/')).toBeNull();
    expect(deriveRecordPath('/taught/list.html')).toBeNull();
    expect(deriveRecordPath('/app/v2/home')).toBeNull();
  });

  it('escapes characters that mean something in a pattern', () => {
    const re = check('/a+b/(x)/123', '123', '/a+b/(x)/9', '9');
    expect(re.test('/aab/(x)/9')).toBe(false);
  });
});
