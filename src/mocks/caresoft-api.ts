// A stand-in for CareSoft's REST API (`/{domain}/api/v1/calls`, `/agents`, Bearer token)
// and the call records its webhooks carry, for the tests, the benchmark and the demo.
// Times are CareSoft's own: `YYYY-MM-DD HH:mm:ss` in Vietnam time; numbers national.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { type HttpHandler, HttpResponse } from 'msw';
import { routeHandlers, type StandInRoute } from './stand-in-routes.js';

export const careSoftStandInOrigin = 'https://api.caresoft.vn';

export interface CareSoftAgent {
  id: number;
  username: string;
  email: string;
  ipphone: string;
}

export interface CareSoftRecord {
  call_id: string;
  caller: string;
  called: string;
  agent_id: string | null;
  start_time: string;
  end_time: string;
  talk_time: number;
  wait_time: number;
  call_status: 'miss' | 'metAgent';
  missed_reason: string | null;
  path: string | null;
  path_download: string | null;
  /** Only when the stand-in models a CareSoft that sends our `tempId` back. */
  tempId?: string;
}

/** CareSoft's time text for a moment. */
export function careSoftTimeText(at: number): string {
  return new Date(at + 7 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

function careSoftTimeValue(text: string): number {
  return Date.parse(`${text.replace(' ', 'T')}+07:00`);
}

function national(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed === undefined ? e164 : `0${parsed.nationalNumber}`;
}

export class CareSoftStandIn {
  readonly agents: CareSoftAgent[] = [];
  readonly calls: CareSoftRecord[] = [];
  readonly requests: { method: string; path: string }[] = [];
  readonly #failures: { status: 429 | 500; retryAfterSeconds?: number }[] = [];
  #next = 880_001;

  constructor(
    readonly options: { now: () => number; apiToken: string; domain: string; origin?: string },
  ) {}

  get origin(): string {
    return this.options.origin ?? careSoftStandInOrigin;
  }

  failNext(...failures: { status: 429 | 500; retryAfterSeconds?: number }[]): void {
    this.#failures.push(...failures);
  }

  addAgent(email: string, ipphone: string): CareSoftAgent {
    const agent = {
      id: this.agents.length + 1,
      username: email.split('@')[0] ?? email,
      email,
      ipphone,
    };
    this.agents.push(agent);
    return agent;
  }

  /** A call on CsCall: `contact` in E.164, `hotline` our number, `agent` the extension. */
  placeCall(call: {
    direction: 'inbound' | 'outbound';
    contact: string;
    hotline: string;
    extension: string | null;
    startedAt: number;
    waitSeconds: number;
    talkSeconds: number | null;
    tempId?: string;
  }): CareSoftRecord {
    const callId = String(this.#next++);
    const answered = call.talkSeconds !== null;
    const endedAt = call.startedAt + (call.waitSeconds + (call.talkSeconds ?? 0)) * 1000;
    const outbound = call.direction === 'outbound';
    const record: CareSoftRecord = {
      call_id: callId,
      caller: outbound ? (call.extension ?? national(call.hotline)) : national(call.contact),
      called: outbound ? national(call.contact) : national(call.hotline),
      agent_id: call.extension,
      start_time: careSoftTimeText(call.startedAt),
      end_time: careSoftTimeText(endedAt),
      talk_time: call.talkSeconds ?? 0,
      wait_time: call.waitSeconds,
      call_status: answered ? 'metAgent' : 'miss',
      missed_reason: answered ? null : 'no_answer',
      path: answered ? `https://records.caresoft.vn/${this.options.domain}/${callId}.mp3` : null,
      path_download: answered
        ? `https://records.caresoft.vn/${this.options.domain}/${callId}.mp3?download=1`
        : null,
      ...(call.tempId === undefined ? {} : { tempId: call.tempId }),
    };
    this.calls.push(record);
    return record;
  }

  #guard(handler: (url: URL) => Response) {
    return ({
      request,
      params,
    }: {
      request: Request;
      params: Record<string, string | readonly string[] | undefined>;
    }) => {
      const url = new URL(request.url);
      this.requests.push({ method: request.method, path: url.pathname });
      if (params.domain !== this.options.domain) {
        return HttpResponse.json({ code: 'error', message: 'Domain not found' }, { status: 404 });
      }
      if (request.headers.get('authorization') !== `Bearer ${this.options.apiToken}`) {
        return HttpResponse.json({ code: 'error', message: 'Unauthorized' }, { status: 401 });
      }
      const failure = this.#failures.shift();
      if (failure !== undefined) {
        return HttpResponse.json(
          { code: 'error', message: failure.status === 429 ? 'Too Many Requests' : 'Error' },
          {
            status: failure.status,
            headers:
              failure.retryAfterSeconds === undefined
                ? {}
                : { 'Retry-After': String(failure.retryAfterSeconds) },
          },
        );
      }
      return handler(url);
    };
  }

  /** msw handlers on the real origin: for `msw/node` in the tests, and the demo. */
  get handlers(): HttpHandler[] {
    return routeHandlers(this.origin, this.routes);
  }

  /** The endpoints, built once. */
  get routes(): StandInRoute[] {
    this.#routes ??= this.#buildRoutes();
    return this.#routes;
  }

  #routes: StandInRoute[] | undefined;

  #buildRoutes(): StandInRoute[] {
    return [
      {
        method: 'GET',
        path: '/:domain/api/v1/agents',
        resolve: this.#guard(() => HttpResponse.json({ code: 'ok', agents: this.agents })),
      },
      {
        method: 'GET',
        path: '/:domain/api/v1/calls',
        resolve: this.#guard((url) => {
          const query = url.searchParams;
          const since = careSoftTimeValue(query.get('start_time_since') ?? '');
          const to = careSoftTimeValue(query.get('start_time_to') ?? '');
          if (Number.isNaN(since) || Number.isNaN(to)) {
            return HttpResponse.json(
              { code: 'error', message: 'start_time_since and start_time_to are required' },
              { status: 400 },
            );
          }
          const phone = query.get('phone');
          const calls = this.calls.filter((call) => {
            const at = careSoftTimeValue(call.start_time);
            return (
              at >= since &&
              at <= to &&
              (phone === null || call.caller === phone || call.called === phone)
            );
          });
          return HttpResponse.json({ code: 'ok', numFound: calls.length, calls });
        }),
      },
    ];
  }
}
