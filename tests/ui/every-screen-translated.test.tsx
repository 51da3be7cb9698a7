import { act, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { toEngagementId } from '../../src/call/ids';
import { readHostContext } from '../../src/hubspot/read-payload';
import { en } from '../../src/i18n/catalogs/en';
import { setLanguage, translateIn } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';
import { memoryStorage } from '../../src/journal/key-value-storage';
import { demoLookupService } from '../../src/mocks/demo-lookup-address';
import { server } from '../../src/mocks/node';
import { defaultSettings, serializeSettings, settingsKey } from '../../src/settings/settings';
import { careSoftToken, signedInCareSoft } from '../support/caresoft-signed-in';
import { renderWidget } from '../support/render-widget';
import { contactDial } from '../support/test-widget';

// Every screen an agent can reach, rendered in French, Vietnamese and Japanese: no English
// word may be left, in the text or in what a screen reader announces (labels, placeholders,
// titles). English words are the words of the English catalogue; brand names, technical
// acronyms and words that are also plain words of the language are named below.

const brands = ['OpenPhone', 'CareSoft', 'CsCall', 'HubSpot', 'QR', 'CRM', 'Ctrl', 'Mac'];

/**
 * Names the code uses as they are: the lookup contract's workflow and the usual header a
 * lookup service reads its token from.
 */
const names = [
  'CallFlow',
  'X-Execution-Token',
  // CsCall's two kinds of link, by their hosts, and the service the older one ran on.
  'mapi.caresoft.vn',
  'caresoftcall.page.link',
  'Firebase Dynamic Links',
];

/** Words the language writes as English does (loanwords and cognates), checked one by one. */
const alsoWordsOf: Record<Exclude<Language, 'en'>, string[]> = {
  fr: [
    'widget',
    'code',
    'ticket',
    'extensions',
    'service',
    'contact',
    'message',
    'notes',
    'options',
    'direct',
    'page',
    'type',
    'date',
    'national',
  ],
  // Vietnamese software keeps "widget", "token" and "header"; "camera" is the Vietnamese
  // word; "ext." is an example of what a number with an extension looks like.
  // "New" starts the Vietnamese names of New Zealand and New Caledonia (the country list).
  vi: ['widget', 'token', 'header', 'camera', 'ext', 'new'],
  ja: [],
};

const englishWords = new Set(
  Object.values(en)
    .flatMap((text) => text.replace(/\{\{[^}]*\}\}/g, ' ').match(/\p{Script=Latin}+/gu) ?? [])
    .map((word) => word.toLowerCase()),
);

/** What the page says, to a sighted agent and to a screen reader. */
function everythingSaid(): string {
  // Text node by text node: textContent runs neighbouring elements together ("BusyCancel").
  const parts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.parentElement?.closest('style, script') == null) parts.push(node.textContent ?? '');
  }
  for (const element of document.body.querySelectorAll('*')) {
    for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
      const value = element.getAttribute(name);
      if (value !== null) parts.push(value);
    }
  }
  return parts.join('\n');
}

/**
 * The English words on the page. Data the test itself typed or received (names, numbers,
 * addresses) is passed as `data` and removed first.
 */
function englishLeft(language: Exclude<Language, 'en'>, data: readonly string[] = []): string[] {
  let said = everythingSaid();
  // Links and addresses are data, whatever words they contain.
  said = said.replace(/\b(?:https?|openphone|cscall|tel|sms):\S*/g, ' ');
  for (const value of [...names, ...data]) said = said.split(value).join(' ');
  const allowed = new Set([...brands, ...alsoWordsOf[language]].map((word) => word.toLowerCase()));
  const words = said.match(/\p{Script=Latin}+/gu) ?? [];
  const left = words.filter((word) => {
    const lower = word.toLowerCase();
    // Single letters are keyboard shortcuts and units (s), "ms" a unit.
    if (allowed.has(lower) || word.length === 1 || lower === 'ms') return false;
    // Acronyms (HTTP, URL, JSON, POST, ID) are the same in every language.
    if (/^[A-Z]{2,5}s?$/.test(word)) return false;
    return englishWords.has(lower);
  });
  return [...new Set(left)];
}

const contactName = 'Nguyễn Thị Lan';

