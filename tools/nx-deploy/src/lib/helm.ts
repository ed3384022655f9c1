import { logger } from '@nx/devkit';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Values } from './deep-merge';
import type { Environment } from './environment';
import { execCommand, formatCommand, runCommand } from './exec-command';

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

/** One call gives the latest revision, its state, its user-supplied values and its manifest. */
export function statusArgs(env: Environment): string[] {
  return ['status', env.release, ...clusterArgs(env), '--output', 'json'];
}

/**
 * Waits for readiness but does not roll back by itself: the executor first reads why the rollout
 * failed from the live objects (a rollback would remove the failing pods), then rolls back.
 * Helm 4 applies server-side; `--force-conflicts` takes fields back from out-of-band edits
 * (`kubectl set image`, `kubectl scale`), since the release is the source of truth.
 */
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
    ...(helmMajor >= 4 ? ['--wait=watcher', '--force-conflicts'] : ['--wait']),
    '--timeout',
    env.timeout,
  ];
}

/** Runs the chart's `helm test` hooks (one readiness check per service). */
export function testArgs(env: Environment): string[] {
  return ['test', env.release, ...clusterArgs(env), '--timeout', env.timeout];
}

export async function testRelease(workspaceRoot: string, env: Environment) {
  const args = testArgs(env);
  logger.info(`$ ${formatCommand(helmBinary(workspaceRoot), args)}`);
  return runCommand(helmBinary(workspaceRoot), args, { cwd: workspaceRoot, stream: true });
}

export function uninstallArgs(env: Environment, helmMajor: number): string[] {
  return ['uninstall', env.release, ...clusterArgs(env), helmMajor >= 4 ? '--wait=watcher' : '--wait', '--timeout', env.timeout];
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
  | {
      state: 'deployed';
      values: Values;
      /** Absent when planned against a values file instead of the cluster. */
      revision?: number;
      /** The rendered manifest the revision applied (hooks excluded), as helm recorded it. */
      manifest?: string;
    }
  | { state: 'pending'; status: string; revision: number }
  | { state: 'not-installed' }
  | { state: 'unreachable'; reason: string };

interface HelmStatus {
  version: number;
  info: { status: string };
  config?: Values | null;
  manifest?: string;
}

export function interpretStatus(code: number, stdout: string, stderr: string): CurrentRelease {
  if (code === 0) {
    const status = JSON.parse(stdout) as HelmStatus;
    if (status.info.status.startsWith('pending-')) return { state: 'pending', status: status.info.status, revision: status.version };
    return { state: 'deployed', values: status.config ?? {}, revision: status.version, manifest: status.manifest ?? '' };
  }
  if (/release: not found/i.test(stderr)) return { state: 'not-installed' };
  return { state: 'unreachable', reason: stderr.trim().split('\n').pop() || `helm exited with code ${code}` };
}

export async function readCurrentRelease(workspaceRoot: string, env: Environment): Promise<CurrentRelease> {
  const { code, stdout, stderr } = await runCommand(helmBinary(workspaceRoot), statusArgs(env), { cwd: workspaceRoot });
  return interpretStatus(code, stdout, stderr);
}

export interface ReleaseRevision {
  revision: number;
  status: string;
  description: string;
}

export async function releaseHistory(workspaceRoot: string, env: Environment): Promise<ReleaseRevision[]> {
  const { stdout } = await execCommand(helmBinary(workspaceRoot), ['history', env.release, ...clusterArgs(env), '--output', 'json'], {
    cwd: workspaceRoot,
    quiet: true,
  });
  return JSON.parse(stdout) as ReleaseRevision[];
}

/** Resolves with helm's result instead of throwing, so a failed rollout can be explained first. */
export async function upgradeRelease(workspaceRoot: string, env: Environment, valuesFile: string) {
  const args = upgradeArgs(env, valuesFile, await helmMajorVersion(workspaceRoot));
  logger.info(`$ ${formatCommand(helmBinary(workspaceRoot), args)}`);
  return runCommand(helmBinary(workspaceRoot), args, { cwd: workspaceRoot, stream: true });
}

export async function uninstallRelease(workspaceRoot: string, env: Environment): Promise<void> {
  const args = uninstallArgs(env, await helmMajorVersion(workspaceRoot));
  await execCommand(helmBinary(workspaceRoot), args, { cwd: workspaceRoot, stream: true });
}

export async function rollbackRelease(workspaceRoot: string, env: Environment, revision?: number): Promise<void> {
  const args = rollbackArgs(env, await helmMajorVersion(workspaceRoot), revision);
  await execCommand(helmBinary(workspaceRoot), args, { cwd: workspaceRoot, stream: true });
}
