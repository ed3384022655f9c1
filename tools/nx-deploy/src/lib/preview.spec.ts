import { normalizeEnvironment, previewSlug, readEnvironment } from './environment';
import { previewMarks } from './preview';
import { TempFs } from '../testing/temp-fs';

describe('previews', () => {
  let fs: TempFs;
  beforeEach(() => {
    fs = new TempFs('preview');
    fs.write('deploy/environments/preview.yaml', ['release: todo-chatbot', 'namespace: todo-preview', 'chart: c', 'host: preview.todo.test', 'preview:', '  ttl: 48h'].join('\n'));
    fs.write('deploy/environments/staging.yaml', ['release: todo-chatbot', 'namespace: todo-staging', 'chart: c'].join('\n'));
  });
  afterEach(() => fs.cleanup());

  it('turns a branch name into a DNS label', () => {
    expect(previewSlug('feature/Login_42')).toBe('feature-login-42');
    expect(() => previewSlug('///')).toThrow(/no letters or digits/);
  });

  it('gives each --name a namespace, values folder and host of its own from the template', () => {
    expect(readEnvironment(fs.root, 'preview', 'feature/Login_42')).toMatchObject({
      name: 'preview-feature-login-42',
      release: 'todo-chatbot',
      namespace: 'todo-preview-feature-login-42',
      host: 'feature-login-42.preview.todo.test',
      preview: { name: 'feature/Login_42', ttl: '48h' },
    });
  });

  it('keeps namespaces within 63 characters', () => {
    expect(readEnvironment(fs.root, 'preview', 'x'.repeat(80)).namespace).toHaveLength(63);
  });

  it('needs --name for a template, and refuses it for any other environment', () => {
    expect(() => readEnvironment(fs.root, 'preview')).toThrow(/is a preview template: name the preview with --name/);
    expect(() => readEnvironment(fs.root, 'staging', 'x')).toThrow(/--name is for preview environments; deploy\/environments\/staging.yaml has no preview: section/);
  });

  it('labels the namespace as a preview with its TTL and when it expires', () => {
    const env = { ...normalizeEnvironment('preview-x', { release: 'r', namespace: 'n', chart: 'c' }), preview: { name: 'x', ttl: '2h' } };
    expect(previewMarks(env, new Date('2026-12-02T10:00:00Z'))).toEqual({
      labels: ['nx-deploy/preview=true', 'nx-deploy/ttl=2h'],
      annotations: ['nx-deploy/expires-at=2026-12-02T12:00:00.000Z', 'nx-deploy/preview-name=x'],
    });
  });
});
