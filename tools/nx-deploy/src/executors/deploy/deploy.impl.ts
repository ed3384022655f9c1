import type { ExecutorContext, TaskGraph } from '@nx/devkit';
import { withReleaseLock } from '../../lib/release-lock';
import { deployRelease } from './deploy-release';
import type { DeployExecutorSchema } from './schema';

export default async function deployExecutor(options: DeployExecutorSchema, context: ExecutorContext): Promise<{ success: boolean }> {
  await withReleaseLock(context.root, options.env, () => deployRelease(context, [context.projectName as string], options));
  return { success: true };
}

type BatchResults = Record<string, { success: boolean; terminalOutput: string }>;

/** Nx hands every deploy task of the run to one call: group them by environment, one upgrade each. */
export async function deployBatch(
  taskGraph: TaskGraph,
  inputs: Record<string, DeployExecutorSchema>,
  _overrides: DeployExecutorSchema,
  context: ExecutorContext,
): Promise<BatchResults> {
  const byEnv = new Map<string, { options: DeployExecutorSchema; taskIds: string[] }>();
  for (const [taskId, options] of Object.entries(inputs)) {
    const key = JSON.stringify({ ...options, env: options.env });
    const group = byEnv.get(key) ?? { options, taskIds: [] };
    group.taskIds.push(taskId);
    byEnv.set(key, group);
  }
  const results: BatchResults = {};
  for (const { options, taskIds } of byEnv.values()) {
    const projects = taskIds.map((id) => taskGraph.tasks[id].target.project);
    let outcome = { success: true, terminalOutput: `Deployed ${projects.join(', ')} to ${options.env} in one release upgrade.` };
    try {
      await withReleaseLock(context.root, options.env, () => deployRelease(context, projects, options));
    } catch (error) {
      console.error((error as Error).message);
      outcome = { success: false, terminalOutput: (error as Error).message };
    }
    for (const id of taskIds) results[id] = outcome;
  }
  return results;
}
