import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { TempFs } from '../testing/temp-fs';
import { explainTag, formatExplanation, type TagInputs } from './explain-tag';
import { resolveFilePatterns } from './image-inputs';

const namedInputs = {
  default: ['{projectRoot}/**/*', 'sharedGlobals'],
  sharedGlobals: ['{workspaceRoot}/tsconfig.base.json'],
  production: ['default', '!{projectRoot}/**/?(*.)+(spec|test).[jt]s?(x)?(.snap)'],
};

const project = (name: string, root: string) => ({ name, root, patterns: resolveFilePatterns(namedInputs, root) });

const apiInputs: TagInputs = {
  project: 'api',
  projects: [project('api', 'apps/api'), project('db', 'libs/db'), project('domain', 'libs/domain')],
  dockerfile: 'apps/api/Dockerfile',
};

const running = (revision?: string) => ({ repository: 'todo-chatbot/api', tag: 'aaa111', ...(revision ? { revision } : {}) });
const next = { repository: 'todo-chatbot/api', tag: 'bbb222' };

describe('explainTag (real git in a temporary repository)', () => {
  let fs: TempFs;
  let built: string;
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', ...args], { cwd: fs.root, stdio: 'pipe' }).toString().trim();

  beforeEach(() => {
    fs = new TempFs('explain');
    fs.writeMany({
      'apps/api/src/main.ts': 'main\n',
      'apps/api/src/main.spec.ts': 'spec\n',
      'apps/api/Dockerfile': 'FROM node\n',
      'libs/db/src/index.ts': 'db\n',
      'libs/db/src/old.ts': 'old\n',
      'libs/domain/src/index.ts': 'domain\n',
      'libs/web-only/src/index.ts': 'web\n',
      'package-lock.json': '{}\n',
      'tsconfig.base.json': '{}\n',
    });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'the commit the running image was built from');
    built = git('rev-parse', 'HEAD');
  });
  afterEach(() => fs.cleanup());

  it('names each changed input by group: own files, each lib, workspace files, the Dockerfile; tests and other projects do not count', async () => {
    fs.write('libs/db/src/index.ts', 'db changed\n');
    fs.write('libs/db/src/new.ts', 'untracked\n');
    rmSync(join(fs.root, 'libs/db/src/old.ts'));
    fs.write('package-lock.json', '{"lockfileVersion":3}\n');
    fs.write('apps/api/Dockerfile', 'FROM node:22\n');
    fs.write('apps/api/src/main.spec.ts', 'spec changed\n');
    fs.write('libs/web-only/src/index.ts', 'web changed\n');
    git('add', 'package-lock.json');
    git('commit', '-qm', 'a committed change counts like an uncommitted one');

    const explanation = await explainTag(fs.root, apiInputs, running(built), next.tag);
    expect(explanation).toEqual({
      kind: 'changed',
      running: running(built),
      revision: built,
      groups: [
        {
          label: 'lib db (libs/db)',
          files: [
            { status: 'modified', path: 'libs/db/src/index.ts' },
            { status: 'added', path: 'libs/db/src/new.ts' },
            { status: 'deleted', path: 'libs/db/src/old.ts' },
          ],
        },
        { label: 'workspace files (lockfile, root config)', files: [{ status: 'modified', path: 'package-lock.json' }] },
        { label: 'Dockerfile (apps/api/Dockerfile)', files: [{ status: 'modified', path: 'apps/api/Dockerfile' }] },
      ],
    });
    expect(formatExplanation('api', '', explanation, next)).toBe(
      [
        `api: todo-chatbot/api:aaa111 runs → todo-chatbot/api:bbb222; inputs changed since ${built.slice(0, 12)} (the commit the running image was built from):`,
        '  lib db (libs/db):',
        '    modified libs/db/src/index.ts',
        '    added    libs/db/src/new.ts',
        '    deleted  libs/db/src/old.ts',
        '  workspace files (lockfile, root config):',
        '    modified package-lock.json',
        '  Dockerfile (apps/api/Dockerfile):',
        '    modified apps/api/Dockerfile',
      ].join('\n'),
    );
  });

  it("puts the service's own files first, then the libs in the order given", async () => {
    fs.write('apps/api/src/main.ts', 'main changed\n');
    fs.write('libs/db/src/index.ts', 'db changed\n');
    fs.write('libs/domain/src/index.ts', 'domain changed\n');
    const inputs = { ...apiInputs, projects: [apiInputs.projects[0], apiInputs.projects[2], apiInputs.projects[1]] };
    const explanation = await explainTag(fs.root, inputs, running(built), next.tag);
    expect(explanation.kind === 'changed' && explanation.groups.map((g) => g.label)).toEqual([
      'own files (apps/api)',
      'lib domain (libs/domain)',
      'lib db (libs/db)',
    ]);
  });

  it('says so when the tags differ yet no input file does', async () => {
    fs.write('apps/api/src/main.spec.ts', 'only a test changed\n');
    const explanation = await explainTag(fs.root, apiInputs, running(built), next.tag);
    expect(explanation).toEqual({ kind: 'changed', running: running(built), revision: built, groups: [] });
    expect(formatExplanation('api', '', explanation, next)).toBe(
      `api: todo-chatbot/api:aaa111 runs → todo-chatbot/api:bbb222; no input file differs from ${built.slice(0, 12)} ` +
        '(the commit the running image was built from): it was built from uncommitted changes, or with other build options',
    );
  });

  it('says unchanged when the running tag is the content tag, and first deploy when nothing runs', async () => {
    fs.write('libs/db/src/index.ts', 'ignored: the tags agree\n');
    const unchanged = await explainTag(fs.root, apiInputs, running(built), 'aaa111');
    expect(formatExplanation('api', 'ghcr.io/acme', unchanged, next)).toBe('api: unchanged: tag ghcr.io/acme/todo-chatbot/api:aaa111 is running');
    const first = await explainTag(fs.root, apiInputs, undefined, next.tag);
    expect(formatExplanation('api', '', first, next)).toBe('api: first deploy: everything is new (no api image runs yet) → todo-chatbot/api:bbb222');
  });

  it('cannot tell without a recorded revision, and says why', async () => {
    const explanation = await explainTag(fs.root, apiInputs, running(), next.tag);
    expect(explanation).toEqual({ kind: 'no-revision', running: running() });
    expect(formatExplanation('api', '', explanation, next)).toMatch(/the release records no revision for the running image .*: cannot tell which inputs changed$/);
  });

  it('says plainly when the revision is not in a shallow clone', async () => {
    fs.write('libs/db/src/index.ts', 'second commit\n');
    git('commit', '-qam', 'second');
    const clone = new TempFs('explain-shallow');
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${fs.root}`, clone.root], { stdio: 'pipe' });
      const explanation = await explainTag(clone.root, apiInputs, running(built), next.tag);
      expect(explanation).toEqual({ kind: 'revision-not-here', running: running(built), revision: built, shallow: true });
      expect(formatExplanation('api', '', explanation, next)).toBe(
        `api: todo-chatbot/api:aaa111 runs → todo-chatbot/api:bbb222; it was built from commit ${built.slice(0, 12)}, which is not in this clone's history ` +
          '(a shallow clone: git fetch --unshallow, or fetch that commit): cannot tell which inputs changed',
      );
    } finally {
      clone.cleanup();
    }
  });

  it('says the revision is unknown here in a full clone too, without calling it shallow', async () => {
    const elsewhere = 'f'.repeat(40);
    expect(await explainTag(fs.root, apiInputs, running(elsewhere), next.tag)).toEqual({
      kind: 'revision-not-here',
      running: running(elsewhere),
      revision: elsewhere,
      shallow: false,
    });
  });

  it('shows at most 15 files per group', async () => {
    for (let i = 0; i < 17; i++) fs.write(`libs/domain/src/file-${String(i).padStart(2, '0')}.ts`, `${i}\n`);
    const text = formatExplanation('api', '', await explainTag(fs.root, apiInputs, running(built), next.tag), next);
    expect(text).toContain('    added    libs/domain/src/file-14.ts\n    … and 2 more');
    expect(text).not.toContain('file-15.ts');
  });
});
