import type { TFunction } from 'i18next';

/** How long ago an instant was, in words ("12 分钟前"); null: never; undefined: not known on this device. */
export function syncAge(t: TFunction, at: string | null | undefined, now: Date): string {
  if (at === undefined) return t('team.unknown');
  if (at === null) return t('team.never');
  const minutes = Math.floor((now.getTime() - Date.parse(at)) / 60_000);
  if (minutes < 1) return t('team.ago.justNow');
  if (minutes < 60) return t('team.ago.minutes', { count: minutes });
  if (minutes < 48 * 60) return t('team.ago.hours', { count: Math.floor(minutes / 60) });
  return t('team.ago.days', { count: Math.floor(minutes / 1440) });
}
