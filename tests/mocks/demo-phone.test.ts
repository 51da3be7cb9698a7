import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPhone, demoRecording } from '../../src/mocks/demo-phone';

// The demo runs the real sync service against in-process stand-ins: no request may leave.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

function phoneWithManualFollowUps() {
  const followUps: (() => Promise<void>)[] = [];
  const phone = demoPhone({ later: (task) => followUps.push(task) });
  return { phone, runFollowUps: () => Promise.all(followUps.map((task) => task())) };
}

describe('the demo’s phone side', () => {
  it('plays an answered outbound call: status and talk time at once, then recording and summary', async () => {
    const { phone, runFollowUps } = phoneWithManualFollowUps();
    const loggedAt = Date.now() - 60_000;
    const played = await phone.play(
      {
        externalCallId: 'demo-call-1',
        direction: 'OUTBOUND',
        contactNumber: '+12025550143',
        loggedAt,
        talkSeconds: 42,
      },
      'https://localhost:9025/demo-sync/recordings',
    );

    expect(phone.view('demo-call-1')).toMatchObject({
      status: 'COMPLETED',
      durationMs: 42_000,
      recordingUrl: null,
      providerCallId: played.providerCallId,
    });
    await runFollowUps();
    const view = phone.view('demo-call-1');
    expect(view?.recordingUrl).toBe(
      `https://localhost:9025/demo-sync/recordings/${played.providerCallId}.wav`,
    );
    expect(view?.summary).toContain('• The customer confirmed the details discussed.');
    expect(view?.outcomes[0]).toBe('call.completed: updated');
  });

  it('plays an unanswered call as no answer, with nothing to follow', async () => {
    const { phone, runFollowUps } = phoneWithManualFollowUps();
    await phone.play(
      {
        externalCallId: 'demo-call-2',
        direction: 'OUTBOUND',
        contactNumber: '+33612345678',
        loggedAt: Date.now() - 30_000,
        talkSeconds: null,
      },
      'https://localhost:9025/demo-sync/recordings',
    );
    await runFollowUps();
    expect(phone.view('demo-call-2')).toMatchObject({
      status: 'NO_ANSWER',
      durationMs: 0,
      recordingUrl: null,
      summary: null,
    });
    expect(phone.view('unknown')).toBeNull();
  });

  it('serves a recording that is a real WAV file', () => {
    const wav = demoRecording();
    expect(new TextDecoder().decode(wav.slice(0, 4))).toBe('RIFF');
    expect(new TextDecoder().decode(wav.slice(8, 12))).toBe('WAVE');
    expect(wav.byteLength).toBe(44 + 8000 * 1.5 * 2);
  });
});
