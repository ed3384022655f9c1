// Runs the repo's pinned helm binary (installed on first use) with the exact
// command lines CI uses; nothing here talks to a cluster.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const KUBE_VERSION = '1.33.0';

/** @param {string} workspaceRoot */
export function chartDir(workspaceRoot) {
  return join(workspaceRoot, 'helm', 'todo-chatbot-chart');
}

/** @param {string} workspaceRoot @returns {string} path of the helm binary, installed if missing */
export function helmBinary(workspaceRoot) {
  const binary = join(workspaceRoot, '.toolchain', 'bin', 'helm');
  if (!existsSync(binary)) {
    const installer = join(workspaceRoot, 'tools', 'scripts', 'install-helm.mjs');
    const result = spawnSync(process.execPath, [installer], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`installing helm failed:\n${result.stderr}${result.stdout}`);
  }
  return binary;
}

/**
 * @param {string} workspaceRoot
 * @param {string[]} args
 * @returns {{ ok: boolean, stdout: string, stderr: string, command: string }}
 */
export function runHelm(workspaceRoot, args) {
  const binary = helmBinary(workspaceRoot);
  const result = spawnSync(binary, args, { cwd: workspaceRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { ok: result.status === 0, stdout: result.stdout, stderr: result.stderr, command: ['helm', ...args].join(' ') };
}

/** @param {{ valuesFiles?: string[], set?: string[] }} options */
function valueArgs({ valuesFiles = [], set = [] }) {
  return [...valuesFiles.flatMap((file) => ['-f', file]), ...set.flatMap((pair) => ['--set', pair])];
}

/**
 * @typedef {{ release?: string, namespace?: string, valuesFiles?: string[], set?: string[] }} RenderOptions
 * @param {string} workspaceRoot
 * @param {RenderOptions} options
 */
export function helmTemplateArgs(workspaceRoot, { release = 'todo', namespace = 'todo-chatbot', ...values }) {
  return ['template', release, chartDir(workspaceRoot), '--namespace', namespace, '--kube-version', KUBE_VERSION, ...valueArgs(values)];
}

/** @param {string} workspaceRoot @param {RenderOptions} options */
export function helmLintArgs(workspaceRoot, options) {
  return ['lint', chartDir(workspaceRoot), '--strict', '--kube-version', KUBE_VERSION, ...valueArgs(options)];
}

/**
 * helm install has no --kube-version; with --dry-run=client it assumes its own
 * default Kubernetes version and never contacts a cluster.
 * @param {string} workspaceRoot @param {RenderOptions} options
 */
export function helmInstallDryRunArgs(workspaceRoot, { release = 'todo', namespace = 'todo-chatbot', ...values }) {
  return ['install', release, chartDir(workspaceRoot), '--dry-run=client', '--namespace', namespace, ...valueArgs(values)];
}
