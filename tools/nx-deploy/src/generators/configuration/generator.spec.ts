import { type Tree, addProjectConfiguration } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { parse } from 'yaml';
import { configurationGenerator } from './generator';

describe('configuration generator', () => {
  let tree: Tree;

  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
    tree.write('deploy/environments/local.yaml', 'release: todo-chatbot\nnamespace: todo-chatbot\nchart: helm/todo-chatbot-chart\n');
    tree.write('helm/todo-chatbot-chart/values.yaml', 'services:\n  api:\n    image:\n      repository: todo-chatbot/api\n    port: 8000\n');
    addProjectConfiguration(tree, 'admin', { root: 'apps/admin', projectType: 'application' });
  });

  it('writes deploy.json and the chart entry for an app with a Dockerfile', async () => {
    tree.write('apps/admin/Dockerfile', 'FROM node:22-bookworm-slim\n');
    await configurationGenerator(tree, { project: 'admin', port: 4000, skipFormat: true });
    expect(JSON.parse(tree.read('apps/admin/deploy.json', 'utf-8') as string)).toMatchObject({
      service: 'admin',
      image: 'todo-chatbot/admin',
      values: { port: 4000 },
    });
    expect(parse(tree.read('helm/todo-chatbot-chart/values.yaml', 'utf-8') as string).services.admin.port).toBe(4000);
  });

  it('is idempotent', async () => {
    tree.write('apps/admin/Dockerfile', 'FROM node:22-bookworm-slim\n');
    await configurationGenerator(tree, { project: 'admin', port: 4000, skipFormat: true });
    const values = tree.read('helm/todo-chatbot-chart/values.yaml', 'utf-8');
    await configurationGenerator(tree, { project: 'admin', port: 4000, skipFormat: true });
    expect(tree.read('helm/todo-chatbot-chart/values.yaml', 'utf-8')).toBe(values);
  });

  it('needs a Dockerfile', async () => {
    await expect(configurationGenerator(tree, { project: 'admin', port: 4000, skipFormat: true })).rejects.toThrow(
      "apps/admin/Dockerfile does not exist: write the app's Dockerfile first",
    );
  });
});
