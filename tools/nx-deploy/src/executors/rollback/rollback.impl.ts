import { type ExecutorContext, logger } from '@nx/devkit';
import { readEnvironment } from '../../lib/environment';
import { formatCommand } from '../../lib/exec-command';
import { withClusterLock } from '../../lib/cluster-lock';
import { durationSeconds } from '../../lib/duration';
import { helmBinary, helmMajorVersion, readCurrentRelease, rollbackArgs, rollbackRelease } from '../../lib/helm';
import { Kubectl } from '../../lib/kubectl';
import { withReleaseLock } from '../../lib/release-lock';
import { type BatchExecutor, oncePerOptions } from '../../lib/batch';
import type { RollbackExecutorSchema } from './schema';

async function rollback(context: ExecutorContext, options: RollbackExecutorSchema): Promise<void> {
  const env = readEnvironment(context.root, options.env, options.name);
  if (options.dryRun) {
    const args = rollbackArgs(env, await helmMajorVersion(context.root), options.revision);
    logger.info(`Dry run: would run:\n$ ${formatCommand(helmBinary(context.root), args)}`);
    return;
  }
  const seconds = durationSeconds(env.timeout);
  await withReleaseLock(context.root, env.name, () =>
    withClusterLock(new Kubectl(context.root, env), env, { holdSeconds: seconds, waitMs: seconds * 1000 }, async () => {
      await rollbackRelease(context.root, env, options.revision);
      const now = await readCurrentRelease(context.root, env);
      const target = options.revision ? `revision ${options.revision}` : 'the previous revision';
      logger.info(`Rolled back: release ${env.release} runs ${target} again, as revision ${now.state === 'deployed' ? now.revision : '?'}.`);
    }),
  );
}

export default async function rollbackExecutor(options: RollbackExecutorSchema, context: ExecutorContext): Promise<{ success: boolean }> {
  await rollback(context, options);
  return { success: true };
}

/** A rollback is per release, not per project: the same options roll back once. */
export const rollbackBatch: BatchExecutor<RollbackExecutorSchema> = (_taskGraph, inputs, _overrides, context) =>
  oncePerOptions(inputs, (options) => rollback(context, options), (options) => `Rolled back release of ${options.env}.`);
