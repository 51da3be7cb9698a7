// The one set of fake services, shared by the tests (`node.ts`) and the simulator
// (`browser.ts`). Today: the demo phone lookup service (docs/contracts.md, lookup service)
import { delay, HttpResponse, http } from 'msw';
import * as v from 'valibot';
import { assertNever } from '../assert-never.js';
import {
  type DemoWorkflowName,
  demoLookupOrigin,
  demoLookupService,
  demoWorkflowRecordUrl,
  demoWorkflows,
  findDemoListing,
} from './demo-directory.js';

const root = demoLookupService.rootUrl;

// What a real service must send for the browser to let the widget read its answers: any
// origin (the token authenticates, not cookies), and the token header allowed in the
// preflight. In the browser msw answers from the service worker, where no preflight
// happens; the headers are here so the demo reads as a model of a real service.
const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': `${demoLookupService.headerName}, Content-Type, Accept`,
  'Access-Control-Max-Age': '600',
};

function isAuthorised(request: Request): boolean {
  return request.headers.get(demoLookupService.headerName) === demoLookupService.headerValue;
}

function unauthorised() {
  return HttpResponse.json(
    { error: `missing or wrong ${demoLookupService.headerName}` },
    { status: 401, headers: cors },
  );
}

function badRequest(error: string) {
  return HttpResponse.json({ error }, { status: 400, headers: cors });
}

const lookupBody = v.object({ inputs: v.object({ phoneNumber: v.string() }) });

async function answerLookup(request: Request) {
  if (!isAuthorised(request)) return unauthorised();
  const queried = new URL(request.url).searchParams.get('PhoneNumber');
  if (queried === null || !/^\d{2,15}$/.test(queried)) {
    return badRequest('PhoneNumber must be the digits of the number, without +');
  }
  if (request.method === 'POST') {
    const body = v.safeParse(lookupBody, await request.json().catch(() => null));
    if (!body.success) return badRequest('the body must be {"inputs":{"phoneNumber":"…"}}');
    if (body.output.inputs.phoneNumber !== queried) {
      return badRequest('PhoneNumber and inputs.phoneNumber disagree');
    }
  }

  const answer = findDemoListing(queried)?.answer ?? { kind: 'entries', entries: [] };
  switch (answer.kind) {
    case 'entries':
      return HttpResponse.json(answer.entries, { headers: cors });
    case 'slow':
      await delay(answer.afterMs);
      return HttpResponse.json(answer.entries, { headers: cors });
    case 'unreachable':
      return new HttpResponse('Not Found', { status: 404, headers: cors });
    case 'invalidJson':
      return new HttpResponse(answer.body, {
        headers: { ...cors, 'Content-Type': 'application/json' },
      });
    case 'networkError':
      return HttpResponse.error();
    default:
      return assertNever(answer);
  }
}

const time = v.nullable(v.pipe(v.string(), v.isoTimestamp()));
const text = v.nullable(v.string());

// Strict on purpose: the demo refuses a workflow body that strays from the contract, so a
// client bug shows up in the simulator and in the tests alike.
const workflowBody = v.strictObject({
  inputs: v.strictObject({
    contactCrmId: text,
    userCrmId: text,
    originatorNumber: text,
    originatorName: text,
    destinationNumber: text,
    destinationName: text,
    direction: v.picklist(['incoming', 'outgoing']),
    startedTime: time,
    answeredTime: time,
    endedTime: time,
    declinedTime: time,
  }),
});

let workflowRuns = 0;

function isDemoWorkflow(name: string): name is DemoWorkflowName {
  return Object.hasOwn(demoWorkflows, name);
}

async function runDemoWorkflow(request: Request, name: string) {
  if (!isAuthorised(request)) return unauthorised();
  if (!isDemoWorkflow(name)) {
    return HttpResponse.json(
      { error: `no workflow named ${name}` },
      { status: 404, headers: cors },
    );
  }
  const body = v.safeParse(workflowBody, await request.json().catch(() => null));
  if (!body.success) {
    return badRequest(`the body does not follow the contract: ${v.summarize(body.issues)}`);
  }
  workflowRuns += 1;
  const id = `${demoWorkflows[name].prefix}-${1000 + workflowRuns}`;
  return HttpResponse.json({ id, url: demoWorkflowRecordUrl(name, id) }, { headers: cors });
}

// Small original marks standing in for each CRM's logo.
const logos: Record<string, string> = {
  'sugarcrm.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#c0392b"/><text x="16" y="22" font-family="sans-serif" font-size="16" font-weight="700" fill="#fff" text-anchor="middle">S</text></svg>',
  'odoo.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="16" fill="#6d4c8d"/><text x="16" y="22" font-family="sans-serif" font-size="16" font-weight="700" fill="#fff" text-anchor="middle">O</text></svg>',
};

/** The demo lookup service at `demoLookupService.rootUrl`, with its workflows and logos. */
export const demoLookupHandlers = [
  // Preflights carry no token: they are answered before any check.
  http.options(
    `${demoLookupOrigin}/*`,
    () => new HttpResponse(null, { status: 204, headers: cors }),
  ),
  http.get(`${root}/Lookup`, ({ request }) => answerLookup(request)),
  http.post(`${root}/Lookup`, ({ request }) => answerLookup(request)),
  http.post<{ workflow: string }>(`${root}/:workflow`, ({ request, params }) =>
    runDemoWorkflow(request, params.workflow),
  ),
  // Images are fetched without custom headers, so logos are public.
  http.get<{ file: string }>(`${demoLookupOrigin}/logos/:file`, ({ params }) => {
    const svg = Object.hasOwn(logos, params.file) ? logos[params.file] : undefined;
    if (svg === undefined) return new HttpResponse('Not Found', { status: 404 });
    return new HttpResponse(svg, {
      headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=3600' },
    });
  }),
];
