import { formatCommand } from './exec-command';
import { normalizeEnvironment } from './environment';
import { getValuesArgs, interpretGetValues, rollbackArgs, upgradeArgs } from './helm';

const env = normalizeEnvironment('production', {
  release: 'todo-chatbot',
  namespace: 'todo',
  chart: 'helm/todo-chatbot-chart',
  kubeContext: 'prod-eu',
  timeout: '10m',
});

describe('helm command lines', () => {
  it('reads the values the release was installed with', () => {
    expect(formatCommand('helm', getValuesArgs(env))).toBe(
      'helm get values todo-chatbot --namespace todo --kube-context prod-eu --output json',
    );
  });

  it('upgrades atomically with one values file (helm 3 spelling)', () => {
    expect(formatCommand('helm', upgradeArgs(env, 'deploy/generated/production/values.yaml', 3))).toBe(
      'helm upgrade --install todo-chatbot helm/todo-chatbot-chart --namespace todo --kube-context prod-eu ' +
        '--create-namespace --values deploy/generated/production/values.yaml --atomic --wait --timeout 10m',
    );
  });

  it('uses the helm 4 names of the same flags', () => {
    expect(formatCommand('helm', upgradeArgs(env, 'values.yaml', 4))).toMatch(
      /--values values\.yaml --rollback-on-failure --wait=watcher --timeout 10m$/,
    );
  });

  it('rolls back one revision, or to the one asked for', () => {
    expect(formatCommand('helm', rollbackArgs(env, 4))).toBe(
      'helm rollback todo-chatbot --namespace todo --kube-context prod-eu --wait=watcher --timeout 10m',
    );
    expect(rollbackArgs(env, 3, 4).slice(0, 3)).toEqual(['rollback', 'todo-chatbot', '4']);
  });

  it('leaves out the kube context when the environment names none', () => {
    const local = normalizeEnvironment('local', { release: 'r', namespace: 'n', chart: 'c' });
    expect(getValuesArgs(local)).not.toContain('--kube-context');
  });
});

describe('interpretGetValues', () => {
  it('parses the release values', () => {
    expect(interpretGetValues(0, '{"services":{"web":{"image":{"tag":"b"}}}}\n', '')).toEqual({
      state: 'deployed',
      values: { services: { web: { image: { tag: 'b' } } } },
    });
  });

  it('treats a missing release as a first install', () => {
    expect(interpretGetValues(1, '', 'Error: release: not found\n')).toEqual({ state: 'not-installed' });
  });

  it('keeps the reason when there is no cluster to ask', () => {
    expect(
      interpretGetValues(1, '', 'Error: Kubernetes cluster unreachable: Get "http://localhost:8080/version": dial tcp [::1]:8080: connect: connection refused\n'),
    ).toEqual({
      state: 'unreachable',
      reason: 'Error: Kubernetes cluster unreachable: Get "http://localhost:8080/version": dial tcp [::1]:8080: connect: connection refused',
    });
  });
});
