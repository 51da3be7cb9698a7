import fc from 'fast-check';
import { delay, HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LookupConfig } from '../../src/lookup/lookup-config';
import {
  type CallFacts,
  readWorkflowAnswer,
  runWorkflow,
  type WorkflowResult,
  workflowInputsFor,
} from '../../src/lookup/run-workflow';
import type { FetchLike } from '../../src/lookup/service-exchange';
import { demoLookupService } from '../../src/mocks/demo-directory';
import { server } from '../../src/mocks/node';
import { inEnglish } from '../support/in-english';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const root = demoLookupService.rootUrl;

const demo: LookupConfig = {
  rootUrl: root,
  method: 'POST',
  headerName: demoLookupService.headerName,
  headerValue: demoLookupService.headerValue,
  timeoutMs: 2000,
};

const viaNetwork: FetchLike = (url, init) => fetch(url, init);

// 2025-03-14 09:26:53 UTC and the moments after it.
const t0 = Date.UTC(2025, 2, 14, 9, 26, 53);

const answeredOutgoing: CallFacts = {
  direction: 'outgoing',
  ourNumber: '+13239991234',
  theirNumber: '+14107934326',
  entry: { id: 'c-20481733', name: 'Emily Carter' },
  agent: { crmId: 'u-77', name: 'Sam Agent' },
  startedAt: t0,
  answeredAt: t0 + 4000,
  endedAt: t0 + 64_000,
};

const inputs = workflowInputsFor(answeredOutgoing);

describe('workflowInputsFor (docs/contracts.md, lookup service, Business workflow)', () => {
  it('names the agent as originator of an outgoing call, with ISO-8601 times', () => {
    expect(inputs).toEqual({
      contactCrmId: 'c-20481733',
      userCrmId: 'u-77',
      originatorNumber: '13239991234',
      originatorName: 'Sam Agent',
      destinationNumber: '14107934326',
      destinationName: 'Emily Carter',
      direction: 'outgoing',
      startedTime: '2025-03-14T09:26:53.000Z',
      answeredTime: '2025-03-14T09:26:57.000Z',
      endedTime: '2025-03-14T09:27:57.000Z',
      declinedTime: null,
    });
  });

  it('names the other party as originator of an incoming call', () => {
    const incoming = workflowInputsFor({ ...answeredOutgoing, direction: 'incoming' });
    expect(incoming).toMatchObject({
      originatorNumber: '14107934326',
      originatorName: 'Emily Carter',
      destinationNumber: '13239991234',
      destinationName: 'Sam Agent',
      direction: 'incoming',
    });
  });

  it('leaves answeredTime empty and sets declinedTime to the end of an unanswered call', () => {
    const unanswered = workflowInputsFor({ ...answeredOutgoing, answeredAt: null });
    expect(unanswered).toMatchObject({
      answeredTime: null,
      endedTime: '2025-03-14T09:27:57.000Z',
      declinedTime: '2025-03-14T09:27:57.000Z',
    });
  });

  it('leaves endedTime and declinedTime empty while the call runs', () => {
    const running = workflowInputsFor({ ...answeredOutgoing, answeredAt: null, endedAt: null });
    expect(running).toMatchObject({ answeredTime: null, endedTime: null, declinedTime: null });
  });

  it('sends every field, null when unknown: no chosen entry, no caller id, no agent id', () => {
    const bare = workflowInputsFor({
      ...answeredOutgoing,
      ourNumber: null,
      entry: null,
      agent: { crmId: null, name: null },
    });
    expect(bare).toMatchObject({
      contactCrmId: null,
      userCrmId: null,
      originatorNumber: null,
      originatorName: null,
      destinationName: null,
    });
    expect(Object.keys(bare).sort()).toEqual(Object.keys(inputs).sort());
    expect(Object.keys(bare)).toHaveLength(11);
  });

  it('gives a time it cannot write as null rather than throwing', () => {
    const odd = workflowInputsFor({ ...answeredOutgoing, startedAt: Number.NaN, endedAt: 1e20 });
    expect(odd).toMatchObject({ startedTime: null, endedTime: null });
  });

  it('writes any time as ISO 8601 that reads back to the same moment', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (at) => {
        const { startedTime } = workflowInputsFor({ ...answeredOutgoing, startedAt: at });
        expect(startedTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        expect(Date.parse(startedTime ?? '')).toBe(at);
      }),
    );
  });
});

interface SeenRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

function recordWorkflowRequests(answer: () => Response = () => HttpResponse.json({})) {
  const seen: SeenRequest[] = [];
  server.use(
    http.all(`${root}/:workflow`, async ({ request }) => {
      seen.push({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: await request.text(),
      });
      return answer();
    }),
  );
  return seen;
}

/** Runs `name`, its problem worded as the agent reads it in English. */
async function run(
  name: string,
  options: { config?: Partial<LookupConfig>; timeoutMs?: number } = {},
) {
  return inEnglish(
    await runWorkflow({ ...demo, ...options.config }, name, inputs, {
      fetch: viaNetwork,
      timeoutMs: options.timeoutMs,
    }),
  );
}

