import type { HeadOffice } from './headOffice';
import { makeRng, type Rng } from './prng';

/** How often each fault strikes a request while faults are on (0–1). */
export interface FaultRates {
  /** The request never reaches head office. */
  lostRequest: number;
  /** Head office did the work; the device sees a network error. */
  lostResponse: number;
  /** The request is delivered twice; the device sees one of the two answers. */
  duplicate: number;
  /** A pull is answered with an earlier pull page of this device (a stale proxy, a reordered page). */
  replayPull: number;
  /** Head office restarts while a push is in flight. */
  restartMidPush: number;
}

export const DEFAULT_FAULTS: FaultRates = { lostRequest: 0.06, lostResponse: 0.12, duplicate: 0.1, replayPull: 0.12, restartMidPush: 0.2 };

export type FaultCounts = Record<keyof FaultRates, number> & { requests: number; offline: number };

export interface FaultyTransport {
  /** Given to createSyncClient: the app's own client, over a network that misbehaves. */
  fetch: typeof fetch;
  /** Offline: every request fails as a network error. */
  online: boolean;
  /** Off for the final fault-free round. */
  faults: boolean;
  readonly counts: FaultCounts;
}

const networkError = (why: string) => new TypeError(`fetch failed (simulated: ${why})`);

/**
 * A fetch for one device that sends to head office's current address (it moves when head office restarts)
 * and injects the faults above, each drawn from the run's seeded generator before the request goes.
 */
export function faultyTransport(syncRng: Rng, headOffice: HeadOffice, rates: FaultRates = DEFAULT_FAULTS): FaultyTransport {
  const pullPages: string[] = [];
  const counts: FaultCounts = { requests: 0, offline: 0, lostRequest: 0, lostResponse: 0, duplicate: 0, replayPull: 0, restartMidPush: 0 };
  // The audit log's requests draw from a generator of their own, so adding them left every seed's faults on the
  // sync requests as they were (a seed that reproduces a defect still does).
  const auditRng = makeRng(0xa0d17);

  async function deliver(path: string, init: RequestInit | undefined): Promise<{ status: number; text: string }> {
    const res = await fetch(headOffice.url() + path, init);
    const text = await res.text();
    if (path === '/sync/pull' && res.ok) pullPages.push(text);
    return { status: res.status, text };
  }

  const transport: FaultyTransport = {
    online: true,
    faults: true,
    counts,
    async fetch(input, init) {
      const path = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url).pathname;
      counts.requests++;
      if (!transport.online) {
        counts.offline++;
        throw networkError('offline');
      }
      // Every draw is taken here, in a fixed order, so a seed replays the same faults.
      const rng = path === '/audit/entries' ? auditRng : syncRng;
      const on = transport.faults;
      const lostRequest = on && rng.chance(rates.lostRequest);
      const replay = on && path === '/sync/pull' && pullPages.length > 0 && rng.chance(rates.replayPull);
      const replayIndex = rng.int(0, Math.max(0, pullPages.length - 1));
      const restart = on && path === '/sync/push' && rng.chance(rates.restartMidPush);
      const duplicate = on && rng.chance(rates.duplicate);
      const answerSecond = rng.chance(0.5);
      const lostResponse = on && rng.chance(rates.lostResponse);

      if (lostRequest) {
        counts.lostRequest++;
        throw networkError('request lost');
      }
      let answer: { status: number; text: string };
      if (replay) {
        counts.replayPull++;
        answer = { status: 200, text: pullPages[replayIndex]! };
      } else if (restart) {
        counts.restartMidPush++;
        const inFlight = deliver(path, init).then(
          (a) => ({ ok: true as const, a }),
          (err: unknown) => ({ ok: false as const, err }),
        );
        await headOffice.restart();
        const settled = await inFlight;
        if (!settled.ok) throw networkError(`connection cut by the restart: ${String((settled.err as Error)?.message ?? settled.err)}`);
        answer = settled.a;
      } else if (duplicate) {
        counts.duplicate++;
        const first = await deliver(path, init);
        const second = await deliver(path, init);
        answer = answerSecond ? second : first;
      } else {
        answer = await deliver(path, init);
      }
      if (lostResponse) {
        counts.lostResponse++;
        throw networkError('response lost');
      }
      return new Response(answer.text, { status: answer.status, headers: { 'content-type': 'application/json; charset=utf-8' } });
    },
  };
  return transport;
}
