import { type ExecutorContext, logger } from '@nx/devkit';
import { readEnvironment } from '../../lib/environment';
import { helmBinary, uninstallArgs, helmMajorVersion } from '../../lib/helm';
import { runCommand } from '../../lib/exec-command';
import { Kubectl, lastLine } from '../../lib/kubectl';
import { withReleaseLock } from '../../lib/release-lock';
import { type BatchExecutor, oncePerOptions } from '../../lib/batch';
import type { TeardownExecutorSchema } from './schema';

/** Uninstalls a preview's release (if any) and deletes its namespace, waiting until both are gone. */
async function teardown(context: ExecutorContext, options: TeardownExecutorSchema): Promise<void> {
  const env = readEnvironment(context.root, options.env, options.name);
  if (!env.preview) throw new Error(`teardown removes preview environments only; ${options.env} is not one.`);
  await withReleaseLock(context.root, env.name, async () => {
    const helm = helmBinary(context.root);
    const uninstall = await runCommand(helm, uninstallArgs(env, await helmMajorVersion(context.root)), { cwd: context.root, stream: true });
    if (uninstall.code !== 0 && !/not found/i.test(uninstall.stderr)) throw new Error(`helm uninstall failed: ${lastLine(uninstall.stderr)}`);
    const deleted = await new Kubectl(context.root, env).run(['delete', 'namespace', env.namespace, '--ignore-not-found', '--wait', `--timeout=${env.timeout}`]);
    if (deleted.code !== 0) throw new Error(`Cannot delete namespace ${env.namespace}: ${lastLine(deleted.stderr)}`);
    logger.info(`Preview ${env.preview?.name} removed: release ${env.release} uninstalled, namespace ${env.namespace} deleted.`);
  });
}

export default async function teardownExecutor(options: TeardownExecutorSchema, context: ExecutorContext): Promise<{ success: boolean }> {
  await teardown(context, options);
  return { success: true };
}

/** A preview is one release: several projects' teardown tasks remove it once. */
export const teardownBatch: BatchExecutor<TeardownExecutorSchema> = (_taskGraph, inputs, _overrides, context) => {
  const byPreview = Object.fromEntries(Object.entries(inputs).map(([id, options]) => [id, { env: options.env, name: options.name }]));
  return oncePerOptions(byPreview, (options) => teardown(context, options), (options) => `Removed preview ${options.name} of ${options.env}.`);
};
