import { z } from 'zod';
import { DeviceIdSchema } from './primitives';

/**
 * Hybrid logical clock (Kulkarni et al., 2014), written as a string that sorts by plain string comparison:
 *
 *   <wall ms, 15 digits>-<counter, 5 digits>-<deviceId>     e.g. 001714521600000-00000-D0042
 *
 * It never goes backwards on a device, even when the wall clock does (a laptop hours off, a corrected
 * clock): the wall part only grows, and the counter breaks ties within a millisecond. The device id makes
 * two devices' stamps distinct. Head office still applies mutations in the order it receives them; the HLC
 * records what a device had seen when it wrote, and orders a device's own changes.
 *
 * A remote stamp far in the future is adopted, not refused: refusing it would strand that device's work,
 * and the wall part catches up as real time passes.
 */

export const HLC_WALL_DIGITS = 15;
export const HLC_COUNTER_DIGITS = 5;
export const HLC_MAX_WALL = 10 ** HLC_WALL_DIGITS - 1;
export const HLC_MAX_COUNTER = 10 ** HLC_COUNTER_DIGITS - 1;

const HLC_PATTERN = /^(\d{15})-(\d{5})-([A-Za-z0-9][A-Za-z0-9_-]{0,63})$/;

export const HlcSchema = z.string().regex(HLC_PATTERN, 'hlc must be <15-digit ms>-<5-digit counter>-<deviceId>');
export type Hlc = string;

export interface ParsedHlc {
  wallMs: number;
  counter: number;
  deviceId: string;
}

/** Throws a RangeError on a malformed stamp. */
export function parseHlc(hlc: string): ParsedHlc {
  const m = HLC_PATTERN.exec(hlc);
  if (!m) throw new RangeError(`not an HLC: ${JSON.stringify(hlc)}`);
  return { wallMs: Number(m[1]), counter: Number(m[2]), deviceId: m[3]! };
}

export function formatHlc({ wallMs, counter, deviceId }: ParsedHlc): string {
  checkWall(wallMs, 'wallMs');
  if (!Number.isInteger(counter) || counter < 0 || counter > HLC_MAX_COUNTER) {
    throw new RangeError(`HLC counter must be an integer 0..${HLC_MAX_COUNTER}, got ${counter}`);
  }
  if (!DeviceIdSchema.safeParse(deviceId).success) throw new RangeError(`not a device id: ${JSON.stringify(deviceId)}`);
  return `${String(wallMs).padStart(HLC_WALL_DIGITS, '0')}-${String(counter).padStart(HLC_COUNTER_DIGITS, '0')}-${deviceId}`;
}

/** -1, 0 or 1; the same order as comparing the strings, checked to be stamps. */
export function compareHlc(a: string, b: string): -1 | 0 | 1 {
  parseHlc(a);
  parseHlc(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The stamp for a local event: later than `last` (this device's previous stamp, null for its first). */
export function hlcNow(last: string | null, wallMs: number, deviceId: string): string {
  checkWall(wallMs, 'wallMs');
  if (last === null) return formatHlc({ wallMs, counter: 0, deviceId });
  const prev = parseHlc(last);
  if (wallMs > prev.wallMs) return formatHlc({ wallMs, counter: 0, deviceId });
  return next(prev.wallMs, prev.counter + 1, deviceId);
}

/**
 * The local stamp after seeing `remote` (e.g. the newest stamp in a pulled page): later than both `local`
 * and `remote`, and keeping `local`'s device id.
 */
export function hlcReceive(local: string, remote: string, wallMs: number): string {
  checkWall(wallMs, 'wallMs');
  const l = parseHlc(local);
  const r = parseHlc(remote);
  const wall = Math.max(l.wallMs, r.wallMs, wallMs);
  let counter: number;
  if (wall === l.wallMs && wall === r.wallMs) counter = Math.max(l.counter, r.counter) + 1;
  else if (wall === l.wallMs) counter = l.counter + 1;
  else if (wall === r.wallMs) counter = r.counter + 1;
  else counter = 0;
  return next(wall, counter, l.deviceId);
}

/** A counter past its 5 digits borrows the next millisecond, which keeps the order and the width. */
function next(wallMs: number, counter: number, deviceId: string): string {
  if (counter > HLC_MAX_COUNTER) return formatHlc({ wallMs: wallMs + 1, counter: 0, deviceId });
  return formatHlc({ wallMs, counter, deviceId });
}

function checkWall(wallMs: number, name: string): void {
  if (!Number.isSafeInteger(wallMs) || wallMs < 0 || wallMs > HLC_MAX_WALL) {
    throw new RangeError(`${name} must be an integer 0..${HLC_MAX_WALL} ms, got ${wallMs}`);
  }
}
