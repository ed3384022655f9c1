import { useDeployWorkspace } from '../../testing/deploy-workspace';
import dockerBuildExecutor, { normalizeOptions } from './docker-build.impl';

describe('docker-build executor', () => {
  const t = useDeployWorkspace('docker-build');

  it("pushes to the environment's registry unless --registry names another", () => {
    expect(normalizeOptions(t.ws.root, { env: 'staging', push: true })).toEqual({ engine: 'auto', push: true, registry: 'registry.example/acme' });
    expect(normalizeOptions(t.ws.root, { env: 'staging', registry: 'localhost:5000/' })).toEqual({ engine: 'auto', push: false, registry: 'localhost:5000' });
    expect(normalizeOptions(t.ws.root, { engine: 'podman' })).toEqual({ engine: 'podman', push: false, registry: '' });
  });

  it('refuses a project that is not deployable, naming what it lacks, before any engine runs', async () => {
    const context = t.ws.context('api');
    context.projectsConfigurations.projects.admin = { root: 'apps/admin', targets: {} };
    await expect(dockerBuildExecutor({}, { ...context, projectName: 'admin' })).rejects.toThrow(
      'admin has no @todo/nx-deploy:docker-build target: add a deploy.json and a Dockerfile beside it.',
    );
    expect(t.output.lines).toEqual([]);
  });

  it('refuses a deploy.json that is not JSON', async () => {
    t.ws.write('apps/api/deploy.json', '{ service: api');
    await expect(dockerBuildExecutor({}, t.ws.context('api'))).rejects.toThrow(/^apps\/api\/deploy.json is not valid JSON/);
  });
});
