import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Values } from './deep-merge';
import type { Environment } from './environment';
import { execCommand, runCommand } from './exec-command';

/**
 * The only module that talks to a Kubernetes cluster (through helm). Each command line is
 * built by a pure function so tests and `--dry-run` can show exactly what would run.
 */

export function helmBinary(workspaceRoot: string): string {
  if (process.env.HELM_BIN) return process.env.HELM_BIN;
  // Relative, so printed command lines hold no machine path; commands run in the workspace root.
  const toolchainHelm = join('.toolchain', 'bin', 'helm');
  return existsSync(join(workspaceRoot, toolchainHelm)) ? `./${toolchainHelm}` : 'helm';
}

function clusterArgs(env: Environment): string[] {
  return ['--namespace', env.namespace, ...(env.kubeContext ? ['--kube-context', env.kubeContext] : [])];
}

export function getValuesArgs(env: Environment): string[] {
  return ['get', 'values', env.release, ...clusterArgs(env), '--output', 'json'];
}

/** Helm 4 renamed `--atomic` to `--rollback-on-failure` and made `--wait` take a strategy. */
export function upgradeArgs(env: Environment, valuesFile: string, helmMajor: number): string[] {
  return [
    'upgrade',
    '--install',
    env.release,
    env.chart,
    ...clusterArgs(env),
    '--create-namespace',
    '--values',
    valuesFile,
    ...(helmMajor >= 4 ? ['--rollback-on-failure', '--wait=watcher'] : ['--atomic', '--wait']),
    '--timeout',
    env.timeout,
  ];
}

export function rollbackArgs(env: Environment, helmMajor: number, revision?: number): string[] {
  return [
    'rollback',
    env.release,
    ...(revision ? [String(revision)] : []),
    ...clusterArgs(env),
    helmMajor >= 4 ? '--wait=watcher' : '--wait',
    '--timeout',
    env.timeout,
  ];
}

export async function helmMajorVersion(workspaceRoot: string): Promise<number> {
  const helm = helmBinary(workspaceRoot);
  const { stdout } = await execCommand(helm, ['version', '--short'], { cwd: workspaceRoot, quiet: true });
  const major = /^v(\d+)\./.exec(stdout.trim());
  if (!major) throw new Error(`Cannot read the helm version from "${stdout.trim()}" (${helm}).`);
  return Number(major[1]);
}

/** What the cluster says about the release, or why it could not say. */
export type CurrentRelease =
  | { state: 'deployed'; values: Values }
  | { state: 'not-installed' }
  | { state: 'unreachable'; reason: string };

export function interpretGetValues(code: number, stdout: string, stderr: string): CurrentRelease {
  if (code === 0) return { state: 'deployed', values: JSON.parse(stdout.trim() || '{}') ?? {} };
  if (/release: not found/i.test(stderr)) return { state: 'not-installed' };
  return { state: 'unreachable', reason: stderr.trim().split('\n').pop() || `helm exited with code ${code}` };
}

export async function readCurrentRelease(workspaceRoot: string, env: Environment): Promise<CurrentRelease> {
  const { code, stdout, stderr } = await runCommand(helmBinary(workspaceRoot), getValuesArgs(env), { cwd: workspaceRoot });
  return interpretGetValues(code, stdout, stderr);
}

export async function upgradeRelease(workspaceRoot: string, env: Environment, valuesFile: string): Promise<void> {
  const args = upgradeArgs(env, valuesFile, await helmMajorVersion(workspaceRoot));
  await execCommand(helmBinary(workspaceRoot), args, { cwd: workspaceRoot, stream: true });
}

export async function rollbackRelease(workspaceRoot: string, env: Environment, revision?: number): Promise<void> {
  const args = rollbackArgs(env, await helmMajorVersion(workspaceRoot), revision);
  await execCommand(helmBinary(workspaceRoot), args, { cwd: workspaceRoot, stream: true });
}
