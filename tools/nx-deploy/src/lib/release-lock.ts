import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function releaseLockPath(env: string): string {
  return join('deploy', 'generated', env, '.release.lock');
}

function holderAlive(path: string): boolean {
  try {
    process.kill(Number(readFileSync(path, 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Serializes every deploy and rollback of one environment's release on this checkout, so
 * deploy tasks never overlap even when Nx does not batch them.
 */
export async function withReleaseLock<T>(workspaceRoot: string, env: string, work: () => Promise<T>, waitMs = 600_000): Promise<T> {
  const path = join(workspaceRoot, releaseLockPath(env));
  mkdirSync(dirname(path), { recursive: true });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!holderAlive(path)) {
        rmSync(path, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Another deploy of ${env} holds ${releaseLockPath(env)}; gave up waiting.`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(path, { force: true });
  }
}
