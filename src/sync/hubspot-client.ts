import * as v from 'valibot';
import { type HubSpotCall, hubSpotCallProperties, readHubSpotCall } from './hubspot-call.js';
import { matchWindow } from './match.js';
import { countryOf, nationalDigits, sameNumber } from './phone-number.js';
import { type ProviderCall, providerKey } from './provider-call.js';
import { requestUpstream, type UpstreamDeps } from './upstream.js';
import { readAnswer } from './upstream-answer.js';

// HubSpot's CRM v3 REST API, the calls the service makes and nothing else. Search is the
// only way to find calls by a property, and it lags writes by seconds: reads that must see
// the service's own writes at once (a replayed event) go through associations and batch
// reads instead, which read the record itself.

const crmObject = v.object({
  id: v.string(),
  properties: v.record(v.string(), v.optional(v.nullable(v.string()))),
});
const searchAnswer = v.object({
  total: v.optional(v.number()),
  results: v.array(crmObject),
  paging: v.optional(v.object({ next: v.optional(v.object({ after: v.string() })) })),
});
const batchAnswer = v.object({ results: v.array(crmObject) });
const created = v.object({ id: v.string() });
const associationsAnswer = v.object({
  results: v.array(v.object({ toObjectId: v.union([v.string(), v.number()]) })),
  paging: v.optional(v.object({ next: v.optional(v.object({ after: v.string() })) })),
});
const ownersAnswer = v.object({
  results: v.array(v.object({ id: v.string(), email: v.optional(v.nullable(v.string())) })),
});

/** HubSpot's association type for a call to a contact. */
export const callToContactAssociation = 194;

/** A contact's most recent calls read to see the service's own fresh writes. */
export const maxContactCallsRead = 200;

/** Search pages read for one window; a busier window is too crowded to match in. */
const maxSearchPages = 3;

interface Filter {
  propertyName: string;
  operator: 'EQ' | 'BETWEEN' | 'IN';
  value?: string;
  highValue?: string;
  values?: string[];
}

export interface HubSpotClient {
  /** Calls carrying this call's key or `tempId`, and calls in its window. `complete: false`: too many to be sure. */
  callsNear(
    call: ProviderCall,
    ownerId: string | null,
  ): Promise<{ calls: HubSpotCall[]; complete: boolean }>;
  /** Contacts whose phone or mobile is this number. */
  contactsWithNumber(e164: string): Promise<string[]>;
  /** Every call associated with these contacts, read from the records themselves (no search lag). */
  callsOfContacts(contactIds: readonly string[]): Promise<HubSpotCall[]>;
  /** These calls as they are now (no search lag). */
  readCalls(ids: readonly string[]): Promise<HubSpotCall[]>;
  updateCall(id: string, properties: Record<string, string>): Promise<void>;
  createCall(properties: Record<string, string>, contactIds: readonly string[]): Promise<string>;
  createContact(e164: string): Promise<string>;
  ownerIdByEmail(email: string): Promise<string | null>;
}

