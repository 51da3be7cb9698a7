// A stand-in for the parts of HubSpot's CRM REST API the sync service uses, for the tests
// (`msw/node`), the benchmark and the `npm start` demo. It behaves as HubSpot documents:
// private-app Bearer tokens, search lagging writes by `searchLagMs`, at most 200 results a
// page, unknown properties refused, 429s with `Retry-After` when asked for, numbers shown
// formatted rather than as the E.164 they were written in.
import { type HttpHandler, HttpResponse } from 'msw';
import {
  type Filter,
  HubSpotStore,
  knownCallProperties,
  knownContactProperties,
  type ObjectType,
  type Properties,
  passes,
  type StoredObject,
} from './hubspot-store.js';
import { routeHandlers, type StandInRoute } from './stand-in-routes.js';

export const hubSpotStandInOrigin = 'https://api.hubapi.com';

/** A failure queued for the next matching request. */
export interface QueuedFailure {
  status: 429 | 500 | 502 | 503;
  retryAfterSeconds?: number;
  /** Only this request (`POST /crm/v3/objects/calls`), or those starting so when it ends in `*`. */
  match?: string;
  /** Carry the request out, then answer the failure: the write happened, the answer was lost. */
  afterWrite?: boolean;
}

export interface HubSpotStandInOptions {
  now: () => number;
  accessToken: string;
  origin?: string;
  searchLagMs?: number;
  /** Search requests per second before 429s (HubSpot allows a few); `null`: no limit. */
  searchPerSecond?: number | null;
}

type Body = Record<string, unknown>;

function error(status: number, category: string, message: string, headers?: HeadersInit) {
  return HttpResponse.json({ status: 'error', category, message }, { status, headers });
}

function view(object: StoredObject, properties: Properties, names: unknown) {
  const wanted = Array.isArray(names) ? names.filter((name) => typeof name === 'string') : [];
  const shown: Record<string, string | null> = {
    hs_object_id: object.id,
    hs_createdate: properties.hs_createdate ?? null,
    hs_lastmodifieddate: properties.hs_lastmodifieddate ?? null,
  };
  for (const name of wanted) shown[name] = properties[name] ?? null;
  return {
    id: object.id,
    properties: shown,
    createdAt: new Date(object.createdAt).toISOString(),
    updatedAt: properties.hs_lastmodifieddate ?? null,
    archived: false,
  };
}

function unknownProperty(type: ObjectType, properties: Properties): string | undefined {
  const known = type === 'calls' ? knownCallProperties : knownContactProperties;
  return Object.keys(properties).find((name) => !known.has(name));
}

function stringProperties(value: unknown): Properties | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const properties: Properties = {};
  for (const [name, text] of Object.entries(value)) {
    if (typeof text !== 'string') return null;
    properties[name] = text;
  }
  return properties;
}

export class HubSpotStandIn {
  readonly store: HubSpotStore;
  readonly origin: string;
  readonly requests: { method: string; path: string; body: Body | null }[] = [];
  readonly #failures: QueuedFailure[] = [];
  readonly #searches: number[] = [];
  searchPerSecond: number | null;

  constructor(private readonly options: HubSpotStandInOptions) {
    this.store = new HubSpotStore(options.now, options.searchLagMs ?? 3000);
    this.origin = options.origin ?? hubSpotStandInOrigin;
    this.searchPerSecond = options.searchPerSecond ?? null;
  }

  /** Makes the next request (matching `match`, if given) fail once per queued failure. */
  failNext(...failures: QueuedFailure[]): void {
    this.#failures.push(...failures);
  }

  addContact(properties: Properties): string {
    return this.store.create('contacts', properties).id;
  }

  /**
   * What HubSpot does when the widget sends `outgoingCall`/`incomingCall` with
   * `createEngagement: true`: a call record associated with the record dialled from.
   * Whether HubSpot keeps `externalCallId` in `hs_call_external_id` is not documented;
   * pass it in `properties` to model a portal that does.
   */
  logWidgetCall(properties: Properties, contactId: string | null): string {
    const call = this.store.create('calls', properties);
    if (contactId !== null) this.store.associate(call.id, contactId);
    return call.id;
  }

  /** What HubSpot does with the widget's `callCompleted` engagement properties. */
  completeWidgetCall(id: string, properties: Properties): void {
    const call = this.store.get('calls', id);
    if (call === undefined) throw new Error(`no call ${id}`);
    this.store.update(call, properties);
  }

  /** A call's properties as they are now. */
  call(id: string): Properties {
    const call = this.store.get('calls', id);
    if (call === undefined) throw new Error(`no call ${id}`);
    return this.store.latest(call);
  }

  calls(): { id: string; properties: Properties; contactIds: string[] }[] {
    return this.store.all('calls').map((call) => ({
      id: call.id,
      properties: this.store.latest(call),
      contactIds: [...(this.store.callContacts.get(call.id) ?? [])],
    }));
  }

