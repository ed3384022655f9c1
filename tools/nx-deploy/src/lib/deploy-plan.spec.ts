import { describeRelease, formatPlan, planServices, type ServiceCandidate } from './deploy-plan';

const candidates: ServiceCandidate[] = [
  { project: 'api', service: 'api', contentImage: { repository: 'todo-chatbot/api', tag: 'a2' }, inDeploySet: true },
  { project: 'web', service: 'web', contentImage: { repository: 'todo-chatbot/web', tag: 'w2' }, inDeploySet: false },
];

describe('planServices', () => {
  it('moves the deploy set and keeps the release image of every other service', () => {
    const release = {
      state: 'deployed' as const,
      values: {
        services: {
          api: { image: { repository: 'todo-chatbot/api', tag: 'a1' } },
          web: { image: { repository: 'todo-chatbot/web', tag: 'w1' } },
        },
      },
    };
    const plan = planServices(candidates, release);
    plan[0].build = 'would build';
    expect(formatPlan(plan, '')).toMatchInlineSnapshot(`
      "SERVICE  PROJECT  CURRENT IMAGE           NEW IMAGE            IMAGE BUILD  CHANGE
      api      api      todo-chatbot/api:a1  →  todo-chatbot/api:a2  would build  update
      web      web      todo-chatbot/web:w1  →  todo-chatbot/web:w1  -            kept"
    `);
  });

  it('installs everything when there is no release, carrying untouched services at their content image', () => {
    const plan = planServices(candidates, { state: 'not-installed' });
    expect(plan.map((s) => [s.service, s.change, s.deploying, s.next.tag, s.note])).toEqual([
      ['api', 'install', true, 'a2', undefined],
      ['web', 'install', true, 'w2', 'not in the release yet'],
    ]);
  });

  it('reports an unchanged image as unchanged and keeps the revision the release recorded for it', () => {
    const revision = 'c'.repeat(40);
    const release = { state: 'deployed' as const, values: { services: { api: { image: { repository: 'todo-chatbot/api', tag: 'a2', revision } } } } };
    const [api] = planServices(candidates, release);
    expect([api.change, api.next]).toEqual(['unchanged', { repository: 'todo-chatbot/api', tag: 'a2', revision }]);
  });
});

describe('describeRelease', () => {
  it('says plainly when the cluster could not be asked', () => {
    expect(describeRelease({ state: 'unreachable', reason: 'Error: kubernetes cluster unreachable' }, 'release todo-chatbot')).toBe(
      'current images: UNKNOWN, the cluster is unreachable (Error: kubernetes cluster unreachable); planned as a first install',
    );
  });
});
