import { describe, expect, it } from 'vitest';
import { backoffDelay, createSyncScheduler, type LockLike, type SyncOutcome, type TimerApi } from '../../renderer/src/sync/syncScheduler';

/** A hand-driven clock: timers fire only when the test says so. */
function manualTimers() {
  const pending = new Map<number, { cb: () => void; ms: number }>();
  let next = 1;
  const api: TimerApi = {
    set: (cb, ms) => {
      pending.set(next, { cb, ms });
      return next++;
    },
    clear: (h) => void pending.delete(h as number),
  };
  return {
    api,
    pending,
    /** Fires the one pending timer and returns its delay. */
    fire(): number {
      const first = [...pending][0];
      if (!first) throw new Error('no timer pending');
      const [id, t] = first;
      pending.delete(id);
      t.cb();
      return t.ms;
    },
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const failure: SyncOutcome = { ok: false, error: { code: 'network', message: 'offline' } };

describe('sync scheduler', () => {
  it('backs off exponentially with jitter after failures, up to a cap, and returns to the interval after a success', async () => {
    const timers = manualTimers();
    const outcomes: SyncOutcome[] = [failure, failure, failure, failure, { ok: true }];
    let calls = 0;
    const s = createSyncScheduler({
      sync: async () => outcomes[calls++] ?? { ok: true },
      intervalMs: 60_000,
      baseBackoffMs: 1_000,
      maxBackoffMs: 5_000,
      random: () => 1,
      timers: timers.api,
      locks: null,
    });
    s.start();
    expect(s.nextDelayMs).toBe(0);
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      timers.fire();
      await flush();
      delays.push(s.nextDelayMs!);
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 5_000, 60_000]);
    expect(s.failures).toBe(0);
    expect(calls).toBe(5);
    s.stop();
    expect(timers.pending.size).toBe(0);
    expect(await s.syncNow()).toEqual({ ok: false, skipped: 'stopped' });
  });

  it('jitter keeps at least half of the delay and never more than all of it', () => {
    expect(backoffDelay(3, 1_000, 60_000, () => 0)).toBe(2_000);
    expect(backoffDelay(3, 1_000, 60_000, () => 0.5)).toBe(3_000);
    expect(backoffDelay(3, 1_000, 60_000, () => 1)).toBe(4_000);
    expect(backoffDelay(30, 1_000, 60_000, () => 1)).toBe(60_000);
  });

  it('runs one sync at a time: a second request while one runs is refused as busy', async () => {
    let release!: () => void;
    let calls = 0;
    const s = createSyncScheduler({
      sync: () => {
        calls++;
        return new Promise<SyncOutcome>((r) => (release = () => r({ ok: true })));
      },
      timers: manualTimers().api,
      locks: null,
    });
    const first = s.syncNow();
    expect(await s.syncNow()).toEqual({ ok: false, skipped: 'busy' });
    release();
    expect(await first).toEqual({ ok: true });
    expect(calls).toBe(1);
  });

  it('uses the Web Locks API when there is one, and skips when another window holds the lock', async () => {
    let held = false;
    const names: string[] = [];
    const locks: LockLike = {
      request: async (name, _options, cb) => {
        names.push(name);
        return cb(held ? null : { name });
      },
    };
    let calls = 0;
    const s = createSyncScheduler({ sync: async () => (calls++, { ok: true }), timers: manualTimers().api, locks });
    expect(await s.syncNow()).toEqual({ ok: true });
    held = true;
    expect(await s.syncNow()).toEqual({ ok: false, skipped: 'busy' });
    expect(calls).toBe(1);
    expect(names).toEqual(['recovery-desk-sync', 'recovery-desk-sync']);
  });

  it('a sync that throws is a failure, not an exception', async () => {
    const s = createSyncScheduler({ sync: async () => Promise.reject(new Error('boom')), timers: manualTimers().api, locks: null, random: () => 0 });
    expect(await s.syncNow()).toMatchObject({ ok: false, error: { code: 'server', message: 'boom' } });
    expect(s.failures).toBe(1);
  });
});
