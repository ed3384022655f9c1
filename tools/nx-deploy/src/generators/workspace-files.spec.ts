import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { keepingFiles } from './workspace-files';

describe('keepingFiles', () => {
  it('puts back what the work changed, removes what it created, and keeps the rest of its changes', async () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write('package.json', '{"name":"ws"}');
    const result = await keepingFiles(tree, ['package.json', 'jest.config.ts'], async () => {
      tree.write('package.json', '{"name":"ws","dependencies":{"tslib":"^2.3.0"}}');
      tree.write('jest.config.ts', 'export default {};');
      tree.write('apps/billing/project.json', '{}');
      return 'done';
    });
    expect(result).toBe('done');
    expect(tree.read('package.json', 'utf-8')).toBe('{"name":"ws"}');
    expect(tree.exists('jest.config.ts')).toBe(false);
    expect(tree.exists('apps/billing/project.json')).toBe(true);
  });
});
