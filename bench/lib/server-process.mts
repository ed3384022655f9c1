import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { freePort } from './ports.mts';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<number | null>;
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${output()}`);
}

export interface StartOptions {
  readyPath?: string;
  nodeArgs?: string[];
  /** Send stdout to this file (as a container runtime would) instead of keeping its tail in memory. */
  stdoutFile?: string;
}

/** Starts `node <script>` on a free port and resolves once `readyPath` answers 2xx. */
export async function startServer(script: string, env: Record<string, string>, options: StartOptions = {}): Promise<ServerProcess> {
  const { readyPath = '/readyz', nodeArgs = [], stdoutFile } = options;
  const port = await freePort();
  const stdoutFd = stdoutFile ? openSync(stdoutFile, 'a') : undefined;
  const child = spawn(process.execPath, [...nodeArgs, script], {
    // Benches sign up their users from one address.
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'production', SIGN_UP_LIMIT_PER_HOUR: '1000000', ...env },
    stdio: ['ignore', stdoutFd ?? 'pipe', 'pipe'],
  });
  if (stdoutFd !== undefined) closeSync(stdoutFd);
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(url + readyPath, child, () => log);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
