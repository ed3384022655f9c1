import type { TaskGraph } from '@nx/devkit';
import { useDeployWorkspace } from '../../testing/deploy-workspace';
import rollbackExecutor, { rollbackBatch } from './rollback.impl';

describe('rollback executor', () => {
  const t = useDeployWorkspace('rollback');

  it('shows the helm rollback a dry run would run, to the revision asked for', async () => {
    expect(await rollbackExecutor({ env: 'local', revision: 3, dryRun: true }, t.ws.context())).toEqual({ success: true });
    expect(t.output.text()).toBe('Dry run: would run:\n$ ./.toolchain/bin/helm rollback todo 3 --namespace todo --wait=watcher --timeout 2m');
  });

  it('rolls the release back once for all the tasks of a batch, and once per environment', async () => {
    const local = { env: 'local', dryRun: true };
    const staging = { env: 'staging', dryRun: true };
    const results = await rollbackBatch({} as TaskGraph, { 'api:rollback': local, 'web:rollback': local, 'api:rollback:staging': staging }, local, t.ws.context());
    expect(results).toEqual({
      'api:rollback': { success: true, terminalOutput: 'Rolled back release of local.' },
      'web:rollback': { success: true, terminalOutput: 'Rolled back release of local.' },
      'api:rollback:staging': { success: true, terminalOutput: 'Rolled back release of staging.' },
    });
    expect(t.output.lines.filter((line) => line.startsWith('Dry run'))).toEqual([
      'Dry run: would run:\n$ ./.toolchain/bin/helm rollback todo --namespace todo --wait=watcher --timeout 2m',
      'Dry run: would run:\n$ ./.toolchain/bin/helm rollback todo --namespace todo-staging --wait=watcher --timeout 5m',
    ]);
  });

  it('fails the tasks of an environment that does not exist, saying so', async () => {
    const results = await rollbackBatch({} as TaskGraph, { 'api:rollback': { env: 'qa' } }, { env: 'qa' }, t.ws.context());
    expect(results['api:rollback']).toEqual({ success: false, terminalOutput: 'Unknown environment "qa": deploy/environments/qa.yaml does not exist.' });
  });
});
