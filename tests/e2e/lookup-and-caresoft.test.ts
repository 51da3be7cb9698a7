import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { simulatorSession } from './simulator-session';

const simulator = simulatorSession();
const widget = simulator.widget;

describe('caller lookup through the simulator, in Chromium', () => {
  it('shows who the number belongs to, runs a workflow, and titles the call with the name', async () => {
    const page = await simulator.open();
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    const caller = widget().getByRole('region', { name: 'Caller lookup' });
    await caller.getByRole('heading', { name: /Emily Carter/ }).waitFor();
    await caller.getByRole('button', { name: 'CreateTicket' }).click();
    const result = caller.getByRole('link', { name: 'Open the result' });
    await result.waitFor();
    expect(await result.getAttribute('href')).toMatch(/^https:\/\//);

    await widget().getByRole('button', { name: 'No answer' }).click();
    await widget().getByRole('button', { name: 'Save call' }).click();
    await page.locator('[data-testid=timeline-entry]').first().waitFor();
    const completed = (await simulator.heard()).find(
      (message) => message.type === 'CALL_COMPLETED',
    );
    expect(completed?.data).toMatchObject({
      engagementProperties: { hs_call_title: 'Call to Emily Carter (+1 410 793 4326)' },
    });
  });
});

describe('a CareSoft CsCall call through the simulator, in Chromium', () => {
  it('logs the agent in, hands off with the national number and tempId through the direct link, and logs the call', async () => {
    const page = await simulator.open('?provider=caresoft');
    const secret = 'test-account-secret-never-in-the-browser';
    const token = await new SignJWT({ ipphone: '1001' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(new TextEncoder().encode(secret));

    const heardBefore = await simulator.heard();
    expect(heardBefore[0]).toMatchObject({ type: 'INITIALIZED', data: { isLoggedIn: false } });

    await widget().getByRole('button', { name: 'Settings', exact: true }).click();
    await widget().getByRole('textbox', { name: 'CareSoft domain' }).fill('test');
    await widget().getByLabel('CsCall token').fill(token);
    await widget().getByText('Token for extension 1001').waitFor();
    const login = widget().getByRole('link', { name: 'Open here' });
    expect(await login.getAttribute('href')).toBe(
      `https://mapi.caresoft.vn/dangnhap?appToken=${token}&appDomain=test`,
    );
    await widget().getByRole('button', { name: "I'm logged in" }).click();
    await widget().getByRole('button', { name: 'Done' }).click();

    await page.getByRole('button', { name: 'Nguyễn Thị Lan' }).click();
    await page.getByRole('button', { name: 'Call +84 988 888 888' }).click();
    const open = widget().getByRole('link', { name: 'Open here' });
    await open.waitFor();
    const outgoing = await expect
      .poll(async () => (await simulator.heard()).find((m) => m.type === 'OUTGOING_CALL_STARTED'))
      .toBeDefined()
      .then(async () => (await simulator.heard()).find((m) => m.type === 'OUTGOING_CALL_STARTED'));
    const tempId = String(outgoing?.data?.externalCallId);
    expect(await open.getAttribute('href')).toBe(
      `https://mapi.caresoft.vn/call?phone=0988888888&appToken=${token}&tempId=${encodeURIComponent(tempId)}`,
    );
    await widget().getByText('CsCall dials 0988888888.').waitFor();

    await widget().getByRole('button', { name: 'Connected' }).click();
    await widget().getByRole('button', { name: 'End call' }).click();
    await widget().getByRole('button', { name: 'Save call' }).click();
    await widget().getByText('Ready for your next call').waitFor();
    await expect
      .poll(async () => (await simulator.heard()).map((message) => message.type))
      .toEqual([
        'INITIALIZED',
        'USER_AVAILABLE',
        'LOGGED_IN',
        'OUTGOING_CALL_STARTED',
        'CALL_ANSWERED',
        'CALL_ENDED',
        'CALL_COMPLETED',
      ]);
    const everything = JSON.stringify(await simulator.heard());
    expect(everything).not.toContain(secret);
  });
});
