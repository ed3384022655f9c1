import type { ExecutorContext } from '@nx/devkit';
import { type BatchExecutor, oncePerOptions } from '../../lib/batch';
import { withReleaseLock } from '../../lib/release-lock';
import { deployRelease } from './deploy-release';
import type { DeployExecutorSchema } from './schema';

export default async function deployExecutor(options: DeployExecutorSchema, context: ExecutorContext): Promise<{ success: boolean }> {
  await withReleaseLock(context.root, options.env, () => deployRelease(context, [context.projectName as string], options));
  return { success: true };
}

/** Nx hands every deploy task of the run to one call: one release upgrade per environment (per distinct options). */
export const deployBatch: BatchExecutor<DeployExecutorSchema> = (taskGraph, inputs, _overrides, context) => {
  const projectsOf = (taskIds: string[]) => taskIds.map((id) => taskGraph.tasks[id].target.project);
  return oncePerOptions(
    inputs,
    (options, taskIds) => withReleaseLock(context.root, options.env, () => deployRelease(context, projectsOf(taskIds), options)),
    (options, taskIds) => `Deployed ${projectsOf(taskIds).join(', ')} to ${options.env} in one release upgrade.`,
  );
};
