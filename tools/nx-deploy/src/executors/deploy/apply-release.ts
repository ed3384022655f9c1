import type { Environment } from '../../lib/environment';
import { readCurrentRelease, rollbackRelease, uninstallRelease, upgradeRelease } from '../../lib/helm';
import { Kubectl, lastLine } from '../../lib/kubectl';
import { describeRolloutFailure, takeRolloutSnapshot, unreadyWorkloads } from '../../lib/rollout-diagnosis';

/**
 * Runs the upgrade; when the rollout fails, explains it from the live objects before anything is
 * undone, then rolls back to the revision that ran before (or uninstalls a failed first install)
 * and throws, so the Nx task fails.
 */
export async function applyRelease(workspaceRoot: string, env: Environment, valuesFile: string, previousRevision: number | undefined): Promise<void> {
  const upgrade = await upgradeRelease(workspaceRoot, env, valuesFile);
  if (upgrade.code === 0) {
    const now = await readCurrentRelease(workspaceRoot, env);
    console.log(`Deployed: release ${env.release} is at revision ${now.state === 'deployed' ? now.revision : '?'} in ${env.namespace}.`);
    return;
  }
  const helmError = lastLine(upgrade.stderr) || `helm exited with code ${upgrade.code}`;
  const snapshot = await takeRolloutSnapshot(new Kubectl(workspaceRoot, env), env.release);
  console.error(`\nRollout of release ${env.release} failed: ${helmError}`);
  const failing = 'error' in snapshot ? [] : unreadyWorkloads(snapshot).map((w) => `${w.kind}/${w.metadata.name}`);
  console.error('error' in snapshot ? `Could not read the live objects: ${snapshot.error}` : describeRolloutFailure(snapshot));

  let outcome: string;
  if (previousRevision) {
    console.error(`\nRolling back to revision ${previousRevision} ...`);
    try {
      await rollbackRelease(workspaceRoot, env, previousRevision);
      const after = await readCurrentRelease(workspaceRoot, env);
      outcome = `rolled back to revision ${previousRevision} (now revision ${after.state === 'deployed' ? after.revision : '?'})`;
    } catch (error) {
      outcome = `the rollback to revision ${previousRevision} failed too: ${(error as Error).message}`;
    }
  } else {
    console.error('\nA first install failed: uninstalling it, as helm --rollback-on-failure would ...');
    try {
      await uninstallRelease(workspaceRoot, env);
      outcome = 'the failed first install was uninstalled';
    } catch (error) {
      outcome = `uninstalling the failed first install failed too: ${(error as Error).message}`;
    }
  }
  console.error(`Rollback result: ${outcome}.`);
  const what = failing.length ? `${failing.join(', ')} did not become ready` : helmError;
  throw new Error(`Deploy of ${env.release} to ${env.name} failed: ${what}; ${outcome}.`);
}
