import { useEffect } from 'react';
import { shouldLock } from '../../../../shared/session/autoLock';

const ACTIVITY = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart', 'pointerdown'] as const;
const CHECK_EVERY_MS = 5_000;

/**
 * Calls onLock after `minutes` without keyboard, mouse or touch. Time is read from Date at each check (not
 * one long timeout), so a laptop waking from sleep locks at once instead of after another full period.
 */
export function useAutoLock(active: boolean, minutes: number, onLock: () => void): void {
  useEffect(() => {
    if (!active) return;
    let last = Date.now();
    const touch = () => {
      last = Date.now();
    };
    for (const e of ACTIVITY) window.addEventListener(e, touch, { passive: true, capture: true });
    const timer = setInterval(() => {
      if (shouldLock(last, Date.now(), minutes)) onLock();
    }, CHECK_EVERY_MS);
    return () => {
      clearInterval(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, touch, { capture: true });
    };
  }, [active, minutes, onLock]);
}
