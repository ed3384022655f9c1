import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { useDeployWorkspace } from '../../testing/deploy-workspace';
import helmValuesExecutor from './helm-values.impl';

describe('helm-values executor', () => {
  const t = useDeployWorkspace('helm-values');

  const rendered = (env: string) => parse(readFileSync(join(t.ws.root, 'deploy/generated', env, 'values.yaml'), 'utf8'));

  it('renders every deployable project at its content-hash image, with its deploy config values', async () => {
    expect(await helmValuesExecutor({ env: 'local' }, t.ws.context())).toEqual({ success: true });
    const { services } = rendered('local');
    expect(Object.keys(services)).toEqual(['api', 'web']);
    expect(services.api).toEqual({ port: 8000, image: { digest: '', repository: 'todo-chatbot/api', tag: expect.stringMatching(/^[0-9a-f]{20}$/) } });
    expect(t.output.text()).toMatch(new RegExp(`^api +todo-chatbot/api:${services.api.image.tag}$`, 'm'));
    expect(t.output.text()).toContain('Wrote deploy/generated/local/values.yaml (validated against charts/app/values.schema.json).');
  });

  it("changes a service's tag only when its own inputs change", async () => {
    await helmValuesExecutor({ env: 'local' }, t.ws.context());
    const before = rendered('local').services;
    t.ws.write('apps/api/src/main.ts', "console.log('api v2');\n");
    t.ws.write('apps/web/src/main.spec.ts', 'a spec is not in the image');
    await helmValuesExecutor({ env: 'local' }, t.ws.context());
    const after = rendered('local').services;
    expect(after.api.image.tag).not.toBe(before.api.image.tag);
    expect(after.web.image.tag).toBe(before.web.image.tag);
  });

  it('pins the digest recorded when that very tag was pushed to the environment registry', async () => {
    await helmValuesExecutor({ env: 'staging' }, t.ws.context());
    const { tag } = rendered('staging').services.api.image;
    const digest = `sha256:${'a'.repeat(64)}`;
    t.ws.write('dist/images/api.json', JSON.stringify({ project: 'api', registry: 'registry.example/acme', repository: 'todo-chatbot/api', tag, digest }));
    await helmValuesExecutor({ env: 'staging' }, t.ws.context());
    expect(rendered('staging').services.api.image).toEqual({ repository: 'todo-chatbot/api', tag, digest });
    expect(rendered('staging').global).toEqual({ imageRegistry: 'registry.example/acme' });
  });

  it("refuses values the chart's schema rejects, and writes nothing", async () => {
    t.ws.write('apps/web/deploy.json', JSON.stringify({ service: 'web', values: { port: 'http' } }));
    await expect(helmValuesExecutor({ env: 'local' }, t.ws.context())).rejects.toThrow(
      'Values for local do not satisfy charts/app/values.schema.json:\n  services.web.port must be integer',
    );
    expect(() => rendered('local')).toThrow(/ENOENT/);
  });
});
