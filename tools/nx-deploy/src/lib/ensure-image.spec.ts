import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ociLabels } from './ensure-image';

describe('ociLabels', () => {
  let repo: string;
  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'oci-labels-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.test', 'commit', '-q', '--allow-empty', '-m', 'first');
    git('remote', 'add', 'origin', 'https://deploy-bot:s3cret@example.test/acme/todo-chatbot.git');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('names source, revision, creation time and version, without credentials', async () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo }).toString().trim();
    const labels = await ociLabels(repo, { repository: 'todo-chatbot/api', tag: 'abc123' }, new Date('2030-01-02T03:04:05Z'));
    expect(labels).toEqual({
      'org.opencontainers.image.source': 'https://example.test/acme/todo-chatbot.git',
      'org.opencontainers.image.revision': head,
      'org.opencontainers.image.created': '2030-01-02T03:04:05.000Z',
      'org.opencontainers.image.version': 'abc123',
    });
  });

  it('says unknown outside a git checkout', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'oci-labels-nogit-'));
    try {
      const labels = await ociLabels(bare, { repository: 'x', tag: 't' });
      expect(labels['org.opencontainers.image.revision']).toBe('unknown');
      expect(labels['org.opencontainers.image.source']).toBe('unknown');
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
