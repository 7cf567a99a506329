/** How long ago, in the largest whole unit (for "oldest change 3 hours ago"). */
export function ageParts(fromIso: string, now: Date): { unit: 'justNow' | 'minutes' | 'hours' | 'days'; count: number } {
  const ms = Math.max(0, now.getTime() - Date.parse(fromIso));
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return { unit: 'justNow', count: 0 };
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { unit: 'hours', count: hours };
  return { unit: 'days', count: Math.floor(hours / 24) };
}