describe('runWorkflow: the request', () => {
  it('POSTs <root>/<name> with the token header and exactly {"inputs": …}', async () => {
    const seen = recordWorkflowRequests();
    await run('CreateTicket');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.url).toBe(`${root}/CreateTicket`);
    expect(seen[0]?.headers.get('X-Execution-Token')).toBe('demo-token');
    expect(seen[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(seen[0]?.body).toBe(
      '{"inputs":{"contactCrmId":"c-20481733","userCrmId":"u-77","originatorNumber":"13239991234",' +
        '"originatorName":"Sam Agent","destinationNumber":"14107934326","destinationName":"Emily Carter",' +
        '"direction":"outgoing","startedTime":"2025-03-14T09:26:53.000Z",' +
        '"answeredTime":"2025-03-14T09:26:57.000Z","endedTime":"2025-03-14T09:27:57.000Z",' +
        '"declinedTime":null}}',
    );
  });

  it('always POSTs, even when the lookup uses GET', async () => {
    const seen = recordWorkflowRequests();
    await run('CallFlow', { config: { method: 'GET' } });
    expect(seen[0]?.method).toBe('POST');
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ inputs });
  });

  it('sends no query parameters', async () => {
    const seen = recordWorkflowRequests();
    await run('CallFlow');
    expect(new URL(seen[0]?.url ?? '').search).toBe('');
  });

  it.each([
    '../admin',
    'a/b',
    'CallFlow?x=1',
    'CallFlow#x',
    'Call Flow',
    '..',
    '.hidden',
    '%2e%2e',
    '',
    'https://evil.example/x',
  ])('refuses the name %j without sending anything', async (name) => {
    const seen = recordWorkflowRequests();
    const result = await run(name);
    expect(result).toEqual({
      kind: 'failed',
      message: `“${name}” is not a workflow name the widget can run (letters, digits, - _ and . only).`,
    });
    expect(seen).toHaveLength(0);
  });
});

describe('runWorkflow: what the service answers', () => {
  it('reports the id and https url the demo CallFlow returns', async () => {
    const result = await run('CallFlow');
    expect(result).toEqual({
      kind: 'done',
      id: expect.stringMatching(/^CALL-\d+$/),
      url: expect.stringMatching(/^https:\/\/crm\.handoff\.example\/records\/calls\/CALL-\d+$/),
    });
  });

  it.each([
    ['an empty body', ''],
    ['an empty object', '{}'],
    ['text that is not JSON', 'OK'],
    ['a list', '[1,2]'],
    ['null', 'null'],
  ])('treats %s with a success status as done', async (_, body) => {
    recordWorkflowRequests(() => new HttpResponse(body, { status: 200 }));
    expect(await run('LogActivity')).toEqual({ kind: 'done', id: null, url: null });
  });

  it('keeps the url only when it is https, and reads a numeric id', async () => {
    recordWorkflowRequests(() =>
      HttpResponse.json({ id: 981, url: 'javascript:alert(document.domain)' }),
    );
    expect(await run('CreateTicket')).toEqual({ kind: 'done', id: '981', url: null });
  });

  it('reports an unknown workflow (404) as failed, naming it', async () => {
    expect(await run('SendInvoice')).toEqual({
      kind: 'failed',
      message: 'The lookup service has no workflow named SendInvoice (HTTP 404).',
    });
  });

  it('reports a refused token (401) as failed', async () => {
    expect(await run('CallFlow', { config: { headerValue: 'nope' } })).toEqual({
      kind: 'failed',
      message:
        'The lookup service refused the token (HTTP 401): check the header name and value in Settings.',
    });
  });

  it('reports a server error as failed', async () => {
    recordWorkflowRequests(() => new HttpResponse(null, { status: 502 }));
    expect(await run('CallFlow')).toEqual({
      kind: 'failed',
      message: 'CallFlow failed (HTTP 502).',
    });
  });

  it('reports a blocked request in plain words', async () => {
    recordWorkflowRequests(() => HttpResponse.error());
    expect(await run('CallFlow')).toEqual({
      kind: 'blocked',
      message: 'the lookup service did not answer (network or CORS)',
    });
  });

  it('times out, warning that the workflow may still have run', async () => {
    server.use(
      http.post(`${root}/:workflow`, async () => {
        await delay(3000);
        return HttpResponse.json({});
      }),
    );
    expect(await run('CreateTicket', { timeoutMs: 100 })).toEqual({
      kind: 'timedOut',
      message:
        'CreateTicket did not answer within 0.1 s. It may still have run: check the CRM before running it again.',
    });
  });

  it('stops when the caller aborts', async () => {
    server.use(
      http.post(`${root}/:workflow`, async () => {
        await delay(3000);
        return HttpResponse.json({});
      }),
    );
    const moveOn = new AbortController();
    const pending = runWorkflow(demo, 'CallFlow', inputs, {
      fetch: viaNetwork,
      signal: moveOn.signal,
    });
    setTimeout(() => moveOn.abort(), 20);
    expect(await pending).toEqual({ kind: 'aborted' });
  });
});

describe('readWorkflowAnswer', () => {
  it('turns any status and body into a result, never a throw', () => {
    const body = fc.oneof(
      fc.string(),
      fc.jsonValue().map((value) => JSON.stringify(value) ?? ''),
      fc
        .record({ id: fc.anything(), url: fc.oneof(fc.webUrl(), fc.anything()) })
        .map((value) => JSON.stringify(value) ?? ''),
    );
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), body, (status, text) => {
        const result: WorkflowResult = readWorkflowAnswer('CallFlow', status, text);
        if (result.kind === 'done' && result.url !== null) {
          expect(new URL(result.url).protocol).toBe('https:');
        }
        if (status >= 200 && status <= 299) expect(result.kind).toBe('done');
        else expect(result.kind).toBe('failed');
      }),
      { numRuns: 2000 },
    );
  });
});
