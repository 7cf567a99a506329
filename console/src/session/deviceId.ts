/**
 * Head office enrols every client that signs in as a device of one user (docs/server.md). A browser used for
 * the console is such a device; each user gets their own id in this browser, so two admins sharing a
 * browser do not collide ("enrolled to another user").
 */
const KEY = 'recovery-desk.console.devices';
export const CONSOLE_DEVICE_PREFIX = 'console-';

function read(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function consoleDeviceId(userId: string): string {
  const known = read();
  const id = known[userId];
  if (id) return id;
  // The prefix tells head office this device is a console browser, not a laptop that ought to sync (docs/server.md).
  const fresh = `${CONSOLE_DEVICE_PREFIX}${crypto.randomUUID()}`;
  localStorage.setItem(KEY, JSON.stringify({ ...known, [userId]: fresh }));
  return fresh;
}

/** After head office refused the id (revoked, or enrolled elsewhere): the next sign-in enrols a new one. */
export function forgetConsoleDevice(userId: string): void {
  const { [userId]: _dropped, ...rest } = read();
  localStorage.setItem(KEY, JSON.stringify(rest));
}
