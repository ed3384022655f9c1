import { K8sObject, named, ofKind, renderScenario } from './render-scenarios';

const env = (deployment: K8sObject) => deployment.spec.template.spec.containers[0].env as K8sObject[];
const envValue = (deployment: K8sObject, name: string) => env(deployment).find((e) => e.name === name);
const hookOf = (object: K8sObject) => object.metadata.annotations?.['helm.sh/hook'];

describe('default scenario (chart defaults + an external database URL)', () => {
  let objects: K8sObject[];
  beforeAll(() => {
    objects = renderScenario('default');
  });

  it('renders the api and web as ClusterIP services on their contract ports', () => {
    expect(named(objects, 'Service', 'todo-api').spec).toMatchObject({ type: 'ClusterIP', ports: [{ port: 8000 }] });
    expect(named(objects, 'Service', 'todo-web').spec).toMatchObject({ type: 'ClusterIP', ports: [{ port: 3000 }] });
  });

  it('wires the web to the api in-cluster and the api to its settings and secrets', () => {
    const api = named(objects, 'Deployment', 'todo-api');
    const web = named(objects, 'Deployment', 'todo-web');
    expect(envValue(web, 'API_URL')).toEqual({ name: 'API_URL', value: 'http://todo-api:8000' });
    expect(envValue(api, 'PORT')?.value).toBe('8000');
    expect(envValue(api, 'HOST')?.value).toBe('0.0.0.0');
    expect(envValue(api, 'DATABASE_URL')?.valueFrom.secretKeyRef).toEqual({ name: 'todo-secrets', key: 'DATABASE_URL' });
    expect(envValue(api, 'OPENAI_API_KEY')?.valueFrom.secretKeyRef.optional).toBe(true);
    expect(api.spec.template.spec.containers[0].envFrom).toEqual([{ configMapRef: { name: 'todo-config' } }]);
    expect(api.spec.template.spec.containers[0].readinessProbe.httpGet.path).toBe('/readyz');
    expect(api.spec.template.spec.containers[0].livenessProbe.httpGet.path).toBe('/healthz');
    expect(named(objects, 'ConfigMap', 'todo-config').data).toMatchObject({ NODE_ENV: 'production', CHAT_PROVIDER: 'local' });
  });

  it('uses the chart appVersion as the image tag, never latest', () => {
    expect(named(objects, 'Deployment', 'todo-api').spec.template.spec.containers[0].image).toBe('todo-chatbot/api:0.1.0');
  });

  it('makes a Secret as a hook before the migration Job, which runs the api image before install and upgrade', () => {
    const secret = named(objects, 'Secret', 'todo-secrets');
    expect(hookOf(secret)).toBe('pre-install,pre-upgrade');
    expect(Number(secret.metadata.annotations['helm.sh/hook-weight'])).toBeLessThan(0);
    expect(secret.stringData.AUTH_SECRET).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(secret.stringData.DATABASE_URL).toMatch(/^postgres:\/\//);
    const job = named(objects, 'Job', 'todo-migrate');
    expect(hookOf(job)).toBe('pre-install,pre-upgrade');
    expect(job.spec.template.spec.containers[0]).toMatchObject({
      image: 'todo-chatbot/api:0.1.0',
      command: ['node', 'migrate.js'],
    });
  });

  it('has no HPA, Ingress, Namespace or bundled Postgres, but a PDB per service', () => {
    expect(ofKind(objects, 'HorizontalPodAutoscaler')).toEqual([]);
    expect(ofKind(objects, 'Ingress')).toEqual([]);
    expect(ofKind(objects, 'Namespace')).toEqual([]);
    expect(ofKind(objects, 'StatefulSet')).toEqual([]);
    expect(ofKind(objects, 'PodDisruptionBudget').map((pdb) => pdb.metadata.name)).toEqual(['todo-api', 'todo-web']);
  });

  it('lets only the web (and the release’s own `helm test` check) reach the api', () => {
    const apiPolicy = named(objects, 'NetworkPolicy', 'todo-api');
    expect(apiPolicy.spec.ingress).toEqual([
      {
        from: [{ podSelector: { matchLabels: expect.objectContaining({ 'app.kubernetes.io/component': 'web' }) } }],
        ports: [{ port: 'http', protocol: 'TCP' }],
      },
      {
        from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/instance': 'todo', 'todo-chatbot/verify': 'true' } } }],
        ports: [{ port: 'http', protocol: 'TCP' }],
      },
    ]);
    expect(named(objects, 'NetworkPolicy', 'todo-web').spec.ingress).toEqual([
      {
        from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/instance': 'todo', 'todo-chatbot/verify': 'true' } } }],
        ports: [{ port: 'http', protocol: 'TCP' }],
      },
    ]);
  });

  it('renders one `helm test` Job per service that asks its readiness path through its Service', () => {
    const checks = ofKind(objects, 'Job').filter((job) => hookOf(job) === 'test');
    expect(checks.map((job) => job.metadata.name)).toEqual(['todo-verify-api', 'todo-verify-web']);
    const command = checks[0].spec.template.spec.containers[0].command.join(' ');
    expect(command).toContain('http://todo-api:8000/readyz');
    expect(checks[0].spec.template.metadata.labels['todo-chatbot/verify']).toBe('true');
    expect(checks[0].spec.backoffLimit).toBe(0);
  });

  const dns = {
    to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
    ports: [
      { port: 53, protocol: 'UDP' },
      { port: 53, protocol: 'TCP' },
    ],
  };

  it('denies everything by default and lets each service out only to DNS, its upstreams and its database', () => {
    expect(named(objects, 'NetworkPolicy', 'todo-default-deny').spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    expect(named(objects, 'NetworkPolicy', 'todo-web').spec.egress).toEqual([
      dns,
      { to: [{ podSelector: { matchLabels: expect.objectContaining({ 'app.kubernetes.io/component': 'api' }) } }], ports: [{ port: 'http', protocol: 'TCP' }] },
    ]);
    // An external database: its port, at any address unless networkPolicy.database.peers narrows it.
    expect(named(objects, 'NetworkPolicy', 'todo-api').spec.egress).toEqual([dns, { ports: [{ port: 5432, protocol: 'TCP' }] }]);
    expect(named(objects, 'NetworkPolicy', 'todo-migrate').spec).toMatchObject({ ingress: [], egress: [dns, { ports: [{ port: 5432, protocol: 'TCP' }] }] });
  });
});

describe('local scenario (values-local.yaml, Minikube)', () => {
  let objects: K8sObject[];
  beforeAll(() => {
    objects = renderScenario('local');
  });

  it('never pulls, and exposes the web on a LoadBalancer and todo.local through the ingress', () => {
    for (const deployment of ofKind(objects, 'Deployment')) {
      expect(deployment.spec.template.spec.containers[0].imagePullPolicy).toBe('IfNotPresent');
      expect(deployment.spec.replicas).toBe(1);
    }
    expect(named(objects, 'Service', 'todo-web').spec.type).toBe('LoadBalancer');
    expect(named(objects, 'Ingress', 'todo').spec.rules[0].host).toBe('todo.local');
  });

  it('bundles Postgres as a StatefulSet with a PVC, reachable only from database clients', () => {
    const postgres = named(objects, 'StatefulSet', 'todo-postgresql');
    expect(postgres.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe('1Gi');
    expect(postgres.spec.template.spec.containers[0].image).toBe('postgres:15-alpine');
    expect(named(objects, 'Service', 'todo-postgresql').spec.ports[0].port).toBe(5432);
    const secret = named(objects, 'Secret', 'todo-secrets');
    expect(secret.stringData.DATABASE_URL).toBe('postgres://todo:ci-placeholder-password@todo-postgresql:5432/todo');
    const policy = named(objects, 'NetworkPolicy', 'todo-postgresql');
    expect(policy.spec.ingress[0].from).toEqual([
      { podSelector: { matchLabels: { 'app.kubernetes.io/instance': 'todo', 'todo-chatbot/database-client': 'true' } } },
    ]);
    const clients = objects
      .filter((o) => o.spec?.template?.metadata?.labels?.['todo-chatbot/database-client'] === 'true')
      .map((o) => `${o.kind}/${o.metadata.name}`);
    expect(clients.sort()).toEqual(['Deployment/todo-api', 'Job/todo-migrate']);
  });

  it('lets the api and the migration out to the bundled Postgres pods only', () => {
    const toPostgres = {
      to: [{ podSelector: { matchLabels: expect.objectContaining({ 'app.kubernetes.io/component': 'postgresql' }) } }],
      ports: [{ port: 5432, protocol: 'TCP' }],
    };
    expect(named(objects, 'NetworkPolicy', 'todo-api').spec.egress).toContainEqual(toPostgres);
    expect(named(objects, 'NetworkPolicy', 'todo-migrate').spec.egress).toContainEqual(toPostgres);
    expect(named(objects, 'NetworkPolicy', 'todo-web').spec.egress).not.toContainEqual(toPostgres);
  });

  it('migrates after install, since the release creates the database itself', () => {
    expect(hookOf(named(objects, 'Job', 'todo-migrate'))).toBe('post-install,pre-upgrade');
  });

  it('lets the ingress controller reach the web and the api', () => {
    for (const name of ['todo-api', 'todo-web']) {
      expect(named(objects, 'NetworkPolicy', name).spec.ingress).toContainEqual({
        from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }],
        ports: [{ port: 'http', protocol: 'TCP' }],
      });
    }
  });
});

describe('production-like scenario', () => {
  let objects: K8sObject[];
  beforeAll(() => {
    objects = renderScenario('production');
  });

  it('lets the api reach the model endpoint on 443 with the openai provider, and nothing else does', () => {
    const toModel = { to: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ port: 443, protocol: 'TCP' }] };
    expect(named(objects, 'NetworkPolicy', 'todo-api').spec.egress).toContainEqual(toModel);
    expect(named(objects, 'NetworkPolicy', 'todo-web').spec.egress).not.toContainEqual(toModel);
  });

  it('renders no Secret when existingSecret is set, and every pod reads that one', () => {
    expect(ofKind(objects, 'Secret')).toEqual([]);
    const refs = objects
      .flatMap((o) => o.spec?.template?.spec?.containers ?? [])
      .flatMap((c: K8sObject) => c.env ?? [])
      .filter((e: K8sObject) => e.valueFrom?.secretKeyRef)
      .map((e: K8sObject) => e.valueFrom.secretKeyRef.name);
    expect(refs.length).toBeGreaterThan(0);
    expect(new Set(refs)).toEqual(new Set(['todo-chatbot-prod']));
  });

  it('autoscales api and web with autoscaling/v2 and leaves replicas to the HPA', () => {
    const hpas = ofKind(objects, 'HorizontalPodAutoscaler');
    expect(hpas.map((hpa) => [hpa.apiVersion, hpa.spec.scaleTargetRef.name, hpa.spec.minReplicas])).toEqual([
      ['autoscaling/v2', 'todo-api', 3],
      ['autoscaling/v2', 'todo-web', 3],
    ]);
    for (const deployment of ofKind(objects, 'Deployment')) expect(deployment.spec.replicas).toBeUndefined();
  });

  it('routes / to the web and /api, /mcp to the api over TLS', () => {
    const ingress = named(objects, 'Ingress', 'todo');
    expect(ingress.spec.tls).toEqual([{ secretName: 'todo-chatbot-tls', hosts: ['todo.example.com'] }]);
    const routes = ingress.spec.rules[0].http.paths.map((p: K8sObject) => [p.path, p.backend.service.name]);
    expect(routes).toEqual([
      ['/api', 'todo-api'],
      ['/mcp', 'todo-api'],
      ['/', 'todo-web'],
    ]);
    expect(named(objects, 'ConfigMap', 'todo-config').data.PUBLIC_URL).toBe('https://todo.example.com');
  });

  it('pulls from the registry by tag and digest with the pull secret', () => {
    const pod = named(objects, 'Deployment', 'todo-api').spec.template.spec;
    expect(pod.containers[0].image).toBe(
      'registry.example.com/todo/todo-chatbot/api:1.4.2@sha256:0f2b5e3c1a4d6f8e9b7c5a3d1e2f4a6b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f',
    );
    expect(pod.imagePullSecrets).toEqual([{ name: 'regcred' }]);
  });

  it('uses the external database: no bundled Postgres, migrations before install', () => {
    expect(ofKind(objects, 'StatefulSet')).toEqual([]);
    expect(hookOf(named(objects, 'Job', 'todo-migrate'))).toBe('pre-install,pre-upgrade');
  });
});

