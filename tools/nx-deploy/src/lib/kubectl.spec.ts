import { normalizeEnvironment } from './environment';
import { Kubectl, kubectlClusterArgs } from './kubectl';

const env = normalizeEnvironment('kwok', { release: 'r', namespace: 'todo', chart: 'c', kubeContext: 'kwok-todo' });

describe('Kubectl', () => {
  it('names the namespace and context of the environment', () => {
    expect(kubectlClusterArgs(env)).toEqual(['--namespace', 'todo', '--context', 'kwok-todo']);
  });

  it('says how to get kubectl when it is missing', async () => {
    const previous = process.env.KUBECTL_BIN;
    process.env.KUBECTL_BIN = 'kubectl-that-does-not-exist';
    try {
      await expect(new Kubectl(process.cwd(), env).run(['version'])).rejects.toThrow(/kubectl-that-does-not-exist was not found: .*install-helm.mjs.*KUBECTL_BIN/);
    } finally {
      if (previous === undefined) delete process.env.KUBECTL_BIN;
      else process.env.KUBECTL_BIN = previous;
    }
  });
});
