import { leaseExpired, leaseName, leaseObject } from './cluster-lock';
import { normalizeEnvironment } from './environment';
import type { KubeObject } from './kubectl';

const env = normalizeEnvironment('kwok', { release: 'todo-chatbot', namespace: 'todo', chart: 'c' });

describe('the deploy lease', () => {
  it('is one Lease per release, in its namespace, naming its holder', () => {
    const lease = leaseObject(env, 'ci@runner pid 7', new Date('2026-12-02T10:00:00.123Z'), 420);
    expect(lease).toEqual({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: 'todo-chatbot-deploy-lock', namespace: 'todo', labels: { 'app.kubernetes.io/managed-by': 'nx-deploy' } },
      spec: { holderIdentity: 'ci@runner pid 7', leaseDurationSeconds: 420, acquireTime: '2026-12-02T10:00:00.123000Z', renewTime: '2026-12-02T10:00:00.123000Z' },
    });
  });

  it('keeps the name within the 63 characters Kubernetes allows', () => {
    expect(leaseName({ ...env, release: 'r'.repeat(70) })).toHaveLength(63);
  });

  it('expires once its holder has been gone longer than its duration', () => {
    const lease = { kind: 'Lease', metadata: { name: 'l' }, spec: { renewTime: '2026-12-02T10:00:00.000000Z', leaseDurationSeconds: 60 } } as KubeObject;
    expect(leaseExpired(lease, new Date('2026-12-02T10:00:59Z'))).toBe(false);
    expect(leaseExpired(lease, new Date('2026-12-02T10:01:01Z'))).toBe(true);
  });
});
