import { describe, expect, it } from 'vitest';
import { adminDefaultsFrom } from '../../src/settings/admin-defaults';
import { readPhoneSyncPreset } from '../../src/settings/phone-sync';

describe('readPhoneSyncPreset', () => {
  it('is off without the preset: the widget logs everything itself, as it always did', () => {
    expect(readPhoneSyncPreset('')).toEqual({ phoneSync: false, unread: null });
    expect(readPhoneSyncPreset('?provider=openphone')).toEqual({ phoneSync: false, unread: null });
  });

  it('turns on with sync=on (or true, 1), in any case', () => {
    for (const value of ['on', 'ON', ' On ', 'true', '1']) {
      expect(readPhoneSyncPreset(`?sync=${encodeURIComponent(value)}`)).toEqual({
        phoneSync: true,
        unread: null,
      });
    }
  });

  it('stays off with sync=off (or false, 0)', () => {
    for (const value of ['off', 'false', '0']) {
      expect(readPhoneSyncPreset(`?sync=${value}`)).toEqual({ phoneSync: false, unread: null });
    }
  });

  it('stays off and keeps what it could not read, cut short, for the agent to pass on', () => {
    expect(readPhoneSyncPreset('?sync=yes')).toEqual({ phoneSync: false, unread: 'yes' });
    expect(readPhoneSyncPreset('?sync=')).toEqual({ phoneSync: false, unread: '' });
    expect(readPhoneSyncPreset(`?sync=${'x'.repeat(500)}`).unread).toHaveLength(40);
  });
});

describe('adminDefaultsFrom with ?sync=', () => {
  it('reads the sync preset beside the phone app and the lookup presets', () => {
    expect(adminDefaultsFrom('?provider=openphone&sync=on')).toMatchObject({
      provider: 'openPhone',
      phoneSync: true,
      phoneSyncUnread: null,
      problems: [],
    });
    expect(adminDefaultsFrom('?provider=openphone')).toMatchObject({
      phoneSync: false,
      phoneSyncUnread: null,
    });
  });
});
