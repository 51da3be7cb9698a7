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
      action: 'Call with OpenPhone',
    });
  });

  it("passes the agent's auto-dial setting to OpenPhone: off only prefills the dialer", () => {
    expect(callLinkFor(call, 'openPhone', { autoDial: false, careSoft })).toMatchObject({
      href: 'openphone://dial?number=%2B84988888888',
    });
  });

  it('dials the national number with CsCall, with our call id as tempId (SPEC §3 example)', () => {
    expect(callLinkFor(call, 'careSoft', { autoDial: true, careSoft })).toMatchObject({
      kind: 'ready',
      href: 'https://caresoftcall.page.link/?link=https%3A%2F%2Fmapi.caresoft.vn%2Fcall%3Fphone%3D0988888888%26appToken%3D123456%26tempId%3D0123456789&apn=com.caresoft.caresoftcall&isi=6447892382&ibi=com.caresoft.caresoftcall&efr=1',
      action: 'Call with CsCall',
    });
  });

  it.each([
    ['+33123456789', '0123456789'],
    ['+14107934326', '4107934326'],
    ['+81312345678', '0312345678'],
  ])('gives CsCall %s as the national %s', (toE164, national) => {
    const link = callLinkFor({ ...call, toE164 }, 'careSoft', {
      autoDial: true,
      careSoft: { ...careSoft, linkMode: 'direct' },
    });
    expect(link).toMatchObject({
      href: `https://mapi.caresoft.vn/call?phone=${national}&appToken=123456&tempId=0123456789`,
    });
  });

  it('asks for a token before calling with CsCall', () => {
    expect(callLinkFor(call, 'careSoft', { autoDial: true, careSoft: defaultCareSoft })).toEqual({
      kind: 'refused',
      message: 'Add your CsCall token in Settings to call with CareSoft.',
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
  it('makes the SPEC §3 login example', () => {
    expect(careSoftLoginLinkFor(careSoft)).toMatchObject({
      kind: 'ready',
      href: 'https://caresoftcall.page.link/?link=https%3A%2F%2Fmapi.caresoft.vn%2Fdangnhap%3FappToken%3D123456%26appDomain%3Dtest&apn=com.caresoft.caresoftcall&isi=6447892382&ibi=com.caresoft.caresoftcall&efr=1',
    });
  });

  it('refuses a domain that is not a plain name', () => {
    expect(careSoftLoginLinkFor({ ...careSoft, domain: 'test/evil' }).kind).toBe('refused');
  });
});