  writes(): { method: string; path: string; body: Body | null }[] {
    return this.requests.filter(
      (request) =>
        (request.method === 'PATCH' || request.method === 'POST') &&
        !request.path.endsWith('/search') &&
        !request.path.endsWith('/batch/read'),
    );
  }

  #failure(method: string, path: string): QueuedFailure | null {
    const index = this.#failures.findIndex(
      (failure) =>
        failure.match === undefined ||
        (failure.match.endsWith('*')
          ? `${method} ${path}`.startsWith(failure.match.slice(0, -1))
          : `${method} ${path}` === failure.match),
    );
    if (index === -1) return null;
    const [failure] = this.#failures.splice(index, 1);
    return failure ?? null;
  }

  #searchLimited(): Response | null {
    if (this.searchPerSecond === null) return null;
    const now = this.options.now();
    while (this.#searches.length > 0 && (this.#searches[0] ?? now) <= now - 1000)
      this.#searches.shift();
    if (this.#searches.length >= this.searchPerSecond) {
      return error(429, 'RATE_LIMITS', 'You have reached your secondly limit.', {
        'Retry-After': '1',
      });
    }
    this.#searches.push(now);
    return null;
  }

  /** Every request: the token, then any queued failure, then the handler. */
  #guard(
    handler: (
      request: Request,
      body: Body | null,
      params: Record<string, string>,
    ) => Response | Promise<Response>,
  ) {
    return async ({
      request,
      params,
    }: {
      request: Request;
      params: Record<string, string | readonly string[] | undefined>;
    }) => {
      const url = new URL(request.url);
      const text = request.method === 'GET' ? '' : await request.text();
      let body: Body | null = null;
      if (text !== '') {
        try {
          body = JSON.parse(text) as Body;
        } catch {
          return error(400, 'VALIDATION_ERROR', 'Invalid input JSON');
        }
      }
      this.requests.push({ method: request.method, path: url.pathname, body });
      if (request.headers.get('authorization') !== `Bearer ${this.options.accessToken}`) {
        return error(401, 'INVALID_AUTHENTICATION', 'Authentication credentials not found.');
      }
      const failure = this.#failure(request.method, url.pathname);
      const plain: Record<string, string> = {};
      for (const [key, value] of Object.entries(params)) {
        if (typeof value === 'string') plain[key] = value;
      }
      if (failure === null) return handler(request, body, plain);
      if (failure.afterWrite) await handler(request, body, plain);
      const headers: HeadersInit =
        failure.retryAfterSeconds === undefined
          ? {}
          : { 'Retry-After': String(failure.retryAfterSeconds) };
      return failure.status === 429
        ? error(429, 'RATE_LIMITS', 'You have reached your secondly limit.', headers)
        : error(failure.status, 'INTERNAL_ERROR', 'Something went wrong.', headers);
    };
  }

  #search(type: ObjectType, body: Body | null): Response {
    const limited = this.#searchLimited();
    if (limited !== null) return limited;
    const groups = Array.isArray(body?.filterGroups)
      ? (body.filterGroups as { filters: Filter[] }[])
      : [];
    if (groups.length > 5)
      return error(400, 'VALIDATION_ERROR', 'Too many filter groups (5 at most).');
    const limit = typeof body?.limit === 'number' ? body.limit : 10;
    if (limit > 200) return error(400, 'VALIDATION_ERROR', 'limit must be 200 or less.');
    const after = typeof body?.after === 'string' ? Number(body.after) : 0;
    const found: { object: StoredObject; properties: Properties }[] = [];
    const seen = new Set<string>();
    const groupsToRun = groups.length === 0 ? [{ filters: [] }] : groups;
    for (const group of groupsToRun) {
      const filters = group.filters ?? [];
      for (const object of this.store.candidates(type, filters)) {
        if (seen.has(object.id)) continue;
        const properties = this.store.indexed(object);
        if (properties === undefined) continue;
        if (filters.every((filter) => passes(properties, filter))) {
          seen.add(object.id);
          found.push({ object, properties });
        }
      }
    }
    const sort = Array.isArray(body?.sorts)
      ? (body.sorts[0] as { propertyName?: string; direction?: string })
      : undefined;
    if (sort?.propertyName !== undefined) {
      const name = sort.propertyName;
      const sign = sort.direction === 'DESCENDING' ? -1 : 1;
      found.sort(
        (a, b) => sign * ((a.properties[name] ?? '') < (b.properties[name] ?? '') ? -1 : 1),
      );
    }
    const page = found.slice(after, after + limit);
    const next =
      after + limit < found.length ? { next: { after: String(after + limit) } } : undefined;
    return HttpResponse.json({
      total: found.length,
      results: page.map(({ object, properties }) => view(object, properties, body?.properties)),
      ...(next === undefined ? {} : { paging: next }),
    });
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
    const store = this.store;
    return [
      {
        method: 'POST',
        path: '/crm/v3/objects/calls/search',
        resolve: this.#guard((_request, body) => this.#search('calls', body)),
      },
      {
        method: 'POST',
        path: '/crm/v3/objects/contacts/search',
        resolve: this.#guard((_request, body) => this.#search('contacts', body)),
      },
      {
        method: 'POST',
        path: '/crm/v3/objects/calls/batch/read',
        resolve: this.#guard((_request, body) => {
          const inputs = Array.isArray(body?.inputs) ? (body.inputs as { id?: unknown }[]) : [];
          if (inputs.length > 100) return error(400, 'VALIDATION_ERROR', 'At most 100 inputs.');
          const results = inputs.flatMap((input) => {
            const call = typeof input.id === 'string' ? store.get('calls', input.id) : undefined;
            return call === undefined ? [] : [view(call, store.latest(call), body?.properties)];
          });
          return HttpResponse.json({ status: 'COMPLETE', results });
        }),
      },
      {
        method: 'GET',
        path: '/crm/v3/objects/calls/:id',
        resolve: this.#guard((request, _body, params) => {
          const call = store.get('calls', params.id ?? '');
          if (call === undefined) return error(404, 'OBJECT_NOT_FOUND', 'Object not found.');
          const names = new URL(request.url).searchParams.get('properties')?.split(',') ?? [];
          return HttpResponse.json(view(call, store.latest(call), names));
        }),
      },
      {
        method: 'PATCH',
        path: '/crm/v3/objects/calls/:id',
        resolve: this.#guard((_request, body, params) => {
          const call = store.get('calls', params.id ?? '');
          if (call === undefined) return error(404, 'OBJECT_NOT_FOUND', 'Object not found.');
          const properties = stringProperties(body?.properties);
          if (properties === null)
            return error(400, 'VALIDATION_ERROR', 'properties must be strings.');
          const unknown = unknownProperty('calls', properties);
          if (unknown !== undefined) {
            return error(400, 'VALIDATION_ERROR', `Property "${unknown}" does not exist`);
          }
          store.update(call, properties);
          return HttpResponse.json(view(call, store.latest(call), Object.keys(properties)));
        }),
      },
      {
        method: 'POST',
        path: '/crm/v3/objects/:type',
        resolve: this.#guard((_request, body, params) => {
          const type = params.type;
          if (type !== 'calls' && type !== 'contacts')
            return error(404, 'OBJECT_NOT_FOUND', 'Unknown object type.');
          const properties = stringProperties(body?.properties ?? {});
          if (properties === null)
            return error(400, 'VALIDATION_ERROR', 'properties must be strings.');
          const unknown = unknownProperty(type, properties);
          if (unknown !== undefined) {
            return error(400, 'VALIDATION_ERROR', `Property "${unknown}" does not exist`);
          }
          const associations = Array.isArray(body?.associations)
            ? (body.associations as {
                to?: { id?: unknown };
                types?: { associationTypeId?: unknown }[];
              }[])
            : [];
          for (const association of associations) {
            const contactId = String(association.to?.id ?? '');
            if (type !== 'calls' || store.get('contacts', contactId) === undefined) {
              return error(400, 'VALIDATION_ERROR', `Cannot associate with ${contactId}.`);
            }
            if (association.types?.[0]?.associationTypeId !== 194) {
              return error(400, 'VALIDATION_ERROR', 'Unknown association type.');
            }
          }
          const object = store.create(type, properties);
          for (const association of associations)
            store.associate(object.id, String(association.to?.id));
          return HttpResponse.json(view(object, store.latest(object), Object.keys(properties)), {
            status: 201,
          });
        }),
      },
      {
        method: 'GET',
        path: '/crm/v4/objects/contacts/:id/associations/calls',
        resolve: this.#guard((request, _body, params) => {
          const ids = [...(store.contactCalls.get(params.id ?? '') ?? [])];
          const query = new URL(request.url).searchParams;
          const limit = Math.min(500, Number(query.get('limit') ?? '500'));
          const after = Number(query.get('after') ?? '0');
          const page = ids.slice(after, after + limit);
          return HttpResponse.json({
            results: page.map((toObjectId) => ({
              toObjectId: Number(toObjectId),
              associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 194, label: null }],
            })),
            ...(after + limit < ids.length
              ? { paging: { next: { after: String(after + limit) } } }
              : {}),
          });
        }),
      },
      {
        method: 'GET',
        path: '/crm/v3/owners',
        resolve: this.#guard((request) => {
          const email = new URL(request.url).searchParams.get('email');
          const results = store.owners.filter(
            (owner) => email === null || owner.email.toLowerCase() === email.toLowerCase(),
          );
          return HttpResponse.json({
            results: results.map((owner) => ({
              ...owner,
              userId: Number(owner.id) + 1000,
              archived: false,
            })),
          });
        }),
      },
    ];
  }
}
