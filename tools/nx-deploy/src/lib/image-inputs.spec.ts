import type { ProjectGraph } from '@nx/devkit';
import { matchesPatterns, projectWithDependencies, resolveFilePatterns } from './image-inputs';

const namedInputs = {
  default: ['{projectRoot}/**/*', 'sharedGlobals'],
  sharedGlobals: ['{workspaceRoot}/tsconfig.base.json', '{workspaceRoot}/.nvmrc'],
  production: ['default', '!{projectRoot}/**/?(*.)+(spec|test).[jt]s?(x)?(.snap)', '!{projectRoot}/jest.config.cts', { env: 'X' }],
};

describe('resolveFilePatterns', () => {
  it('expands production through default and sharedGlobals', () => {
    expect(resolveFilePatterns(namedInputs, 'apps/api')).toEqual({
      include: ['apps/api/**/*'],
      exclude: ['apps/api/**/?(*.)+(spec|test).[jt]s?(x)?(.snap)', 'apps/api/jest.config.cts'],
      workspaceFiles: ['tsconfig.base.json', '.nvmrc'],
    });
  });

  it('falls back to every file of the project without named inputs', () => {
    expect(resolveFilePatterns({}, 'apps/api').include).toEqual(['apps/api/**/*']);
  });
});

describe('matchesPatterns', () => {
  const patterns = resolveFilePatterns(namedInputs, 'apps/api');
  it.each([
    ['apps/api/src/main.ts', true],
    ['apps/api/Dockerfile', true],
    ['apps/api/src/main.spec.ts', false],
    ['apps/api/jest.config.cts', false],
    ['apps/api-e2e/src/main.ts', false],
  ])('%s → %s', (file, expected) => {
    expect(matchesPatterns(file, patterns)).toBe(expected);
  });
});

describe('projectWithDependencies', () => {
  it('follows workspace projects transitively and skips npm packages', () => {
    const graph = {
      nodes: { api: {}, db: {}, domain: {}, web: {} },
      dependencies: {
        api: [{ source: 'api', target: 'db' }, { source: 'api', target: 'npm:fastify' }],
        db: [{ source: 'db', target: 'domain' }],
        web: [{ source: 'web', target: 'domain' }],
        domain: [],
      },
    } as unknown as ProjectGraph;
    expect(projectWithDependencies(graph, 'api')).toEqual(['api', 'db', 'domain']);
  });
});
