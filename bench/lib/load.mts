import autocannon, { type RequestParams } from 'autocannon';

export interface LoadSpec {
  url: string;
  method: 'GET' | 'POST' | 'PATCH';
  /** A fixed path, or one computed per request (e.g. cycling through task ids). */
  path: string | (() => string);
  token: string;
  body?: string;
  connections: number;
  durationSeconds: number;
}

export interface LoadFigures {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export async function runLoad(spec: LoadSpec): Promise<LoadFigures> {
  const headers: Record<string, string> = { authorization: `Bearer ${spec.token}` };
  if (spec.body !== undefined) headers['content-type'] = 'application/json';
  const nextPath = typeof spec.path === 'function' ? spec.path : () => spec.path as string;
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationSeconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request: RequestParams) => ({ ...request, method: spec.method, path: nextPath(), headers, body: spec.body }),
      },
    ],
  });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
