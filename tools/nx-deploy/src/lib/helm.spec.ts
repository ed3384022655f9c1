import { formatCommand } from './exec-command';
import { normalizeEnvironment } from './environment';
import { interpretStatus, rollbackArgs, statusArgs, testArgs, uninstallArgs, upgradeArgs } from './helm';

const env = normalizeEnvironment('production', {
  release: 'todo-chatbot',
  namespace: 'todo',
  chart: 'helm/todo-chatbot-chart',
  kubeContext: 'prod-eu',
  timeout: '10m',
});

describe('helm command lines', () => {
  it('reads the latest revision, its state, values and manifest in one call', () => {
    expect(formatCommand('helm', statusArgs(env))).toBe('helm status todo-chatbot --namespace todo --kube-context prod-eu --output json');
  });

  it('upgrades with one values file and waits (helm 3 spelling); the executor rolls back itself', () => {
    expect(formatCommand('helm', upgradeArgs(env, 'deploy/generated/production/values.yaml', 3))).toBe(
      'helm upgrade --install todo-chatbot helm/todo-chatbot-chart --namespace todo --kube-context prod-eu ' +
        '--create-namespace --values deploy/generated/production/values.yaml --wait --timeout 10m',
    );
  });

  it('waits with kstatus and takes back fields changed out of band with helm 4', () => {
    expect(formatCommand('helm', upgradeArgs(env, 'values.yaml', 4))).toMatch(/--values values\.yaml --wait=watcher --force-conflicts --timeout 10m$/);
    expect(upgradeArgs(env, 'values.yaml', 4)).not.toContain('--rollback-on-failure');
  });

  it('runs the release tests with the environment timeout', () => {
    expect(formatCommand('helm', testArgs(env))).toBe('helm test todo-chatbot --namespace todo --kube-context prod-eu --timeout 10m');
  });

  it('uninstalls a failed first install and waits for its objects to go', () => {
    expect(formatCommand('helm', uninstallArgs(env, 4))).toBe('helm uninstall todo-chatbot --namespace todo --kube-context prod-eu --wait=watcher --timeout 10m');
  });

  it('rolls back one revision, or to the one asked for', () => {
    expect(formatCommand('helm', rollbackArgs(env, 4))).toBe(
      'helm rollback todo-chatbot --namespace todo --kube-context prod-eu --wait=watcher --timeout 10m',
    );
    expect(rollbackArgs(env, 3, 4).slice(0, 3)).toEqual(['rollback', 'todo-chatbot', '4']);
  });

  it('leaves out the kube context when the environment names none', () => {
    const local = normalizeEnvironment('local', { release: 'r', namespace: 'n', chart: 'c' });
    expect(statusArgs(local)).not.toContain('--kube-context');
  });
});

describe('interpretStatus', () => {
  const status = (state: string, config: unknown) =>
    JSON.stringify({ name: 'todo-chatbot', version: 3, info: { status: state }, config, manifest: '---\nkind: Service\n' });

  it('parses the release values, revision and manifest', () => {
    expect(interpretStatus(0, status('deployed', { services: { web: { image: { tag: 'b' } } } }), '')).toEqual({
      state: 'deployed',
      values: { services: { web: { image: { tag: 'b' } } } },
      revision: 3,
      manifest: '---\nkind: Service\n',
    });
  });

  it('reads a release installed without values as empty values', () => {
    expect(interpretStatus(0, status('deployed', null), '')).toMatchObject({ state: 'deployed', values: {} });
  });

  it.each(['pending-install', 'pending-upgrade', 'pending-rollback'])('reports %s as an operation in flight', (state) => {
    expect(interpretStatus(0, status(state, {}), '')).toEqual({ state: 'pending', status: state, revision: 3 });
  });

  it('treats a missing release as a first install', () => {
    expect(interpretStatus(1, '', 'Error: release: not found\n')).toEqual({ state: 'not-installed' });
  });

  it('keeps the reason when there is no cluster to ask', () => {
    expect(
      interpretStatus(1, '', 'Error: Kubernetes cluster unreachable: Get "http://localhost:8080/version": dial tcp [::1]:8080: connect: connection refused\n'),
    ).toEqual({
      state: 'unreachable',
      reason: 'Error: Kubernetes cluster unreachable: Get "http://localhost:8080/version": dial tcp [::1]:8080: connect: connection refused',
    });
  });
});
