import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildArgs, ContainerEngine, isLoopbackRegistry, manifestInspectArgs } from './container-engine';
import { TempFs } from '../testing/temp-fs';

describe('buildArgs', () => {
  it('turns an image build into the engine command line', () => {
    expect(
      buildArgs({
        dockerfile: 'apps/api/Dockerfile',
        refs: ['todo-chatbot/api:0123abcd'],
        context: '.',
        buildArgs: { NODE_VERSION: '22' },
        labels: { 'org.opencontainers.image.revision': 'abc' },
        platform: 'linux/amd64',
        target: 'runtime',
        cacheFrom: ['type=local,src=/cache'],
        cacheTo: [],
      }).join(' '),
    ).toBe(
      'build --file apps/api/Dockerfile --tag todo-chatbot/api:0123abcd --label org.opencontainers.image.revision=abc ' +
        '--build-arg NODE_VERSION=22 --platform linux/amd64 --target runtime --cache-from type=local,src=/cache .',
    );
  });
});

const dockerOnPath = (process.env.PATH ?? '').split(':').some((dir) => existsSync(join(dir, 'docker')));

describe('ContainerEngine.detect', () => {
  let fs: TempFs;
  const env = { ...process.env };
  beforeEach(() => (fs = new TempFs('engine')));
  afterEach(() => {
    process.env = { ...env };
    fs.cleanup();
  });

  it('says why there is no engine at all', async () => {
    process.env.PATH = fs.root;
    await expect(ContainerEngine.detect('auto', fs.root)).rejects.toThrow(
      'No container engine to build with. docker is not on PATH; podman is not on PATH.',
    );
  });

  (dockerOnPath ? it : it.skip)('says when docker is installed but its daemon does not answer', async () => {
    process.env.DOCKER_HOST = `unix://${join(fs.root, 'no-daemon.sock')}`;
    await expect(ContainerEngine.detect('docker', fs.root)).rejects.toThrow(
      /docker is installed but its engine does not answer: .*no-daemon\.sock/,
    );
  });
});

describe('manifestInspectArgs', () => {
  it('asks a remote registry over TLS, as usual', () => {
    expect(manifestInspectArgs('docker', 'ghcr.io/acme/todo-chatbot/api:abc')).toEqual(['manifest', 'inspect', 'ghcr.io/acme/todo-chatbot/api:abc']);
  });

  it.each(['127.0.0.1:5000/app:t', 'localhost:5000/app:t', 'localhost/app:t', '[::1]:5000/app:t'])(
    'talks plain HTTP to the loopback registry in %s',
    (ref) => {
      expect(manifestInspectArgs('docker', ref)).toEqual(['manifest', 'inspect', '--insecure', ref]);
      expect(manifestInspectArgs('podman', ref)).toEqual(['manifest', 'inspect', '--tls-verify=false', ref]);
    },
  );

  it('does not mistake a registry whose name merely starts like localhost', () => {
    expect(isLoopbackRegistry('localhost.example.com/app:t')).toBe(false);
    expect(isLoopbackRegistry('127.0.0.1.nip.io/app:t')).toBe(false);
  });
});
