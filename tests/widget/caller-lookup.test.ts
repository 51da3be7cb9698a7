import { delay, HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../src/journal/key-value-storage';
import { demoLookupService } from '../../src/mocks/demo-directory';
import { server } from '../../src/mocks/node';
import { defaultLookupSettings } from '../../src/settings/lookup-settings';
import { defaultSettings, serializeSettings, settingsKey } from '../../src/settings/settings';
import type { WidgetPorts } from '../../src/widget/create-widget';
import { contactDial, testWidget } from '../support/test-widget';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const root = demoLookupService.rootUrl;

/** A ready widget whose admin pointed it at the demo lookup service in the widget URL. */
function lookupWidget(
  options: {
    timeoutMs?: number;
    autoCallFlow?: boolean;
    loadLookupKit?: WidgetPorts['loadLookupKit'];
  } = {},
) {
  const storage = memoryStorage();
  if (options.autoCallFlow) {
    storage.setItem(
      settingsKey,
      serializeSettings({
        ...defaultSettings,
        lookup: { ...defaultLookupSettings, autoCallFlow: true },
      }),
    );
  }
  const widget = testWidget({
    storage,
    admin: {
      lookup: { rootUrl: root, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) },
    },
    fetch: (url, init) => fetch(url, init),
    ...(options.loadLookupKit ? { loadLookupKit: options.loadLookupKit } : {}),
  });
  widget.ready();
  return widget;
}

const dialOf = (phoneNumber: string, countryCode: string) => ({
  ...contactDial,
  phoneNumber,
  countryCode,
});

const answered = (widget: ReturnType<typeof lookupWidget>) =>
  vi.waitFor(() => {
    const lookup = widget.state().callerLookup;
    if (lookup?.status !== 'answered') throw new Error('still looking');
    return lookup;
  });

describe('caller lookup beside the handoff', () => {
  it('never delays the handoff: outgoingCall is sent while the lookup is still out', async () => {
    const widget = lookupWidget();
    await widget.dial(dialOf('+1 202-555-0100', 'US'));
    expect(widget.sentTypes()).toContain('outgoingCall');
    expect(widget.state().callerLookup).toMatchObject({ status: 'looking' });
  });

  it('shows the one match and names the call after it', async () => {
    const widget = lookupWidget();
    await widget.dial();
    const lookup = await answered(widget);
    expect(lookup).toMatchObject({ chosen: 0, result: { kind: 'matches' } });
    widget.controller.cancel();
    const completed = widget.sent.find((m) => m.type === 'callCompleted');
    expect(JSON.stringify(completed)).toContain('Call to Emily Carter');
  });

  it("keeps HubSpot's name for the callee in the title when the service does not know the number", async () => {
    const widget = lookupWidget();
    await widget.dial({
      ...dialOf('+1 312-555-0147', 'US'),
      calleeInfo: {
        calleeId: 20481733,
        calleeObjectTypeId: '0-1',
        firstName: 'Emily',
        lastName: 'Carter',
      },
    });
    const lookup = await answered(widget);
    expect(lookup).toMatchObject({ result: { kind: 'noMatch' } });
    widget.controller.cancel();
    const completed = widget.sent.find((m) => m.type === 'callCompleted');
    expect(completed).toMatchObject({
      payload: {
        engagementProperties: { hs_call_title: 'Call to Emily Carter (+1 312 555 0147)' },
      },
    });
  });

  it('lets the agent pick among contacts sharing a switchboard number', async () => {
    const widget = lookupWidget();
    await widget.dial(dialOf('+41 44 668 18 00', 'CH'));
    const lookup = await answered(widget);
    expect(lookup.chosen).toBeNull();
    if (lookup.result.kind !== 'matches') throw new Error('expected matches');
    expect(lookup.result.entries).toHaveLength(3);
    widget.controller.chooseCallerEntry(1);
    const second = lookup.result.entries[1]?.name;
    expect(widget.phase()).toMatchObject({ call: { calleeName: second } });
  });

  it('ends a slow lookup in a timeout, shown as an unknown caller', async () => {
    const widget = lookupWidget({ timeoutMs: 300 });
    await widget.dial(dialOf('+1 202-555-0100', 'US'));
    const lookup = await answered(widget);
    expect(lookup.result).toMatchObject({ kind: 'timedOut' });
  });

  it('drops the lookup when the call moves on', async () => {
    server.use(
      http.post(`${root}/Lookup`, async () => {
        await delay(50);
        return HttpResponse.json([]);
      }),
    );
    const widget = lookupWidget();
    await widget.dial();
    widget.controller.cancel();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(widget.state().callerLookup).toMatchObject({ status: 'looking' });
  });

  it('runs a workflow for the chosen contact with the contract inputs', async () => {
    const bodies: unknown[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (request.url.endsWith('/CreateTicket')) bodies.push(await request.clone().json());
    });
    const widget = lookupWidget();
    await widget.dial();
    await answered(widget);
    widget.controller.runWorkflow('CreateTicket');
    const run = await vi.waitFor(() => {
      const found = widget.state().workflows.find((w) => w.name === 'CreateTicket');
      if (found?.status !== 'done') throw new Error('running');
      return found;
    });
    expect(run.result).toMatchObject({ kind: 'done', url: expect.stringMatching(/^https:/) });
    expect(bodies[0]).toMatchObject({
      inputs: {
        direction: 'outgoing',
        destinationNumber: '14107934326',
        destinationName: 'Emily Carter',
        endedTime: null,
      },
    });
    server.events.removeAllListeners();
  });

  it('runs CallFlow when a call is saved, when the agent asked for it', async () => {
    const flows: unknown[] = [];
    server.use(
      http.post(`${root}/CallFlow`, async ({ request }) => {
        flows.push(await request.json());
        return HttpResponse.json({ id: 'flow-1' });
      }),
    );
    const widget = lookupWidget({ autoCallFlow: true });
    await widget.dial();
    await answered(widget);
    widget.controller.noAnswer();
    widget.controller.save();
    await vi.waitFor(() => expect(flows).toHaveLength(1));
    expect(flows[0]).toMatchObject({
      inputs: { direction: 'outgoing', destinationName: 'Emily Carter', answeredTime: null },
    });
  });

  it('does not look anything up when no service is set', async () => {
    const widget = testWidget();
    widget.ready();
    await widget.dial();
    expect(widget.state().callerLookup).toBeNull();
  });

  it('ends a workflow whose code could not load as failed, so it can be run again', async () => {
    const widget = lookupWidget({
      autoCallFlow: true,
      loadLookupKit: () =>
        Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    });
    await widget.dial();
    const lookup = await answered(widget);
    expect(lookup.result).toMatchObject({ kind: 'failed' });
    widget.controller.noAnswer();
    widget.controller.save();
    const run = await vi.waitFor(() => {
      const found = widget.state().workflows.find((w) => w.name === 'CallFlow');
      if (found?.status !== 'done') throw new Error('still running');
      return found;
    });
    expect(run.result).toEqual({
      kind: 'failed',
      problem: { code: 'workflow.problem.notStarted' },
    });
  });
});
