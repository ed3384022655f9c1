/** Seconds in a Go/helm duration such as `90s`, `5m`, `1h30m` or `5m0s`. */
export function durationSeconds(text: string): number {
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(h|m|s)/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join('') !== text) {
    throw new Error(`"${text}" is not a duration (e.g. 90s, 5m, 1h30m).`);
  }
  const unit = { h: 3600, m: 60, s: 1 } as const;
  return parts.reduce((total, [, amount, suffix]) => total + Number(amount) * unit[suffix as keyof typeof unit], 0);
}
