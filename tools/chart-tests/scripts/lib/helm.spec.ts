import { resolve } from 'node:path';
import { chartDir, helmInstallDryRunArgs, helmLintArgs, helmTemplateArgs, runHelm } from './helm.mjs';

const workspaceRoot = resolve(__dirname, '../../../..');
const chart = chartDir(workspaceRoot);

describe('helm command lines', () => {
  it('renders offline for a fixed Kubernetes version', () => {
    expect(helmTemplateArgs(workspaceRoot, { valuesFiles: ['a.yaml', 'b.yaml'], set: ['x=1'] })).toEqual([
      'template', 'todo', chart, '--namespace', 'todo-chatbot', '--kube-version', '1.33.0',
      '-f', 'a.yaml', '-f', 'b.yaml', '--set', 'x=1',
    ]);
  });

  it('lints strictly', () => {
    expect(helmLintArgs(workspaceRoot, { valuesFiles: ['a.yaml'] })).toEqual([
      'lint', chart, '--strict', '--kube-version', '1.33.0', '-f', 'a.yaml',
    ]);
  });

  it('installs only as a client-side dry run', () => {
    expect(helmInstallDryRunArgs(workspaceRoot, { release: 'r', namespace: 'n' })).toEqual([
      'install', 'r', chart, '--dry-run=client', '--namespace', 'n',
    ]);
  });
});

describe('runHelm', () => {
  it('runs the pinned helm 4 binary', () => {
    const result = runHelm(workspaceRoot, ['version', '--short']);
    expect(result.ok).toBe(true);
    expect(result.stdout).toMatch(/^v4\.1\.4\+/);
  });

  it('reports a failing command instead of throwing', () => {
    const result = runHelm(workspaceRoot, ['template', 'r', `${chart}/does-not-exist`]);
    expect(result.ok).toBe(false);
    expect(result.command).toBe(`helm template r ${chart}/does-not-exist`);
  });
});
