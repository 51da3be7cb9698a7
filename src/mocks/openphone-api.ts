// A stand-in for OpenPhone's REST API and the bodies of its call webhooks, for the tests,
// the benchmark and the `npm start` demo. As documented: `Authorization: <key>` (no
// "Bearer"), 10 requests/s per key then 429, `{ data }` answers, calls with
// `participants` in the API and `from`/`to` in webhooks.
import { type HttpHandler, HttpResponse } from 'msw';
import { assertNever } from '../assert-never.js';
import { routeHandlers, type StandInRoute } from './stand-in-routes.js';

export const openPhoneStandInOrigin = 'https://api.openphone.com';

export interface OpenPhoneUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
}

export interface OpenPhoneNumber {
  id: string;
  number: string;
  users: OpenPhoneUser[];
}

export type OpenPhoneStatus =
  | 'completed'
  | 'busy'
  | 'failed'
  | 'no-answer'
  | 'canceled'
  | 'missed'
  | 'ringing'
  | 'in-progress';

export interface StandInCall {
  id: string;
  direction: 'incoming' | 'outgoing';
  status: OpenPhoneStatus;
  phoneNumberId: string;
  userId: string | null;
  /** The other party, E.164. */
  participant: string;
  createdAt: number;
  answeredAt: number | null;
  completedAt: number | null;
}

export interface PlacedCall {
  direction: 'incoming' | 'outgoing';
  phoneNumberId: string;
  userId: string | null;
  participant: string;
  createdAt: number;
  /** Seconds from ringing to answer; `null`: nobody answered. */
  answerAfterSeconds: number | null;
  /** Seconds of talk (or of ringing, when unanswered). */
  seconds: number;
  status?: OpenPhoneStatus;
}

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

export class OpenPhoneStandIn {
  readonly numbers: OpenPhoneNumber[] = [];
  readonly calls = new Map<string, StandInCall>();
  readonly #byParticipant = new Map<string, StandInCall[]>();
  readonly recordings = new Map<string, { url: string; duration: number }>();
  readonly summaries = new Map<string, { summary: string[]; nextSteps: string[] }>();
  readonly transcripts = new Map<
    string,
    { content: string; start: number; end: number; identifier: string }[]
  >();
  readonly requests: { method: string; path: string }[] = [];
  readonly #failures: { status: 429 | 500 | 503; retryAfterSeconds?: number }[] = [];
  readonly #recent: number[] = [];
  #next = 1;
  /** Requests per second before 429s (OpenPhone: 10); `null`: no limit. */
  perSecond: number | null;

  constructor(
    readonly options: {
      now: () => number;
      apiKey: string;
      origin?: string;
      perSecond?: number | null;
    },
  ) {
    this.perSecond = options.perSecond ?? null;
  }

  get origin(): string {
    return this.options.origin ?? openPhoneStandInOrigin;
  }

  failNext(...failures: { status: 429 | 500 | 503; retryAfterSeconds?: number }[]): void {
    this.#failures.push(...failures);
  }

  addNumber(number: string, users: OpenPhoneUser[]): string {
    const id = `PN${String(this.#next++).padStart(8, '0')}`;
    this.numbers.push({ id, number, users });
    return id;
  }

  /** A call that happened on the phone: its record, as OpenPhone keeps it. */
  placeCall(placed: PlacedCall): StandInCall {
    const id = `AC${(this.#next++).toString(16).padStart(32, '0')}`;
    const answeredAt =
      placed.answerAfterSeconds === null
        ? null
        : placed.createdAt + placed.answerAfterSeconds * 1000;
    const completedAt = (answeredAt ?? placed.createdAt) + placed.seconds * 1000;
    const status: OpenPhoneStatus =
      placed.status ??
      (answeredAt !== null
        ? 'completed'
        : placed.direction === 'incoming'
          ? 'missed'
          : 'no-answer');
    const call: StandInCall = {
      id,
      direction: placed.direction,
      status,
      phoneNumberId: placed.phoneNumberId,
      userId: placed.userId,
      participant: placed.participant,
      createdAt: placed.createdAt,
      answeredAt,
      completedAt,
    };
    this.calls.set(id, call);
    const same = this.#byParticipant.get(call.participant) ?? [];
    same.push(call);
    this.#byParticipant.set(call.participant, same);
    return call;
  }

