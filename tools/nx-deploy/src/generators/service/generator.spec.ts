import { type Tree, readNxJson, readProjectConfiguration, updateNxJson } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { parse } from 'yaml';
import { serviceGenerator } from './generator';

const chartValues = `## @section Services
services:
  api:
    ## @param services.api.enabled Deploy the api
    enabled: true
    securityContext:
      capabilities:
        drop: [ALL]
    image:
      repository: todo-chatbot/api
      tag: ""
    port: 8000
`;

describe('service generator', () => {
  let tree: Tree;

  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
    tree.write('jest.preset.js', 'module.exports = {};\n');
    tree.write('deploy/environments/local.yaml', 'release: todo-chatbot\nnamespace: todo-chatbot\nchart: helm/todo-chatbot-chart\n');
    tree.write('helm/todo-chatbot-chart/values.yaml', chartValues);
    tree.write('helm/todo-chatbot-chart/values-local.yaml', 'services:\n  api:\n    image:\n      tag: local\n');
    tree.write('eslint.config.mjs', 'export default [];\n');
    // As this workspace's nx.json: Jest, ESLint and typecheck targets are inferred.
    updateNxJson(tree, {
      ...readNxJson(tree),
      plugins: ['@nx/eslint/plugin', '@nx/jest/plugin', '@nx/js/typescript', '@todo/nx-deploy'],
      targetDefaults: { typecheck: { options: { args: ['--force'] } } },
    });
  });

  const contents = () => new Map(tree.listChanges().map((change) => [change.path, change.content?.toString()]));

  it('scaffolds the app with @nx/node:application, bundled for the image, with health routes, a test, a Dockerfile and a deploy config', async () => {
    await serviceGenerator(tree, { name: 'billing', skipFormat: true });

    const project = readProjectConfiguration(tree, 'billing');
    expect(project.root).toBe('apps/billing');
    expect(project.tags).toEqual(['scope:api', 'type:app']);
    expect(project.targets?.build).toMatchObject({
      executor: '@nx/esbuild:esbuild',
      options: { main: 'apps/billing/src/main.ts', outputPath: 'dist/apps/billing', bundle: true, thirdParty: true },
    });
    expect(project.targets?.serve?.executor).toBe('@nx/js:node');
    // Inferred by @nx/js/typescript from tsconfig.json, which writes its declarations outside src/.
    expect(project.targets?.typecheck).toBeUndefined();
    expect(JSON.parse(tree.read('apps/billing/tsconfig.json', 'utf-8') as string).compilerOptions.outDir).toBe('../../dist/out-tsc/apps/billing');
    expect(project.targets?.test).toBeUndefined();
    expect(tree.read('apps/billing/src/app.ts', 'utf-8')).toContain("app.get('/readyz'");
    expect(tree.read('apps/billing/src/main.ts', 'utf-8')).toContain("import { buildApp } from './app';");
    expect(tree.exists('apps/billing/src/app.spec.ts')).toBe(true);
    expect(tree.read('apps/billing/jest.config.cts', 'utf-8')).toContain("preset: '../../jest.preset.js'");
    expect(tree.exists('apps/billing/eslint.config.mjs')).toBe(true);
    expect(tree.exists('apps/billing/tsconfig.app.json')).toBe(true);
    expect(JSON.parse(tree.read('apps/billing/tsconfig.json', 'utf-8') as string).include).toEqual(['src/**/*.ts']);
    expect(tree.read('apps/billing/Dockerfile', 'utf-8')).toContain('RUN npx nx run billing:build');
    expect(JSON.parse(tree.read('apps/billing/deploy.json', 'utf-8') as string)).toEqual({
      $schema: '../../tools/nx-deploy/deploy-config.schema.json',
      service: 'billing',
      image: 'todo-chatbot/billing',
      values: { port: 8080 },
    });
  });

  it('changes no workspace file but the chart values (package.json is an input of every image)', async () => {
    const before = contents();
    await serviceGenerator(tree, { name: 'billing', skipFormat: true });
    const changed = [...contents()].filter(([path, content]) => !path.startsWith('apps/billing/') && before.get(path) !== content);
    expect(changed.map(([path]) => path).sort()).toEqual(['helm/todo-chatbot-chart/values-local.yaml', 'helm/todo-chatbot-chart/values.yaml']);
  });

  it("names the image with nx.json's imagePrefix and uses the chart of the plugin's default environment", async () => {
    tree.write('deploy/environments/kind.yaml', 'release: shop\nnamespace: shop\nchart: charts/shop\n');
    tree.write('charts/shop/values.yaml', 'services: {}\n');
    const plugins = ['@nx/eslint/plugin', '@nx/jest/plugin', { plugin: '@todo/nx-deploy', options: { imagePrefix: 'acme', defaultEnv: 'kind' } }];
    updateNxJson(tree, { ...readNxJson(tree), plugins });
    await serviceGenerator(tree, { name: 'billing', skipFormat: true });
    expect(JSON.parse(tree.read('apps/billing/deploy.json', 'utf-8') as string).image).toBe('acme/billing');
    expect(tree.read('apps/billing/Dockerfile', 'utf-8')).toContain('-t acme/billing .');
    expect(parse(tree.read('charts/shop/values.yaml', 'utf-8') as string).services.billing.image.repository).toBe('acme/billing');
  });

  it("adds the service to the chart's services map, keeping the documentation comments", async () => {
    await serviceGenerator(tree, { name: 'billing', port: 9000, skipFormat: true });

    const values = tree.read('helm/todo-chatbot-chart/values.yaml', 'utf-8') as string;
    expect(values).toContain('## @param services.api.enabled Deploy the api');
    expect(values).toContain('drop: [ALL]');
    expect(values).toContain('## @param services.billing.port Container port (PORT)');
    expect(parse(values).services.billing).toEqual({
      enabled: true,
      image: { repository: 'todo-chatbot/billing', tag: '', digest: '' },
      port: 9000,
      useConfig: false,
      probes: { readiness: { path: '/readyz' } },
    });
    expect(parse(tree.read('helm/todo-chatbot-chart/values-local.yaml', 'utf-8') as string).services.billing).toEqual({
      image: { tag: 'local' },
    });
  });

  it('changes nothing on a second run', async () => {
    await serviceGenerator(tree, { name: 'billing', skipFormat: true });
    const before = tree.listChanges().map((change) => [change.path, change.content?.toString()]);
    await serviceGenerator(tree, { name: 'billing', skipFormat: true });
    expect(tree.listChanges().map((change) => [change.path, change.content?.toString()])).toEqual(before);
  });

  it('refuses a directory that holds something else', async () => {
    tree.write('apps/billing/README.md', 'not a service');
    await expect(serviceGenerator(tree, { name: 'billing', skipFormat: true })).rejects.toThrow(
      'apps/billing already exists and is not the billing service: refusing to overwrite it.',
    );
  });

  it('refuses a chart entry that names another image', async () => {
    tree.write(
      'helm/todo-chatbot-chart/values.yaml',
      'services:\n  billing:\n    image:\n      repository: acme/billing\n    port: 80\n',
    );
    await expect(serviceGenerator(tree, { name: 'billing', skipFormat: true })).rejects.toThrow(
      'already has services.billing with image acme/billing, not todo-chatbot/billing',
    );
  });

  it('refuses a name Kubernetes cannot use', async () => {
    await expect(serviceGenerator(tree, { name: 'Billing_Service', skipFormat: true })).rejects.toThrow(/must be a DNS label/);
  });
});
