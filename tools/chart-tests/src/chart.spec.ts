import { helmLintArgs, runHelm } from '../scripts/lib/helm.mjs';
import { validateManifests } from '../scripts/lib/validate-manifests.mjs';
import { K8sObject, podSpecOf, renderScenario, scenarios, workspaceRoot } from './render-scenarios';

describe('every ci/*-values.yaml scenario', () => {
  it('covers default, local, production-like and a third service', () => {
    expect(scenarios.map((scenario) => scenario.name)).toEqual(['default', 'local', 'production', 'third-service']);
  });

  describe.each(scenarios.map((scenario) => [scenario.name, scenario] as const))('%s', (name, scenario) => {
    let objects: K8sObject[];
    beforeAll(() => {
      objects = renderScenario(name);
    });

    it('passes helm lint --strict', () => {
      const lint = runHelm(workspaceRoot, helmLintArgs(workspaceRoot, scenario));
      expect({ ok: lint.ok, output: lint.ok ? '' : lint.stdout + lint.stderr }).toEqual({ ok: true, output: '' });
    });

    it('renders objects that each pass their Kubernetes schema', () => {
      expect(objects.length).toBeGreaterThan(5);
      expect(validateManifests(objects)).toEqual([]);
    });

    it('puts every object in the release namespace with the common labels', () => {
      for (const object of objects.filter((o) => o.kind !== 'Namespace')) {
        expect({ name: object.metadata.name, namespace: object.metadata.namespace }).toEqual({
          name: object.metadata.name,
          namespace: 'todo-chatbot',
        });
        expect(object.metadata.labels['app.kubernetes.io/part-of']).toBe('todo-chatbot');
      }
    });

    it('runs every container as non-root, read-only, without capabilities, with requests and limits', () => {
      const workloads = objects.filter((object) => podSpecOf(object));
      expect(workloads.length).toBeGreaterThan(0);
      for (const workload of workloads) {
        const pod = podSpecOf(workload) as K8sObject;
        expect(pod.automountServiceAccountToken).toBe(false);
        expect(pod.securityContext.seccompProfile.type).toBe('RuntimeDefault');
        for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
          const where = `${workload.kind}/${workload.metadata.name}/${container.name}`;
          const security = { ...pod.securityContext, ...container.securityContext };
          expect({ where, runAsNonRoot: security.runAsNonRoot, rootUid: security.runAsUser === 0 }).toEqual({
            where,
            runAsNonRoot: true,
            rootUid: false,
          });
          expect(container.securityContext).toMatchObject({
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            capabilities: { drop: ['ALL'] },
          });
          expect(container.resources?.limits).toEqual({ cpu: expect.anything(), memory: expect.anything() });
          expect(container.resources?.requests).toEqual({ cpu: expect.anything(), memory: expect.anything() });
          expect(container.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
        }
      }
    });

    it('gives every long-running container liveness, readiness and startup probes', () => {
      for (const workload of objects.filter((o) => o.kind === 'Deployment' || o.kind === 'StatefulSet')) {
        for (const container of workload.spec.template.spec.containers) {
          expect(Object.keys(container).filter((key) => key.endsWith('Probe')).sort()).toEqual([
            'livenessProbe',
            'readinessProbe',
            'startupProbe',
          ]);
        }
      }
    });

    it('rolls Deployments without losing capacity, spread out, and restarts them when config changes', () => {
      for (const deployment of objects.filter((o) => o.kind === 'Deployment')) {
        expect(deployment.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } });
        expect(deployment.spec.template.metadata.annotations['checksum/config']).toMatch(/^[a-f0-9]{64}$/);
        expect(deployment.spec.template.spec.topologySpreadConstraints[0].labelSelector.matchLabels).toEqual(
          deployment.spec.selector.matchLabels,
        );
      }
    });

    it('selects pods by name, instance and component only', () => {
      for (const workload of objects.filter((o) => o.kind === 'Deployment' || o.kind === 'StatefulSet')) {
        const selector = workload.spec.selector.matchLabels;
        expect(Object.keys(selector).sort()).toEqual([
          'app.kubernetes.io/component',
          'app.kubernetes.io/instance',
          'app.kubernetes.io/name',
        ]);
        expect(workload.spec.template.metadata.labels).toMatchObject(selector);
      }
    });

    it('mounts no ServiceAccount token anywhere', () => {
      for (const account of objects.filter((o) => o.kind === 'ServiceAccount')) {
        expect(account.automountServiceAccountToken).toBe(false);
      }
    });

    it('never renders an image tagged latest or without a tag', () => {
      for (const workload of objects.filter((object) => podSpecOf(object))) {
        for (const container of (podSpecOf(workload) as K8sObject).containers) {
          expect(container.image).toMatch(/:[^/:@]+(@sha256:[a-f0-9]{64})?$/);
          expect(container.image).not.toMatch(/:latest(@|$)/);
        }
      }
    });
  });
});
