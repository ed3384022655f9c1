import { type ExecutorContext, logger } from '@nx/devkit';
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { TempFs } from './temp-fs';

const repositoryRoot = join(__dirname, '..', '..', '..', '..');

/** The repository's pinned helm, installed on first use, so executor specs run the real one. */
function linkToolchain(root: string): void {
  if (!existsSync(join(repositoryRoot, '.toolchain', 'bin', 'helm'))) {
    execFileSync(process.execPath, [join(repositoryRoot, 'tools', 'scripts', 'install-helm.mjs')], { stdio: 'pipe' });
  }
  symlinkSync(join(repositoryRoot, '.toolchain'), join(root, '.toolchain'));
}

const chartTemplate = `{{- range $name, $service := .Values.services }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $.Release.Name }}-{{ $name }}
spec:
  template:
    spec:
      containers:
        - name: {{ $name }}
          image: {{ $service.image.repository }}:{{ $service.image.tag }}
{{- end }}
`;

const chartSchema = {
  type: 'object',
  properties: { services: { type: 'object', additionalProperties: { type: 'object', properties: { port: { type: 'integer' } } } } },
};

/**
 * A git workspace with two deployable apps (api, web), a chart that renders one Deployment per
 * service, environments `local`, `staging` (with a registry) and `preview` (a template), and the
 * ExecutorContext Nx would hand the executors.
 */
export class DeployWorkspace extends TempFs {
  constructor(name: string) {
    super(name);
    this.writeMany({
      '.gitignore': 'deploy/generated/\ndist/\ntmp/\n',
      'package.json': '{"name":"ws","private":true}\n',
      'package-lock.json': '{}\n',
      'deploy/environments/local.yaml': 'release: todo\nnamespace: todo\nchart: charts/app\ntimeout: 2m\n',
      'deploy/environments/staging.yaml': 'release: todo\nnamespace: todo-staging\nchart: charts/app\nregistry: registry.example/acme/\n',
      'deploy/environments/preview.yaml': 'release: todo\nnamespace: todo-preview\nchart: charts/app\npreview:\n  ttl: 24h\n',
      'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n',
      'charts/app/values.yaml': 'services: {}\n',
      'charts/app/values.schema.json': JSON.stringify(chartSchema),
      'charts/app/templates/deployment.yaml': chartTemplate,
    });
    for (const [project, port] of [['api', 8000], ['web', 3000]] as const) {
      this.writeMany({
        [`apps/${project}/Dockerfile`]: 'FROM node:22-bookworm-slim\n',
        [`apps/${project}/deploy.json`]: JSON.stringify({ service: project, values: { port } }),
        [`apps/${project}/src/main.ts`]: `console.log('${project}');\n`,
      });
    }
    execFileSync('git', ['init', '-q'], { cwd: this.root });
    linkToolchain(this.root);
  }

  context(projectName = 'api'): ExecutorContext {
    const project = (name: string) => ({ root: `apps/${name}`, targets: { 'docker-build': { executor: '@todo/nx-deploy:docker-build' } } });
    return {
      root: this.root,
      cwd: this.root,
      isVerbose: false,
      projectName,
      projectsConfigurations: { version: 2, projects: { api: project('api'), web: project('web') } },
      nxJsonConfiguration: { namedInputs: { default: ['{projectRoot}/**/*'], production: ['default', '!{projectRoot}/**/*.spec.ts'] } },
      projectGraph: {
        nodes: Object.fromEntries(['api', 'web'].map((name) => [name, { name, type: 'app' as const, data: project(name) }])),
        dependencies: { api: [], web: [] },
      },
    } as ExecutorContext;
  }
}

/** What the executors print through the devkit logger, one string per call. */
export function captureLogger(): { lines: string[]; text: () => string; restore: () => void } {
  const lines: string[] = [];
  const spies = (['info', 'warn', 'error'] as const).map((level) =>
    jest.spyOn(logger, level).mockImplementation((...messages: unknown[]) => void lines.push(messages.map(String).join(' '))),
  );
  return { lines, text: () => lines.join('\n'), restore: () => spies.forEach((spy) => spy.mockRestore()) };
}

export type LoggerCapture = ReturnType<typeof captureLogger>;

/** A fresh workspace and logger capture around each test of the enclosing `describe`. */
export function useDeployWorkspace(name: string): { ws: DeployWorkspace; output: LoggerCapture } {
  const state = {} as { ws: DeployWorkspace; output: LoggerCapture };
  beforeEach(() => {
    state.ws = new DeployWorkspace(name);
    state.output = captureLogger();
  });
  afterEach(() => {
    state.output.restore();
    state.ws.cleanup();
  });
  return state;
}
