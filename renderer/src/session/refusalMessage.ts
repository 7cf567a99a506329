import type { SignInRefusal } from './signIn';
import { formatInstant } from '../ui/format';

/** A refusal as a translation key and its parameters. */
export function refusalMessage(refusal: SignInRefusal, language: string): { key: string; params: Record<string, string | number> } {
  switch (refusal.reason) {
    case 'invalid_credentials':
      return refusal.where === 'head_office' ? { key: 'session.error.invalidCredentials', params: {} } : { key: 'session.error.invalidOffline', params: { left: refusal.attemptsLeft } };
    case 'locked':
      return { key: refusal.where === 'head_office' ? 'session.error.locked' : 'session.error.lockedDevice', params: { until: formatInstant(refusal.until, language) } };
    case 'device_revoked':
      return { key: 'session.error.revoked', params: {} };
    case 'device_wiped':
      return { key: 'people.wipe.refused', params: {} };
    case 'device_other_user':
      return { key: 'session.error.otherUser', params: {} };
    case 'device_code':
      return { key: 'session.error.deviceCode', params: { code: refusal.code } };
    case 'unreachable':
      return { key: 'session.error.unreachable', params: {} };
    case 'rate_limited':
      return { key: 'session.error.rateLimited', params: { minutes: Math.max(1, Math.ceil(refusal.retryAfterSeconds / 60)) } };
    case 'server':
      return { key: 'session.error.server', params: {} };
  }
}
