import { useSyncExternalStore } from 'react';

/** The viewer's IANA zone, as the browser reports it ("Europe/Berlin"). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const noChanges = () => () => undefined;

/** The viewer's zone, or null while rendering on the server, which does not know it. */
export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(noChanges, browserTimeZone, () => null);
}
