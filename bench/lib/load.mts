import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
  /** The server's process: its CPU time over the run is reported per request. */
  pid?: number;
}

export interface LoadFigures {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** The server's CPU (user + system) per request answered: unlike req/s, barely moved by other load on the machine. */
  cpuMsPerRequest?: number;
}

let ticksPerSecond: number | undefined;

/** User + system CPU of a process so far, in ms (Linux /proc); undefined elsewhere. */
function processCpuMs(pid: number): number | undefined {
  try {
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

export async function runLoad(spec: LoadSpec): Promise<LoadFigures> {
  const headers: Record<string, string> = { authorization: `Bearer ${spec.token}` };
  if (spec.body !== undefined) headers['content-type'] = 'application/json';
  const nextPath = typeof spec.path === 'function' ? spec.path : () => spec.path as string;
  const cpuBefore = spec.pid === undefined ? undefined : processCpuMs(spec.pid);
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
  const cpuAfter = spec.pid === undefined ? undefined : processCpuMs(spec.pid);
  const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpuMsPerRequest: cpuMs === undefined || result.requests.total === 0 ? undefined : cpuMs / result.requests.total,
  };
}
