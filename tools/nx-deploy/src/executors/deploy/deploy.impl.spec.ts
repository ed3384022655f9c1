import type { TaskGraph } from '@nx/devkit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { useDeployWorkspace } from '../../testing/deploy-workspace';
import { deployBatch } from './deploy.impl';
import type { DeployExecutorSchema } from './schema';

/** The task graph of `nx affected -t deploy` for these projects. */
const taskGraph = (projects: string[]) =>
  ({ tasks: Object.fromEntries(projects.map((project) => [`${project}:deploy`, { id: `${project}:deploy`, target: { project, target: 'deploy' } }])) }) as unknown as TaskGraph;

const inputs = (projects: string[], options: DeployExecutorSchema) => Object.fromEntries(projects.map((project) => [`${project}:deploy`, options]));

describe('deploy executor (batch)', () => {
  const t = useDeployWorkspace('deploy');
  const release = { services: { api: { image: { repository: 'todo-chatbot/api', tag: 'old-api' } }, web: { image: { repository: 'todo-chatbot/web', tag: 'old-web' } } } };
  const dryRun: DeployExecutorSchema = { env: 'local', dryRun: true, currentValues: 'tmp/release.yaml' };

  beforeEach(() => t.ws.write('tmp/release.yaml', stringify(release)));

  const rendered = () => parse(readFileSync(join(t.ws.root, 'deploy/generated/local/values.yaml'), 'utf8'));

  it('plans every task of the batch as one release upgrade, diffs the manifests and shows the helm command', async () => {
    const projects = ['api', 'web'];
    const results = await deployBatch(taskGraph(projects), inputs(projects, dryRun), dryRun, t.ws.context());
    const outcome = { success: true, terminalOutput: 'Deployed api, web to local in one release upgrade.' };
    expect(results).toEqual({ 'api:deploy': outcome, 'web:deploy': outcome });
    const text = t.output.text();
    expect(text).toMatch(/^api +api +todo-chatbot\/api:old-api +→ +todo-chatbot\/api:[0-9a-f]{20} +(would build|skipped) +update$/m);
    expect(text).toMatch(/^web +web +todo-chatbot\/web:old-web +→ +todo-chatbot\/web:[0-9a-f]{20} +(would build|skipped) +update$/m);
    expect(text).toContain('~ Deployment/todo-api');
    expect(text).toContain('Dry run: not deploying. Would run:\n$ ./.toolchain/bin/helm upgrade --install todo charts/app --namespace todo');
    expect(text.match(/^Deploy plan: /gm)).toHaveLength(1);
  });

  it('keeps the release image of a service that is not in the batch (affected-only)', async () => {
    const results = await deployBatch(taskGraph(['api']), inputs(['api'], dryRun), dryRun, t.ws.context());
    expect(results['api:deploy'].success).toBe(true);
    expect(t.output.text()).toMatch(/^web +web +todo-chatbot\/web:old-web +→ +todo-chatbot\/web:old-web +- +kept$/m);
    expect(t.output.text()).not.toContain('~ Deployment/todo-web');
    expect(rendered().services.web.image).toMatchObject({ repository: 'todo-chatbot/web', tag: 'old-web' });
    expect(rendered().services.api.image.tag).toMatch(/^[0-9a-f]{20}$/);
  });

  it('fails every task of a batch whose options cannot be run, naming the option', async () => {
    const options = { env: 'local', dryRun: true, detailedExitcode: true };
    const results = await deployBatch(taskGraph(['api', 'web']), inputs(['api', 'web'], options), options, t.ws.context());
    expect(results['api:deploy']).toEqual(results['web:deploy']);
    expect(results['api:deploy'].success).toBe(false);
    expect(results['api:deploy'].terminalOutput).toMatch(/^--detailed-exitcode needs --plan-out <file>/);
  });
});
