import { describe, expect, it } from 'vitest';
import { demoDirectory, findDemoListing } from '../../src/mocks/demo-directory';

describe('demoDirectory', () => {
  it('writes each number as a person would type it, with the same digits', () => {
    for (const listing of demoDirectory) {
      expect(listing.written.replace(/\D/g, '')).toBe(listing.number.slice(1));
      expect(listing.written).toMatch(/^\+\d[\d -]+\d$/);
    }
  });

  it('lists the network failure the README promises for +1 202-555-0104', () => {
    expect(findDemoListing('12025550104')).toMatchObject({
      written: '+1 202-555-0104',
      answer: { kind: 'networkError' },
    });
  });
});
