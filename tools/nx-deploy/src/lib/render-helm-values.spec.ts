import { renderHelmValues, type ServiceRelease } from './render-helm-values';
import { normalizeEnvironment } from './environment';

const env = normalizeEnvironment('staging', {
  release: 'todo-chatbot',
  namespace: 'todo-staging',
  chart: 'helm/todo-chatbot-chart',
  registry: 'ghcr.io/acme',
  values: { services: { api: { replicas: 3 } } },
});

const services: ServiceRelease[] = [
  { project: 'web', service: 'web', values: { port: 3000 }, image: { repository: 'todo-chatbot/web', tag: 'bbb' } },
  {
    project: 'api',
    service: 'api',
    values: { port: 8000, replicas: 1 },
    image: { repository: 'todo-chatbot/api', tag: 'aaa', digest: 'sha256:01' },
  },
];

describe('renderHelmValues', () => {
  it('puts deploy configs and images under services, then layers the environment', () => {
    expect(
      renderHelmValues(env, services, [
        { source: 'values-staging.yaml', values: { ingress: { enabled: true }, services: { web: { replicas: 2 } } } },
      ]).values,
    ).toMatchInlineSnapshot(`
      {
        "global": {
          "imageRegistry": "ghcr.io/acme",
        },
        "ingress": {
          "enabled": true,
        },
        "services": {
          "api": {
            "image": {
              "digest": "sha256:01",
              "repository": "todo-chatbot/api",
              "tag": "aaa",
            },
            "port": 8000,
            "replicas": 3,
          },
          "web": {
            "image": {
              "digest": "",
              "repository": "todo-chatbot/web",
              "tag": "bbb",
            },
            "port": 3000,
            "replicas": 2,
          },
        },
      }
    `);
  });

  it('lets images win over a values file that pins a tag, and says so', () => {
    const { values, notices } = renderHelmValues(env, services, [
      { source: 'values-local.yaml', values: { services: { web: { image: { tag: 'local', pullPolicy: 'Never' } } } } },
    ]);
    expect(values.services).toMatchObject({ web: { image: { tag: 'bbb', pullPolicy: 'Never' } } });
    expect(notices).toEqual(['values-local.yaml: services.web.image.tag is replaced by the content-hash image']);
  });
});
