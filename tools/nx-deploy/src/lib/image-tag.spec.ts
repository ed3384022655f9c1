import { execFileSync } from 'node:child_process';
import { computeImageTag, listImageInputFiles, type ImageTagInputs } from './image-tag';
import { TempFs } from '../testing/temp-fs';

const patterns = (root: string) => ({
  include: [`${root}/**/*`],
  exclude: [`${root}/**/*.spec.ts`],
  workspaceFiles: ['tsconfig.base.json'],
});

describe('image tags', () => {
  let fs: TempFs;
  const inputs: ImageTagInputs = {
    roots: { 'apps/api': patterns('apps/api'), 'libs/domain': patterns('libs/domain') },
    dockerfile: 'apps/api/Dockerfile',
    buildOptions: {},
  };

  beforeEach(() => {
    fs = new TempFs('image-tag');
    fs.writeMany({
      '.gitignore': 'dist/\n',
      'package-lock.json': '{}',
      'tsconfig.base.json': '{}',
      'apps/api/Dockerfile': 'FROM node:22-bookworm-slim\n',
      'apps/api/src/main.ts': 'main',
      'apps/api/src/main.spec.ts': 'spec',
      'apps/api/dist/main.js': 'built',
      'apps/web/src/page.tsx': 'web',
      'libs/domain/src/index.ts': 'domain',
    });
    execFileSync('git', ['init', '-q'], { cwd: fs.root });
  });
  afterEach(() => fs.cleanup());

  it('lists production files of the project and its libs, the lockfile and the Dockerfile', async () => {
    expect(await listImageInputFiles(fs.root, inputs)).toEqual([
      'apps/api/Dockerfile',
      'apps/api/src/main.ts',
      'libs/domain/src/index.ts',
      'package-lock.json',
      'tsconfig.base.json',
    ]);
  });

  it('is stable for the same inputs and ignores specs, ignored files and other apps', async () => {
    const before = await computeImageTag(fs.root, inputs);
    fs.write('apps/api/src/main.spec.ts', 'changed spec');
    fs.write('apps/api/dist/main.js', 'rebuilt');
    fs.write('apps/web/src/page.tsx', 'changed web');
    expect(await computeImageTag(fs.root, inputs)).toBe(before);
    expect(before).toMatch(/^[0-9a-f]{20}$/);
  });

  it('changes with a lib source, the lockfile or a build option', async () => {
    const before = await computeImageTag(fs.root, inputs);
    fs.write('libs/domain/src/index.ts', 'domain v2');
    const afterLib = await computeImageTag(fs.root, inputs);
    fs.write('package-lock.json', '{"v":2}');
    const afterLock = await computeImageTag(fs.root, inputs);
    const withArg = await computeImageTag(fs.root, { ...inputs, buildOptions: { buildArgs: { X: '1' } } });
    expect(new Set([before, afterLib, afterLock, withArg]).size).toBe(4);
  });
});
