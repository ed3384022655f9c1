import { normalizeEnvironment } from './environment';
import { buildPlanFile, manifestHash, readPlanFile, staleReason, writePlanFile } from './plan-file';
import { TempFs } from '../testing/temp-fs';

const env = normalizeEnvironment('staging', { release: 'todo-chatbot', namespace: 'todo-staging', chart: 'c' });
const services = [
  {
    project: 'api',
    service: 'api',
    current: { repository: 'todo-chatbot/api', tag: 'aaa' },
    next: { repository: 'todo-chatbot/api', tag: 'bbb', digest: `sha256:${'1'.repeat(64)}` },
    deploying: true,
    change: 'update' as const,
  },
];

describe('plan files', () => {
  let fs: TempFs;
  beforeEach(() => (fs = new TempFs('plan-file')));
  afterEach(() => fs.cleanup());

  it('round-trips a plan with its images before → after, revision, manifest hash and verdict, and writes a readable summary', () => {
    const plan = buildPlanFile(env, 4, services, 'kind: Deployment\n', { services: { api: { image: { tag: 'bbb' } } } }, true);
    const written = writePlanFile(fs.root, 'plans/staging.json', plan, 'Deploy plan: environment staging');
    expect(written).toEqual({ json: 'plans/staging.json', text: 'plans/staging.json.txt' });
    const read = readPlanFile(fs.root, 'plans/staging.json');
    expect(read).toEqual(plan);
    expect(read.changes).toBe(true);
    expect(read.services[0]).toEqual({
      service: 'api',
      project: 'api',
      change: 'update',
      before: { repository: 'todo-chatbot/api', tag: 'aaa' },
      after: { repository: 'todo-chatbot/api', tag: 'bbb', digest: `sha256:${'1'.repeat(64)}` },
    });
  });

  it('names what is wrong with a file that is not a plan', () => {
    fs.write('bad.json', '{"version": 2}');
    expect(() => readPlanFile(fs.root, 'bad.json')).toThrow(/--plan bad.json is not a deploy plan: version/);
    const { changes: _, ...withoutVerdict } = buildPlanFile(env, 4, services, '', {}, false);
    fs.write('old.json', JSON.stringify(withoutVerdict));
    expect(() => readPlanFile(fs.root, 'old.json')).toThrow(/is not a deploy plan: changes: /);
    fs.write('text.json', 'nope');
    expect(() => readPlanFile(fs.root, 'text.json')).toThrow(/is not JSON/);
    expect(() => readPlanFile(fs.root, 'missing.json')).toThrow(/does not exist/);
  });

  it('applies only to the release it was made for, at the revision it was made against, with the same chart', () => {
    const hash = manifestHash('kind: Deployment\n');
    const plan = buildPlanFile(env, 4, services, 'kind: Deployment\n', {}, true);
    expect(staleReason(plan, env, 4, hash)).toBeNull();
    expect(staleReason(plan, env, 5, hash)).toMatch(/moved on since the plan: it was made against revision 4, the cluster now has revision 5/);
    expect(staleReason(plan, env, 4, manifestHash('other'))).toMatch(/the chart changed/);
    expect(staleReason(plan, { ...env, name: 'production', namespace: 'todo' }, 4, hash)).toMatch(/not todo-chatbot in todo \(production\)/);
    expect(staleReason(buildPlanFile(env, undefined, services, '', {}, true), env, null, manifestHash(''))).toBeNull();
  });
});