export function hubSpotClient(
  deps: UpstreamDeps,
  config: { accessToken: string; apiBase: string },
): HubSpotClient {
  const headers = {
    authorization: `Bearer ${config.accessToken}`,
    'content-type': 'application/json',
    accept: 'application/json',
  };
  const url = (path: string) => `${config.apiBase}${path}`;
  // Searches and batch reads are POSTs that change nothing: safe to repeat.
  const post = (path: string, body: unknown, idempotent = true) =>
    requestUpstream(
      deps,
      'hubspot',
      url(path),
      { method: 'POST', headers, body: JSON.stringify(body) },
      { idempotent },
    );
  const get = (path: string) =>
    requestUpstream(deps, 'hubspot', url(path), { method: 'GET', headers });

  async function searchCalls(filterGroups: { filters: Filter[] }[]) {
    const calls: HubSpotCall[] = [];
    let after: string | undefined;
    for (let page = 0; page < maxSearchPages; page += 1) {
      const answer = await post('/crm/v3/objects/calls/search', {
        filterGroups,
        properties: hubSpotCallProperties,
        sorts: [{ propertyName: 'hs_timestamp', direction: 'ASCENDING' }],
        limit: 100,
        ...(after === undefined ? {} : { after }),
      });
      const parsed = readAnswer('hubspot', searchAnswer, answer.body);
      calls.push(...parsed.results.map(readHubSpotCall));
      after = parsed.paging?.next?.after;
      if (after === undefined) return { calls, complete: true };
    }
    return { calls, complete: false };
  }

  async function batchReadCalls(ids: readonly string[]): Promise<HubSpotCall[]> {
    const calls: HubSpotCall[] = [];
    for (let start = 0; start < ids.length; start += 100) {
      const answer = await post('/crm/v3/objects/calls/batch/read', {
        inputs: ids.slice(start, start + 100).map((id) => ({ id })),
        properties: hubSpotCallProperties,
      });
      calls.push(...readAnswer('hubspot', batchAnswer, answer.body).results.map(readHubSpotCall));
    }
    return calls;
  }

  return {
    async callsNear(call, ownerId) {
      const keyed: { filters: Filter[] }[] = [
        {
          filters: [
            {
              propertyName: 'hs_call_external_id',
              operator: 'EQ',
              value: providerKey(call.provider, call.id),
            },
          ],
        },
      ];
      if (call.tempId !== null) {
        keyed.push({
          filters: [{ propertyName: 'hs_call_external_id', operator: 'EQ', value: call.tempId }],
        });
      }
      const window: Filter[] = [
        {
          propertyName: 'hs_timestamp',
          operator: 'BETWEEN',
          value: String(call.startedAt - matchWindow.beforeStartMs),
          highValue: String(call.endedAt + matchWindow.afterEndMs),
        },
        { propertyName: 'hs_call_direction', operator: 'EQ', value: call.direction },
      ];
      if (ownerId !== null)
        window.push({ propertyName: 'hubspot_owner_id', operator: 'EQ', value: ownerId });
      return searchCalls([...keyed, { filters: window }]);
    },

    async contactsWithNumber(e164) {
      const national = nationalDigits(e164);
      // HubSpot keeps numbers as typed; its calculated, searchable copies hold the digits.
      const answer = await post('/crm/v3/objects/contacts/search', {
        filterGroups: [
          { filters: [{ propertyName: 'phone', operator: 'EQ', value: e164 }] },
          { filters: [{ propertyName: 'mobilephone', operator: 'EQ', value: e164 }] },
          {
            filters: [
              {
                propertyName: 'hs_searchable_calculated_phone_number',
                operator: 'EQ',
                value: national,
              },
            ],
          },
          {
            filters: [
              {
                propertyName: 'hs_searchable_calculated_mobile_number',
                operator: 'EQ',
                value: national,
              },
            ],
          },
        ],
        properties: ['phone', 'mobilephone'],
        limit: 100,
      });
      const country = countryOf(e164);
      return readAnswer('hubspot', searchAnswer, answer.body)
        .results.filter(
          ({ properties }) =>
            sameNumber(properties.phone ?? null, e164, country) ||
            sameNumber(properties.mobilephone ?? null, e164, country),
        )
        .map(({ id }) => id);
    },

    async callsOfContacts(contactIds) {
      const ids = new Set<string>();
      for (const contactId of contactIds) {
        let after: string | undefined;
        for (let page = 0; page < 4; page += 1) {
          const query = new URLSearchParams({
            limit: '500',
            ...(after === undefined ? {} : { after }),
          });
          const answer = await get(
            `/crm/v4/objects/contacts/${encodeURIComponent(contactId)}/associations/calls?${query}`,
          );
          const parsed = readAnswer('hubspot', associationsAnswer, answer.body);
          for (const { toObjectId } of parsed.results) ids.add(String(toObjectId));
          after = parsed.paging?.next?.after;
          if (after === undefined) break;
        }
      }
      // Only the latest calls matter here (one logged a moment ago); HubSpot's ids grow
      // with time, so a contact with thousands of calls costs two batch reads, not twenty.
      const latest = [...ids]
        .sort((a, b) => b.length - a.length || (a < b ? 1 : a > b ? -1 : 0))
        .slice(0, maxContactCallsRead);
      return batchReadCalls(latest);
    },

    readCalls: batchReadCalls,

    async updateCall(id, properties) {
      await requestUpstream(
        deps,
        'hubspot',
        url(`/crm/v3/objects/calls/${encodeURIComponent(id)}`),
        {
          method: 'PATCH',
          headers,
          body: JSON.stringify({ properties }),
        },
      );
    },

    async createCall(properties, contactIds) {
      const answer = await post(
        '/crm/v3/objects/calls',
        {
          properties,
          associations: contactIds.map((id) => ({
            to: { id },
            types: [
              {
                associationCategory: 'HUBSPOT_DEFINED',
                associationTypeId: callToContactAssociation,
              },
            ],
          })),
        },
        false,
      );
      return readAnswer('hubspot', created, answer.body).id;
    },

    async createContact(e164) {
      const answer = await post('/crm/v3/objects/contacts', { properties: { phone: e164 } }, false);
      return readAnswer('hubspot', created, answer.body).id;
    },

    async ownerIdByEmail(email) {
      const query = new URLSearchParams({ email, limit: '1' });
      const answer = await get(`/crm/v3/owners?${query}`);
      const owner = readAnswer('hubspot', ownersAnswer, answer.body).results.find(
        (result) => result.email?.toLowerCase() === email.toLowerCase(),
      );
      return owner?.id ?? null;
    },
  };
}
