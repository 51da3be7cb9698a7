import * as v from 'valibot';
import type { OpenPhoneConfig } from './config.js';
import {
  type OpenPhoneCall,
  type OpenPhoneSummary,
  type OpenPhoneTranscript,
  openPhoneCallSchema,
  openPhoneSummarySchema,
  openPhoneTranscriptSchema,
} from './openphone-events.js';
import { TtlCache } from './ttl-cache.js';
import { requestUpstream, type UpstreamDeps } from './upstream.js';
import { readAnswer } from './upstream-answer.js';

// OpenPhone's REST API (`Authorization: <key>`, no "Bearer"; 10 requests/s per key).

const phoneNumbersAnswer = v.object({
  data: v.array(
    v.object({
      id: v.string(),
      users: v.optional(
        v.nullable(
          v.array(v.object({ id: v.string(), email: v.optional(v.nullable(v.string())) })),
        ),
      ),
    }),
  ),
});
const callAnswer = v.object({ data: openPhoneCallSchema });
// A call that fails the schema (an ongoing one, a field we cannot read) is left out rather
// than failing the whole list: it simply cannot be a rival.
const callsAnswer = v.object({ data: v.array(v.unknown()) });
const summaryAnswer = v.object({ data: openPhoneSummarySchema });
const transcriptAnswer = v.object({ data: openPhoneTranscriptSchema });
const recordingsAnswer = v.object({
  data: v.array(
    v.object({
      url: v.optional(v.nullable(v.string())),
      status: v.optional(v.nullable(v.string())),
    }),
  ),
});

export interface OpenPhoneClient {
  /** The email of an OpenPhone user, from the workspace's phone numbers and their users. */
  userEmail(userId: string): Promise<string | null>;
  call(callId: string): Promise<OpenPhoneCall | null>;
  /** Calls of one of our numbers with one participant, created in a time range. */
  callsWith(
    phoneNumberId: string,
    participant: string,
    createdAfter: number,
    createdBefore: number,
  ): Promise<OpenPhoneCall[]>;
  summary(callId: string): Promise<OpenPhoneSummary | null>;
  transcript(callId: string): Promise<OpenPhoneTranscript | null>;
  /** The call's recording link as OpenPhone gives it now. */
  recordingUrl(callId: string): Promise<string | null>;
}

export function openPhoneClient(deps: UpstreamDeps, config: OpenPhoneConfig): OpenPhoneClient {
  const headers = { authorization: config.apiKey, accept: 'application/json' };
  const get = (path: string, accept: readonly number[] = []) =>
    requestUpstream(
      deps,
      'openphone',
      `${config.apiBase}${path}`,
      { method: 'GET', headers },
      { accept },
    );
  const emails = new TtlCache<Map<string, string>>(5 * 60_000, 1, deps.now);
  const id = (value: string) => encodeURIComponent(value);

  return {
    async userEmail(userId) {
      const byUser = await emails.get('all', async () => {
        const answer = await get('/v1/phone-numbers');
        const map = new Map<string, string>();
        for (const number of readAnswer('openphone', phoneNumbersAnswer, answer.body).data) {
          for (const user of number.users ?? []) {
            if (user.email) map.set(user.id, user.email);
          }
        }
        return map;
      });
      return byUser.get(userId) ?? null;
    },

    async call(callId) {
      const answer = await get(`/v1/calls/${id(callId)}`, [404]);
      return answer.status === 404 ? null : readAnswer('openphone', callAnswer, answer.body).data;
    },

    async callsWith(phoneNumberId, participant, createdAfter, createdBefore) {
      const query = new URLSearchParams({
        phoneNumberId,
        'participants[]': participant,
        createdAfter: new Date(createdAfter).toISOString(),
        createdBefore: new Date(createdBefore).toISOString(),
        maxResults: '50',
      });
      const answer = await get(`/v1/calls?${query}`);
      return readAnswer('openphone', callsAnswer, answer.body).data.flatMap((item) => {
        const call = v.safeParse(openPhoneCallSchema, item);
        return call.success ? [call.output] : [];
      });
    },

    async summary(callId) {
      const answer = await get(`/v1/call-summaries/${id(callId)}`, [404]);
      return answer.status === 404
        ? null
        : readAnswer('openphone', summaryAnswer, answer.body).data;
    },

    async transcript(callId) {
      const answer = await get(`/v1/call-transcripts/${id(callId)}`, [404]);
      return answer.status === 404
        ? null
        : readAnswer('openphone', transcriptAnswer, answer.body).data;
    },

    async recordingUrl(callId) {
      const answer = await get(`/v1/call-recordings/${id(callId)}`, [404]);
      if (answer.status === 404) return null;
      const recording = readAnswer('openphone', recordingsAnswer, answer.body).data.find(
        (item) => item.url?.startsWith('https://') && (item.status ?? 'completed') === 'completed',
      );
      return recording?.url ?? null;
    },
  };
}
