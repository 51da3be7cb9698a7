import { describe, expect, it } from 'vitest';
import { callLinkFor, careSoftLoginLinkFor } from '../../src/handoff/call-link';
import { defaultCareSoft } from '../../src/settings/settings';

const call = { id: '0123456789', toE164: '+84988888888', from: null };
const careSoft = { ...defaultCareSoft, domain: 'test', token: '123456' };

describe('callLinkFor', () => {
  it('dials E.164 with OpenPhone', () => {
    expect(callLinkFor(call, 'openPhone', { autoDial: true, careSoft })).toEqual({
      kind: 'ready',
      href: 'openphone://dial?number=%2B84988888888&action=call',
      appName: 'OpenPhone',
      action: 'callOpenPhone',
    });
  });

  it("passes the agent's auto-dial setting to OpenPhone: off only prefills the dialer", () => {
    expect(callLinkFor(call, 'openPhone', { autoDial: false, careSoft })).toMatchObject({
      href: 'openphone://dial?number=%2B84988888888',
    });
  });

  it("dials a number of the account's country in national form with CsCall, with our call id as tempId", () => {
    expect(callLinkFor(call, 'careSoft', { autoDial: true, careSoft })).toEqual({
      kind: 'ready',
      href: 'https://mapi.caresoft.vn/call?phone=0988888888&appToken=123456&tempId=0123456789',
      appName: 'CsCall',
      action: 'callCsCall',
      dials: '0988888888',
    });
  });

  it("makes the document's page.link example for an agent who chose CareSoft's documented link", () => {
    const wrapped = { ...careSoft, linkMode: 'dynamic-link' as const };
    expect(callLinkFor(call, 'careSoft', { autoDial: true, careSoft: wrapped })).toMatchObject({
      href: 'https://caresoftcall.page.link/?link=https%3A%2F%2Fmapi.caresoft.vn%2Fcall%3Fphone%3D0988888888%26appToken%3D123456%26tempId%3D0123456789&apn=com.caresoft.caresoftcall&isi=6447892382&ibi=com.caresoft.caresoftcall&efr=1',
    });
  });

  it.each([
    ['the US', '+14107934326', '0014107934326'],
    ['France', '+33123456789', '0033123456789'],
    ['Japan', '+81312345678', '0081312345678'],
  ])(
    'keeps the country code of a contact in %s (%s), so CsCall never dials it as a Vietnamese number',
    (_, toE164, dials) => {
      const link = callLinkFor({ ...call, toE164 }, 'careSoft', { autoDial: true, careSoft });
      expect(link).toMatchObject({
        href: `https://mapi.caresoft.vn/call?phone=${dials}&appToken=123456&tempId=0123456789`,
        dials,
      });
    },
  );

  it('writes numbers abroad with + when the agent says CsCall takes that form', () => {
    const plus = { ...careSoft, internationalPrefix: '+' as const };
    expect(
      callLinkFor({ ...call, toE164: '+14107934326' }, 'careSoft', {
        autoDial: true,
        careSoft: plus,
      }),
    ).toMatchObject({
      href: 'https://mapi.caresoft.vn/call?phone=%2B14107934326&appToken=123456&tempId=0123456789',
      dials: '+14107934326',
    });
  });

  it("dials the numbers of the account's own country in national form, whichever it is", () => {
    const france = { ...careSoft, country: 'FR' };
    const options = { autoDial: true, careSoft: france };
    expect(callLinkFor({ ...call, toE164: '+33123456789' }, 'careSoft', options)).toMatchObject({
      dials: '0123456789',
    });
    expect(callLinkFor(call, 'careSoft', options)).toMatchObject({ dials: '0084988888888' });
  });

  it('asks for a token before calling with CsCall', () => {
    expect(callLinkFor(call, 'careSoft', { autoDial: true, careSoft: defaultCareSoft })).toEqual({
      kind: 'refused',
      problem: { code: 'link.problem.careSoftNeedsToken' },
    });
  });

  it('turns a builder refusal into a message, never a link', () => {
    const link = callLinkFor(call, 'careSoft', {
      autoDial: true,
      careSoft: { ...careSoft, token: 'has space' },
    });
    expect(link.kind).toBe('refused');
  });
});

describe('careSoftLoginLinkFor', () => {
  it('makes the direct login link for an agent who never chose a link type', () => {
    expect(careSoftLoginLinkFor(careSoft)).toMatchObject({
      kind: 'ready',
      href: 'https://mapi.caresoft.vn/dangnhap?appToken=123456&appDomain=test',
    });
  });

  it("makes the document's login example for an agent who chose CareSoft's documented link", () => {
    expect(careSoftLoginLinkFor({ ...careSoft, linkMode: 'dynamic-link' })).toMatchObject({
      kind: 'ready',
      href: 'https://caresoftcall.page.link/?link=https%3A%2F%2Fmapi.caresoft.vn%2Fdangnhap%3FappToken%3D123456%26appDomain%3Dtest&apn=com.caresoft.caresoftcall&isi=6447892382&ibi=com.caresoft.caresoftcall&efr=1',
    });
  });

  it('refuses a domain that is not a plain name', () => {
    expect(careSoftLoginLinkFor({ ...careSoft, domain: 'test/evil' }).kind).toBe('refused');
  });
});
