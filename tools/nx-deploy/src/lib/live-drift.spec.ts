import { stringify } from 'yaml';
import { findDrift, formatDrift, workloadsOf } from './live-drift';
import type { KubeObject } from './kubectl';

const deployment = (name: string, image: string, replicas?: number): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: { ...(replicas === undefined ? {} : { replicas }), template: { spec: { containers: [{ name, image }] } } },
});

describe('findDrift', () => {
  const released = [deployment('api', 'todo-chatbot/api:aaa', 2), deployment('web', 'todo-chatbot/web:bbb')];

  it('finds nothing when the live workloads run what the release applied', () => {
    expect(findDrift(released, [deployment('api', 'todo-chatbot/api:aaa', 2), deployment('web', 'todo-chatbot/web:bbb', 5)])).toEqual([]);
  });

  it('reports an image set out of band and a scaled workload', () => {
    expect(findDrift(released, [deployment('api', 'nginx:1.27', 4), deployment('web', 'todo-chatbot/web:bbb')])).toEqual([
      { resource: 'Deployment/api', field: 'container api image', live: 'nginx:1.27', release: 'todo-chatbot/api:aaa' },
      { resource: 'Deployment/api', field: 'replicas', live: '4', release: '2' },
    ]);
  });

  it('leaves replicas to the autoscaler when the release does not set them', () => {
    expect(findDrift([deployment('web', 'w:1')], [deployment('web', 'w:1', 7)])).toEqual([]);
  });

  it('reports a workload deleted out of band', () => {
    expect(findDrift(released, [deployment('web', 'todo-chatbot/web:bbb')])).toEqual([
      { resource: 'Deployment/api', field: 'object', live: '(deleted)', release: 'present' },
    ]);
  });
});

describe('workloadsOf', () => {
  it('keeps the Deployments and StatefulSets of a manifest', () => {
    const manifest = ['---', stringify({ kind: 'Service', metadata: { name: 's' } }), '---', stringify(deployment('api', 'a:1'))].join('\n');
    expect(workloadsOf(manifest).map((o) => o.metadata.name)).toEqual(['api']);
  });
});

describe('formatDrift', () => {
  it('names each drifted field with both values', () => {
    expect(formatDrift([{ resource: 'Deployment/api', field: 'replicas', live: '4', release: '2' }], 7)).toBe(
      'Drift: 1 live field(s) changed out of band since revision 7; this deploy puts back what the release says:\n  Deployment/api replicas: live 4, release 2',
    );
  });
});
