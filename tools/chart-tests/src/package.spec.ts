import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runHelm } from '../scripts/lib/helm.mjs';
import { chart, workspaceRoot } from './render-scenarios';

describe('helm package', () => {
  it('ships the chart alone: no Nx project file, tests or scripts', () => {
    const out = mkdtempSync(join(tmpdir(), 'chart-package-'));
    try {
      const result = runHelm(workspaceRoot, ['package', chart, '--destination', out]);
      expect({ ok: result.ok, stderr: result.stderr }).toEqual({ ok: true, stderr: '' });
      const [archive] = readdirSync(out);
      const files = execFileSync('tar', ['-tzf', join(out, archive)], { encoding: 'utf8' }).trim().split('\n');
      expect(files).toContain('todo-chatbot-chart/Chart.yaml');
      expect(files).toContain('todo-chatbot-chart/values.schema.json');
      expect(files.filter((file) => /\.(ts|mjs|cjs|cts)$|project\.json$|jest|eslint|tsconfig/.test(file))).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
