import type { KubeObject } from './kubectl';
import { formatProgressRow, progressRows } from './rollout-progress';

const deployment = (name: string, status: Record<string, number>, image: string): KubeObject => ({
  kind: 'Deployment',
  metadata: { name },
  spec: { replicas: 2, template: { spec: { containers: [{ name, image }] } } },
  status,
});

describe('rollout progress', () => {
  it('gives one row per workload with its counts and image, sorted, Jobs left out', () => {
    const rows = progressRows([
      deployment('web', { updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2 }, 'web:1'),
      deployment('api', { updatedReplicas: 1, readyReplicas: 1, availableReplicas: 0 }, 'api:2'),
      { kind: 'Job', metadata: { name: 'migrate' } },
    ]);
    expect(rows).toEqual([
      { resource: 'Deployment/api', counts: '2 desired, 1 updated, 1 ready, 0 available', images: 'api:2' },
      { resource: 'Deployment/web', counts: '2 desired, 2 updated, 2 ready, 2 available', images: 'web:1' },
    ]);
  });

  it('formats a row with the elapsed time, aligned on the widest name', () => {
    expect(formatProgressRow({ resource: 'Deployment/api', counts: '1 desired, 0 updated, 0 ready, 0 available', images: 'api:2' }, 7, 20)).toBe(
      'rollout   7s  Deployment/api        1 desired, 0 updated, 0 ready, 0 available  api:2',
    );
  });
});