describe('third service added through values alone', () => {
  let objects: K8sObject[];
  beforeAll(() => {
    objects = renderScenario('third-service');
  });

  it('gets every per-service resource', () => {
    const kinds = objects.filter((o) => o.metadata.name === 'todo-notifier').map((o) => o.kind);
    expect(kinds.sort()).toEqual([
      'Deployment',
      'HorizontalPodAutoscaler',
      'NetworkPolicy',
      'PodDisruptionBudget',
      'Service',
      'ServiceAccount',
    ]);
  });

  it('calls the api, which now admits it, and serves its ingress path', () => {
    const notifier = named(objects, 'Deployment', 'todo-notifier');
    expect(envValue(notifier, 'API_URL')?.value).toBe('http://todo-api:8000');
    expect(envValue(notifier, 'REMINDER_INTERVAL')?.value).toBe('60s');
    const allowed = named(objects, 'NetworkPolicy', 'todo-api').spec.ingress[0].from.map(
      (peer: K8sObject) => peer.podSelector.matchLabels['app.kubernetes.io/component'],
    );
    expect(allowed).toEqual(['notifier', 'web']);
    const paths = named(objects, 'Ingress', 'todo').spec.rules[0].http.paths;
    expect(paths).toContainEqual(expect.objectContaining({ path: '/hooks', backend: { service: { name: 'todo-notifier', port: { name: 'http' } } } }));
  });
});
