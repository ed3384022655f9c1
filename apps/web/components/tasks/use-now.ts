import { useSyncExternalStore } from 'react';

let now = Date.now();

function subscribe(onChange: () => void) {
  now = Date.now();
  const timer = setInterval(() => {
    now = Date.now();
    onChange();
  }, 60_000);
  return () => clearInterval(timer);
}

/**
 * The current time, ticking each minute, or null while rendering on the server: "due today"
 * depends on the viewer's clock and time zone, which the server does not know.
 */
export function useNow(): Date | null {
  const value = useSyncExternalStore(subscribe, () => now, () => null);
  return value === null ? null : new Date(value);
}
