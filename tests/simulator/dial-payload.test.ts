import { describe, expect, it } from 'vitest';
import { type CrmRecord, crmRecords, findRecord } from '../../src/simulator/contacts';
import { dialNumberData } from '../../src/simulator/dial-payload';
import { portal } from '../../src/simulator/portal';

const at = 1767225600000;

function record(key: string): CrmRecord {
  const found = findRecord(key);
  if (!found) throw new Error(`no fixture ${key}`);
  return found;
}

function phone(target: CrmRecord, name: string) {
  const found = target.phones.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no ${name} on ${target.key}`);
  return found;
}

describe('dialNumberData', () => {
  it('dials a contact as HubSpot does from its record page', () => {
    const emily = record('contact-us');
    expect(dialNumberData(emily, phone(emily, 'phone'), at)).toEqual({
      phoneNumber: '(410) 793-4326',
      phone_number: '(410) 793-4326',
      ownerId: portal.ownerId,
      subjectId: emily.objectId,
      objectId: emily.objectId,
      objectType: 'CONTACT',
      portalId: portal.portalId,
      countryCode: 'US',
      calleeInfo: { calleeId: emily.objectId, calleeObjectTypeId: '0-1' },
      startTimestamp: at,
      toPhoneNumberSrc: 'phone',
      threadId: 0,
    });
  });

  it('says which phone property was clicked', () => {
    const emily = record('contact-us');
    const data = dialNumberData(emily, phone(emily, 'mobilephone'), at);
    expect(data.toPhoneNumberSrc).toBe('mobilephone');
    expect(data.phoneNumber).toBe('(443) 555-0148');
  });

  it('dials a company as a COMPANY with callee type 0-2', () => {
    const company = record('company-ch');
    const data = dialNumberData(company, phone(company, 'phone'), at);
    expect(data.objectType).toBe('COMPANY');
    expect(data.calleeInfo).toEqual({ calleeId: company.objectId, calleeObjectTypeId: '0-2' });
    expect(data.countryCode).toBe('CH');
  });

  it('dials from a ticket with objectId 0 and no objectType key at all', () => {
    const ticket = record('ticket');
    const data = dialNumberData(ticket, phone(ticket, 'phone'), at);
    expect(data.objectId).toBe(0);
    expect(data.subjectId).toBe(0);
    expect('objectType' in data).toBe(false);
    expect(data.calleeInfo).toEqual({
      calleeId: ticket.callee.objectId,
      calleeObjectTypeId: '0-1',
    });
  });

  it('sends numbers as people stored them, with the record country', () => {
    const sent = crmRecords.flatMap((target) =>
      target.phones.map((number) => {
        const data = dialNumberData(target, number, at);
        return [data.phoneNumber, data.countryCode];
      }),
    );
    expect(sent).toEqual(
      expect.arrayContaining([
        ['+33 1 23 45 67 89', 'FR'],
        ['+84 988 888 888', 'VN'],
        ['+81 3-1234-5678', 'JP'],
      ]),
    );
  });

  it('survives postMessage unchanged (structured clone keeps the shape)', () => {
    for (const target of crmRecords) {
      for (const number of target.phones) {
        const data = dialNumberData(target, number, at);
        expect(structuredClone(data)).toStrictEqual(data);
      }
    }
  });
});

describe('dialNumberData for a typed number', () => {
  it('sends the text exactly as typed, with the open record and no phone property', () => {
    const emily = record('contact-us');
    const data = dialNumberData(emily, { typed: ' call me maybe ' }, at);
    expect(data.phoneNumber).toBe(' call me maybe ');
    expect(data.phone_number).toBe(' call me maybe ');
    expect(data.objectId).toBe(emily.objectId);
    expect(data.countryCode).toBe('US');
    expect('toPhoneNumberSrc' in data).toBe(false);
  });
});
