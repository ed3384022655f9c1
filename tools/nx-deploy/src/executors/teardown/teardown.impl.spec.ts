import type { TaskGraph } from '@nx/devkit';
import { useDeployWorkspace } from '../../testing/deploy-workspace';
import teardownExecutor, { teardownBatch } from './teardown.impl';

describe('teardown executor', () => {
  const t = useDeployWorkspace('teardown');

  it('refuses an environment that is not a preview, before any helm or kubectl runs', async () => {
    await expect(teardownExecutor({ env: 'local', name: 'feature/login' }, t.ws.context())).rejects.toThrow(
      '--name is for preview environments; deploy/environments/local.yaml has no preview: section.',
    );
    expect(t.output.lines).toEqual([]);
  });

  it('needs the preview name', async () => {
    await expect(teardownExecutor({ env: 'preview', name: '' }, t.ws.context())).rejects.toThrow(
      'deploy/environments/preview.yaml is a preview template: name the preview with --name <branch>.',
    );
  });

  it('acts once per preview for all the tasks that name it, whatever their other options', async () => {
    const results = await teardownBatch(
      {} as TaskGraph,
      { 'api:teardown': { env: 'local', name: 'x' }, 'web:teardown': { env: 'local', name: 'x', extra: true } as never },
      { env: 'local', name: 'x' },
      t.ws.context(),
    );
    expect(results['api:teardown']).toEqual(results['web:teardown']);
    expect(results['api:teardown']).toEqual({ success: false, terminalOutput: expect.stringMatching(/^--name is for preview environments/) });
    expect(t.output.lines).toHaveLength(1);
  });
});