async function widgetIn(
  language: Exclude<Language, 'en'>,
  options: Parameters<typeof renderWidget>[0] = {},
) {
  const widget = await renderWidget(options);
  await act(async () => {
    widget.controller.saveSettings({ ...widget.state().settings, language });
  });
  return widget;
}

const say = (language: Language, key: Parameters<typeof translateIn>[1]) =>
  translateIn(language, key);

// The demo lookup service answers the caller card's lookups and workflows.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  act(() => setLanguage('en'));
  vi.unstubAllGlobals();
  server.resetHandlers();
});
afterAll(() => server.close());

/** A CsCall token for extension 1001 that expired at the start of 2024. */
const expiredCareSoftToken = ['{"alg":"HS256","typ":"JWT"}', '{"ipphone":"1001","exp":1704067200}']
  .map((part) => btoa(part).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'))
  .concat('c2lnbmF0dXJlLW9mLXRoaXJ0eS10d28tYnl0ZXMtLS0')
  .join('.');

/** The agent's saved settings: CsCall chosen, with these details. */
function careSoftStorage(careSoft: Partial<typeof signedInCareSoft>) {
  const storage = memoryStorage();
  storage.setItem(
    settingsKey,
    serializeSettings({
      ...defaultSettings,
      provider: 'careSoft',
      careSoft: { ...signedInCareSoft, ...careSoft },
    }),
  );
  return storage;
}

/** What the demo lookup service says about Emily Carter: her data, not the widget's words. */
const emilyCarter = [
  'Emily Carter',
  'Chesapeake Freight Co.',
  'SugarCRM',
  'Account owner',
  'Dana Whitfield',
  'Open tickets',
  'VIP',
  'Language',
  'English',
  'CreateTicket',
  'LogActivity',
];

describe.each(['fr', 'vi', 'ja'] as const)('every screen in %s', (language) => {
  it('says the idle screen, the incoming-call form and the last call without English', async () => {
    const widget = await widgetIn(language);
    await widget.user.click(
      screen.getByRole('button', { name: say(language, 'incomingForm.open') }),
    );
    expect(englishLeft(language)).toEqual([]);
  });

  it('says every part of Settings without English', async () => {
    const widget = await widgetIn(language);
    await widget.user.click(screen.getByRole('button', { name: say(language, 'idle.settings') }));
    expect(englishLeft(language, [demoLookupService.rootUrl])).toEqual([]);
  });

  it('says the CsCall token’s coming expiry on the ready screen and the handoff without English', async () => {
    const exp = Math.floor(Date.now() / 1000) + 3 * 86_400;
    const token = ['{"alg":"HS256","typ":"JWT"}', JSON.stringify({ ipphone: '1001', exp })]
      .map((part) => btoa(part).replace(/=+$/, ''))
      .concat('c2lnbmF0dXJlLW9mLXRoaXJ0eS10d28tYnl0ZXMtLS0')
      .join('.');
    const widget = await widgetIn(language);
    await act(async () => {
      widget.controller.saveSettings({
        ...widget.state().settings,
        provider: 'careSoft',
        careSoft: { ...widget.state().settings.careSoft, domain: 'test', token, loggedIn: true },
      });
      widget.controller.confirmCareSoftLogin();
    });
    const warned = () => screen.getAllByText(/CsCall/).length;
    expect(warned()).toBeGreaterThan(0);
    expect(
      screen.getByRole('button', { name: say(language, 'idle.careSoft.openSettings') }),
    ).toBeVisible();
    expect(englishLeft(language)).toEqual([]);
    await widget.dial();
    expect(screen.getByRole('status')).toHaveTextContent('CsCall');
    expect(englishLeft(language)).toEqual([]);
  });

  it('says the number check without English', async () => {
    const widget = await widgetIn(language);
    await widget.dial({ ...contactDial, phoneNumber: 'call me', countryCode: 'FR' });
    expect(screen.getByRole('alert')).toBeVisible();
    expect(englishLeft(language, ['call me'])).toEqual([]);
  });

  it('says the handoff, its caller card and the group panel without English', async () => {
    const widget = await widgetIn(language);
    await act(async () => {
      widget.controller.saveSettings({
        ...widget.state().settings,
        callerIds: ['+13239991234', '+13239995678'],
      });
    });
    await widget.dial({
      ...contactDial,
      calleeInfo: { ...contactDial.calleeInfo, calleeName: contactName },
    });
    expect(englishLeft(language, [contactName])).toEqual([]);
  });

  it('says the handoff on a phone without English', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(pointer: coarse)' }));
    const widget = await widgetIn(language);
    await widget.dial();
    expect(englishLeft(language)).toEqual([]);
  });

  it('says the connected screen without English', async () => {
    const widget = await widgetIn(language);
    await widget.dial();
    act(() => widget.controller.answer());
    expect(englishLeft(language)).toEqual([]);
  });

  it('says the wrap-up and its follow-up text without English', async () => {
    const widget = await widgetIn(language);
    await widget.dial();
    act(() => widget.controller.noAnswer());
    expect(englishLeft(language)).toEqual([]);
    const sendText = screen.getByRole('button', { name: say(language, 'followUp.open') });
    await widget.user.click(sendText);
    const message = screen.getByRole('textbox', { name: say(language, 'followUp.message') });
    expect(englishLeft(language, [(message as HTMLTextAreaElement).value])).toEqual([]);
  });

  it('says the incoming call and HubSpot’s match without English', async () => {
    const widget = await widgetIn(language);
    await act(async () => {
      await widget.controller.logIncomingCall('+33 1 23 45 67 89');
    });
    await widget.receive({
      type: 'callerIdMatched',
      matches: [
        {
          name: contactName,
          kind: 'CONTACT',
          objectCoordinates: { portalId: 424242, objectTypeId: '0-1', objectId: 101 },
        },
      ],
    });
    expect(englishLeft(language, [contactName])).toEqual([]);
  });

  it('says the navigation-bar frame without English', async () => {
    const widget = await renderWidget({ ready: false });
    await act(async () => {
      widget.controller.saveSettings({ ...widget.state().settings, language });
    });
    await widget.receive({
      type: 'ready',
      context: readHostContext({ iframeLocation: 'remote', usesCallingWindow: true }),
      greeted: null,
    });
    expect(englishLeft(language)).toEqual([]);
  });

  it('says the call HubSpot recalls after a reload that kept nothing without English', async () => {
    const widget = await renderWidget({ ready: false, storageDurable: false });
    await act(async () => {
      widget.controller.saveSettings({ ...widget.state().settings, language });
    });
    await widget.receive({
      type: 'ready',
      context: readHostContext({ engagementId: 6123, iframeLocation: 'widget' }),
      greeted: null,
    });
    expect(screen.getByRole('heading', { name: say(language, 'recalled.heading') })).toBeVisible();
    expect(englishLeft(language)).toEqual([]);
  });

  it('says HubSpot’s failures and the notices without English, HubSpot’s own text aside', async () => {
    const widget = await widgetIn(language, { hubspotCreatesEngagements: false });
    await widget.dial({ ...contactDial, phoneNumber: '' });
    await widget.dial();
    const hubspotSaid = 'No access to calls.';
    await widget.receive({ type: 'engagementCreateFailed', reason: hubspotSaid });
    await widget.receive({ type: 'navigateToRecordFailed', reason: hubspotSaid });
    act(() => widget.controller.noAnswer());
    await widget.receive({ type: 'engagementCreated', engagementId: toEngagementId(77) });
    expect(within(document.body).getAllByRole('alert').length).toBeGreaterThan(0);
    expect(englishLeft(language, [hubspotSaid])).toEqual([]);
  });

  it('says HubSpot’s failures without words of its own without English', async () => {
    const widget = await widgetIn(language, { hubspotCreatesEngagements: false });
    await widget.dial();
    await widget.receive({ type: 'engagementCreateFailed', reason: null });
    await widget.receive({ type: 'navigateToRecordFailed', reason: null });
    expect(screen.getByText(say(language, 'engagement.failed.noReason'))).toBeVisible();
    act(() => widget.controller.noAnswer());
    await act(async () => widget.controller.save());
    await widget.receive({ type: 'engagementUpdateFailed', reason: null });
    expect(within(document.body).getAllByRole('alert').length).toBeGreaterThan(0);
    expect(englishLeft(language)).toEqual([]);
    const errors = widget.sent.flatMap((sent) => (sent.type === 'sendError' ? [sent] : []));
    expect(errors).toEqual([
      {
        type: 'sendError',
        payload: { message: say(language, 'hubspot.engagementNotLogged.noReason') },
      },
    ]);
  });

  it('says what CsCall needs before a call (no token, login not confirmed) without English', async () => {
    const widget = await widgetIn(language, { storage: careSoftStorage({ token: '' }) });
    expect(screen.getByText(say(language, 'idle.careSoft.noToken'))).toBeVisible();
    expect(englishLeft(language)).toEqual([]);
    await act(async () => {
      widget.controller.saveSettings({
        ...widget.state().settings,
        careSoft: { ...signedInCareSoft, loggedIn: false },
      });
    });
    expect(screen.getByText(say(language, 'idle.careSoft.notConfirmed'))).toBeVisible();
    await widget.dial();
    expect(englishLeft(language)).toEqual([]);
    await widget.user.click(screen.getByRole('button', { name: say(language, 'idle.settings') }));
    expect(englishLeft(language, [demoLookupService.rootUrl, 'test', careSoftToken])).toEqual([]);
  });

  it('says an expired CsCall token without English, on the ready screen and in Settings', async () => {
    const widget = await widgetIn(language, {
      storage: careSoftStorage({ token: expiredCareSoftToken }),
    });
    expect(screen.getByText(say(language, 'idle.careSoft.expired'))).toBeVisible();
    await widget.dial();
    expect(englishLeft(language)).toEqual([]);
    await widget.user.click(screen.getByRole('button', { name: say(language, 'idle.settings') }));
    expect(
      englishLeft(language, [demoLookupService.rootUrl, 'test', expiredCareSoftToken]),
    ).toEqual([]);
  });

  it('says the handoff to CsCall without English', async () => {
    const widget = await widgetIn(language, { storage: careSoftStorage({}) });
    await widget.dial();
    expect(screen.getByRole('heading', { name: say(language, 'handoff.heading') })).toBeVisible();
    expect(englishLeft(language)).toEqual([]);
  });

  it('says the caller card and a workflow’s result without English', async () => {
    const widget = await widgetIn(language, {
      admin: { lookup: { rootUrl: demoLookupService.rootUrl } },
      fetch: (url, init) => fetch(url, init),
    });
    await widget.dial();
    const panel = screen.getByRole('region', { name: say(language, 'caller.name') });
    await widget.user.click(await within(panel).findByRole('button', { name: 'CreateTicket' }));
    await within(panel).findByRole('link', { name: say(language, 'caller.openResult') });
    expect(englishLeft(language, emilyCarter)).toEqual([]);
  });

  it('says a workflow that failed without English', async () => {
    server.use(
      http.post(`${demoLookupService.rootUrl}/CreateTicket`, () =>
        HttpResponse.json({ error: 'down' }, { status: 503 }),
      ),
    );
    const widget = await widgetIn(language, {
      admin: { lookup: { rootUrl: demoLookupService.rootUrl } },
      fetch: (url, init) => fetch(url, init),
    });
    await widget.dial();
    const panel = screen.getByRole('region', { name: say(language, 'caller.name') });
    await widget.user.click(await within(panel).findByRole('button', { name: 'CreateTicket' }));
    await vi.waitFor(() =>
      expect(widget.state().workflows).toMatchObject([
        { status: 'done', result: { kind: 'failed' } },
      ]),
    );
    expect(englishLeft(language, [...emilyCarter, 'down'])).toEqual([]);
  });

  it('says a dial that came during a live call, and the ones it replaced, without English', async () => {
    const widget = await widgetIn(language);
    await widget.dial();
    await widget.dial({ ...contactDial, phoneNumber: '+44 20 7946 0000' });
    expect(screen.getByRole('alert')).toBeVisible();
    expect(englishLeft(language)).toEqual([]);
    await widget.dial({ ...contactDial, phoneNumber: '+81 3-1234-5678' });
    await widget.dial({ ...contactDial, phoneNumber: '+33 1 23 45 67 89' });
    expect(widget.state().call.waitingDial).toMatchObject({ dropped: 2 });
    expect(englishLeft(language)).toEqual([]);
  });

  it('says Cancel call’s undo without English', async () => {
    const widget = await widgetIn(language, { cancelUndoMs: 60_000 });
    await widget.dial();
    await widget.user.click(screen.getByRole('button', { name: say(language, 'handoff.cancel') }));
    expect(screen.getByRole('button', { name: say(language, 'handoff.undoCancel') })).toBeVisible();
    expect(englishLeft(language)).toEqual([]);
  });
});