  line(call: StandInCall): string {
    return this.numbers.find((number) => number.id === call.phoneNumberId)?.number ?? '';
  }

  /**
   * The call as webhooks carry it (`from`/`to`, `media`). `call.completed` comes before
   * the recording is processed, so its `media` is empty; `call.recording.completed` has it.
   */
  webhookCall(call: StandInCall, withMedia = true): Record<string, unknown> {
    const line = this.line(call);
    const incoming = call.direction === 'incoming';
    const recording = this.recordings.get(call.id);
    return {
      id: call.id,
      object: 'call',
      createdAt: iso(call.createdAt),
      answeredAt: iso(call.answeredAt),
      completedAt: iso(call.completedAt),
      direction: call.direction,
      from: incoming ? call.participant : line,
      to: incoming ? line : call.participant,
      media:
        recording === undefined || !withMedia
          ? []
          : [{ url: recording.url, type: 'audio/mpeg', duration: recording.duration }],
      phoneNumberId: call.phoneNumberId,
      status: call.status,
      userId: call.userId,
      voicemail: null,
      conversationId: `CN${call.id.slice(2, 34)}`,
    };
  }

  /** The call as the REST API answers it (`participants`, `duration`). */
  restCall(call: StandInCall): Record<string, unknown> {
    return {
      id: call.id,
      answeredAt: iso(call.answeredAt),
      answeredBy: call.answeredAt === null ? null : call.userId,
      completedAt: iso(call.completedAt),
      createdAt: iso(call.createdAt),
      updatedAt: iso(call.completedAt ?? call.createdAt),
      direction: call.direction,
      duration:
        call.answeredAt === null || call.completedAt === null
          ? 0
          : Math.round((call.completedAt - call.answeredAt) / 1000),
      participants: [call.participant],
      phoneNumberId: call.phoneNumberId,
      status: call.status,
      userId: call.userId,
    };
  }

  /** A webhook body for one of the call events, as OpenPhone posts it. */
  event(
    type:
      | 'call.completed'
      | 'call.recording.completed'
      | 'call.summary.completed'
      | 'call.transcript.completed',
    call: StandInCall,
  ): Record<string, unknown> {
    const object = (() => {
      switch (type) {
        case 'call.completed':
          return this.webhookCall(call, false);
        case 'call.recording.completed':
          return this.webhookCall(call);
        case 'call.summary.completed':
          return {
            object: 'callSummary',
            callId: call.id,
            status: 'completed',
            ...this.summaries.get(call.id),
          };
        case 'call.transcript.completed':
          return {
            object: 'callTranscript',
            callId: call.id,
            status: 'completed',
            createdAt: iso(call.completedAt),
            dialogue: this.transcripts.get(call.id) ?? [],
          };
        default:
          return assertNever(type);
      }
    })();
    return {
      id: `EV${(this.#next++).toString(16).padStart(32, '0')}`,
      object: 'event',
      apiVersion: 'v3',
      createdAt: new Date(this.options.now()).toISOString(),
      type,
      data: { object },
    };
  }

  #limited(): Response | null {
    const failure = this.#failures.shift();
    if (failure !== undefined) {
      return HttpResponse.json(
        { message: failure.status === 429 ? 'Too many requests' : 'Internal error' },
        {
          status: failure.status,
          headers:
            failure.retryAfterSeconds === undefined
              ? {}
              : { 'Retry-After': String(failure.retryAfterSeconds) },
        },
      );
    }
    if (this.perSecond === null) return null;
    const now = this.options.now();
    while (this.#recent.length > 0 && (this.#recent[0] ?? now) <= now - 1000) this.#recent.shift();
    if (this.#recent.length >= this.perSecond) {
      return HttpResponse.json({ message: 'Too many requests' }, { status: 429 });
    }
    this.#recent.push(now);
    return null;
  }

