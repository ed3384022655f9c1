import { type Tree, updateNxJson, readNxJson } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readDeploySettings } from './deploy-settings';

describe('readDeploySettings', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
    tree.write('deploy/environments/local.yaml', 'release: todo\nnamespace: todo\nchart: charts/shop\n');
    tree.write('deploy/environments/kind.yaml', 'release: todo\nnamespace: todo\nchart: charts/kind-shop\n');
  });

  it("takes the default environment's chart and the default image prefix", () => {
    expect(readDeploySettings(tree, 'billing', undefined)).toEqual({ image: 'todo-chatbot/billing', chart: 'charts/shop' });
  });

  it("follows nx.json's plugin options, and --chart over the environment", () => {
    updateNxJson(tree, { ...readNxJson(tree), plugins: [{ plugin: '@todo/nx-deploy', options: { imagePrefix: 'acme', defaultEnv: 'kind' } }] });
    expect(readDeploySettings(tree, 'billing', undefined)).toEqual({ image: 'acme/billing', chart: 'charts/kind-shop' });
    expect(readDeploySettings(tree, 'billing', 'helm/other').chart).toBe('helm/other');
  });

  it('asks for --chart when the default environment does not exist', () => {
    tree.delete('deploy/environments/local.yaml');
    expect(() => readDeploySettings(tree, 'billing', undefined)).toThrow(
      "--chart is needed: deploy/environments/local.yaml (the plugin's defaultEnv) does not exist",
    );
  });
});
