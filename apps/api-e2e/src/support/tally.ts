import type { Outcome } from './http';

/** Counts outcomes by HTTP status or socket error, for the summary lines. */
export class Tally {
  readonly counts = new Map<string, number>();
  total = 0;

  add(outcome: Outcome) {
    const key = outcome.status === null ? (outcome.error ?? 'error') : String(outcome.status);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.total += 1;
  }

  count(predicate: (key: string) => boolean): number {
    let sum = 0;
    for (const [key, value] of this.counts) if (predicate(key)) sum += value;
    return sum;
  }

  get serverErrors(): number {
    return this.count((key) => /^5\d\d$/.test(key));
  }

  get socketErrors(): number {
    return this.count((key) => !/^\d{3}$/.test(key));
  }

  toString(): string {
    const parts = [...this.counts].sort(([a], [b]) => a.localeCompare(b)).map(([key, value]) => `${key}:${value}`);
    return `{${parts.join(' ')}}`;
  }
}

/** One line per test, straight to stdout so it reads plainly in a CI log. */
export function summary(test: string, fields: Record<string, string | number>) {
  const text = Object.entries(fields)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
  process.stdout.write(`[reliability] ${test}: ${text}\n`);
}