  #guard(handler: (url: URL, params: Record<string, string>) => Response) {
    return ({
      request,
      params,
    }: {
      request: Request;
      params: Record<string, string | readonly string[] | undefined>;
    }) => {
      const url = new URL(request.url);
      this.requests.push({ method: request.method, path: url.pathname });
      if (request.headers.get('authorization') !== this.options.apiKey) {
        return HttpResponse.json({ message: 'Unauthorized' }, { status: 401 });
      }
      const limited = this.#limited();
      if (limited !== null) return limited;
      const plain: Record<string, string> = {};
      for (const [key, value] of Object.entries(params))
        if (typeof value === 'string') plain[key] = value;
      return handler(url, plain);
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
    const notFound = () => HttpResponse.json({ message: 'Not found' }, { status: 404 });
    return [
      {
        method: 'GET',
        path: '/v1/phone-numbers',
        resolve: this.#guard(() =>
          HttpResponse.json({
            data: this.numbers.map((number) => ({ ...number, object: 'phoneNumber' })),
          }),
        ),
      },
      {
        method: 'GET',
        path: '/v1/calls',
        resolve: this.#guard((url) => {
          const query = url.searchParams;
          const phoneNumberId = query.get('phoneNumberId');
          const participants = query.getAll('participants[]');
          if (phoneNumberId === null || participants.length === 0) {
            return HttpResponse.json(
              { message: 'phoneNumberId and participants are required' },
              { status: 400 },
            );
          }
          const after = Date.parse(query.get('createdAfter') ?? '') || Number.NEGATIVE_INFINITY;
          const before = Date.parse(query.get('createdBefore') ?? '') || Number.POSITIVE_INFINITY;
          const max = Math.min(100, Number(query.get('maxResults') ?? '10'));
          const calls = participants
            .flatMap((participant) => this.#byParticipant.get(participant) ?? [])
            .filter(
              (call) =>
                call.phoneNumberId === phoneNumberId &&
                participants.includes(call.participant) &&
                call.createdAt >= after &&
                call.createdAt <= before,
            )
            .sort((a, b) => b.createdAt - a.createdAt)
            .slice(0, max);
          return HttpResponse.json({
            data: calls.map((call) => this.restCall(call)),
            totalItems: calls.length,
          });
        }),
      },
      {
        method: 'GET',
        path: '/v1/calls/:id',
        resolve: this.#guard((_url, params) => {
          const call = this.calls.get(params.id ?? '');
          return call === undefined ? notFound() : HttpResponse.json({ data: this.restCall(call) });
        }),
      },
      {
        method: 'GET',
        path: '/v1/call-recordings/:id',
        resolve: this.#guard((_url, params) => {
          const call = this.calls.get(params.id ?? '');
          if (call === undefined) return notFound();
          const recording = this.recordings.get(call.id);
          return HttpResponse.json({
            data:
              recording === undefined
                ? []
                : [
                    {
                      id: `RE${call.id.slice(2)}`,
                      url: recording.url,
                      type: 'audio/mpeg',
                      duration: recording.duration,
                      startTime: iso(call.answeredAt),
                      status: 'completed',
                    },
                  ],
          });
        }),
      },
      {
        method: 'GET',
        path: '/v1/call-summaries/:id',
        resolve: this.#guard((_url, params) => {
          const summary = this.summaries.get(params.id ?? '');
          return summary === undefined
            ? notFound()
            : HttpResponse.json({ data: { callId: params.id, status: 'completed', ...summary } });
        }),
      },
      {
        method: 'GET',
        path: '/v1/call-transcripts/:id',
        resolve: this.#guard((_url, params) => {
          const dialogue = this.transcripts.get(params.id ?? '');
          return dialogue === undefined
            ? notFound()
            : HttpResponse.json({ data: { callId: params.id, status: 'completed', dialogue } });
        }),
      },
    ];
  }
}
