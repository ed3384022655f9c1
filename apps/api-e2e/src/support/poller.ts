import { call, type Outcome } from './http';

export interface Probe {
  path: string;
  samples: Outcome[];
  stop(): Promise<void>;
  /** First sample at or after `from` answering `status`. */
  firstWith(status: number, from?: number): Outcome | undefined;
}

/** Polls `path` every `everyMs` until stopped, keeping every answer. */
export function poll(baseUrl: string, path: string, everyMs: number, timeoutMs = 5_000): Probe {
  const samples: Outcome[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      samples.push(await call(baseUrl, 'GET', path, { timeoutMs }));
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    path,
    samples,
    stop: async () => {
      running = false;
      await loop;
    },
    firstWith: (status, from = 0) => samples.find((sample) => sample.status === status && sample.startedAt >= from),
  };
}
