import { logger } from '@nx/devkit';
import type { Environment } from '../../lib/environment';
import { readCurrentRelease, rollbackRelease, testRelease, uninstallRelease, upgradeRelease } from '../../lib/helm';
import { Kubectl, lastLine } from '../../lib/kubectl';
import { describeRolloutFailure, takeRolloutSnapshot, unreadyWorkloads } from '../../lib/rollout-diagnosis';
import { watchRollout } from '../../lib/rollout-progress';

export interface ApplyOptions {
  /** The revision that ran before this deploy; none for a first install. */
  previousRevision?: number;
  /** Run `helm test` after the upgrade; a failed check rolls back like a failed rollout. */
  verify: boolean;
}

/**
 * Runs the upgrade (and the checks); when either fails, explains it from the live objects before
 * anything is undone, then rolls back to the revision that ran before (or uninstalls a failed first
 * install) and throws, so the Nx task fails.
 */
export async function applyRelease(workspaceRoot: string, env: Environment, valuesFile: string, options: ApplyOptions): Promise<void> {
  const kubectl = new Kubectl(workspaceRoot, env);
  const stopWatching = watchRollout(kubectl, env.release, {
    write: (text) => process.stdout.write(text),
    isTTY: !!process.stdout.isTTY && !process.env.CI,
  });
  const upgrade = await upgradeRelease(workspaceRoot, env, valuesFile);
  await stopWatching();
  if (upgrade.code !== 0) {
    await failAndUndo(workspaceRoot, env, options, `Rollout of release ${env.release} failed: ${lastLine(upgrade.stderr) || `helm exited with code ${upgrade.code}`}`);
  }
  if (options.verify) {
    const verified = await testRelease(workspaceRoot, env);
    if (verified.code !== 0) {
      await failAndUndo(workspaceRoot, env, options, `Verification of release ${env.release} failed: ${lastLine(verified.stderr) || `helm test exited with code ${verified.code}`}`);
    }
    logger.info(`Verified: every service of ${env.release} answered its readiness check through its Service.`);
  }
  const now = await readCurrentRelease(workspaceRoot, env);
  logger.info(`Deployed: release ${env.release} is at revision ${now.state === 'deployed' ? now.revision : '?'} in ${env.namespace}.`);
}

async function failAndUndo(workspaceRoot: string, env: Environment, options: ApplyOptions, headline: string): Promise<never> {
  const snapshot = await takeRolloutSnapshot(new Kubectl(workspaceRoot, env), env.release);
  logger.error(`\n${headline}`);
  const failing = 'error' in snapshot ? [] : unreadyWorkloads(snapshot).map((w) => `${w.kind}/${w.metadata.name}`);
  logger.error('error' in snapshot ? `Could not read the live objects: ${snapshot.error}` : describeRolloutFailure(snapshot));
  const outcome = await undo(workspaceRoot, env, options.previousRevision);
  logger.error(`Rollback result: ${outcome}.`);
  const what = failing.length ? `${failing.join(', ')} did not become ready` : headline;
  throw new Error(`Deploy of ${env.release} to ${env.name} failed: ${what}; ${outcome}.`);
}

async function undo(workspaceRoot: string, env: Environment, previousRevision: number | undefined): Promise<string> {
  if (previousRevision) {
    logger.error(`\nRolling back to revision ${previousRevision} ...`);
    try {
      await rollbackRelease(workspaceRoot, env, previousRevision);
      const after = await readCurrentRelease(workspaceRoot, env);
      return `rolled back to revision ${previousRevision} (now revision ${after.state === 'deployed' ? after.revision : '?'})`;
    } catch (error) {
      return `the rollback to revision ${previousRevision} failed too: ${(error as Error).message}`;
    }
  }
  logger.error('\nA first install failed: uninstalling it, as helm --rollback-on-failure would ...');
  try {
    await uninstallRelease(workspaceRoot, env);
    return 'the failed first install was uninstalled';
  } catch (error) {
    return `uninstalling the failed first install failed too: ${(error as Error).message}`;
  }
}
