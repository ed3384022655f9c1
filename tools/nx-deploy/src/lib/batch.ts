import { type ExecutorContext, logger, type TaskGraph } from '@nx/devkit';

export type BatchResults = Record<string, { success: boolean; terminalOutput: string }>;

/** What executors.json's `batchImplementation` names: every task of one target in one call. */
export type BatchExecutor<O> = (taskGraph: TaskGraph, inputs: Record<string, O>, overrides: O, context: ExecutorContext) => Promise<BatchResults>;

/**
 * Nx hands every task of one target to a batch; tasks whose options are the same act on one
 * release, so the work runs once per distinct options (given those tasks' ids) and each task
 * gets that outcome.
 */
export async function oncePerOptions<O>(
  inputs: Record<string, O>,
  work: (options: O, taskIds: string[]) => Promise<void>,
  describe: (options: O, taskIds: string[]) => string,
): Promise<BatchResults> {
  const groups = new Map<string, { options: O; taskIds: string[] }>();
  for (const [taskId, options] of Object.entries(inputs)) {
    const key = JSON.stringify(options);
    const group = groups.get(key) ?? { options, taskIds: [] };
    group.taskIds.push(taskId);
    groups.set(key, group);
  }
  const results: BatchResults = {};
  for (const { options, taskIds } of groups.values()) {
    let outcome = { success: true, terminalOutput: describe(options, taskIds) };
    try {
      await work(options, taskIds);
    } catch (error) {
      logger.error((error as Error).message);
      outcome = { success: false, terminalOutput: (error as Error).message };
    }
    for (const id of taskIds) results[id] = outcome;
  }
  return results;
}
